"""Fill the vocabulary misspelt searches are corrected from: live pages' words, synonyms."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from charity.models import SearchTerm
from charity.models.search_vocabulary import rebuild
from charity.visitors.search_synonyms import SYNONYMS


class Command(BaseCommand):
    help = "Rebuild the vocabulary misspelt searches are corrected from (after deploying it)."

    def handle(self, *args, **options):
        languages = [code for code, _name in settings.LANGUAGES]
        with transaction.atomic():
            rebuild(SYNONYMS, languages)
        self.stdout.write(f"{SearchTerm.objects.count()} words in the search vocabulary.")
