from django.core.management.base import BaseCommand

from charity.caching.generation import purge_all
from charity.operations.release import purge_if_code_changed


class Command(BaseCommand):
    help = (
        "Forget every cached page and value (a new cache generation). With --if-code-changed,"
        " only when the code, templates, static files or translations differ from those that"
        " filled the cache: run it on each release, after migrate."
    )

    def add_arguments(self, parser):
        parser.add_argument("--if-code-changed", action="store_true")

    def handle(self, *args, if_code_changed=False, **options):
        if if_code_changed and not purge_if_code_changed():
            self.stdout.write("Caches kept: they were filled by this code.")
            return
        if not if_code_changed:
            purge_all()
        self.stdout.write("Caches purged.")
