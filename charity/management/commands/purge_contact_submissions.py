from django.core.management.base import BaseCommand

from charity.models import ContactPage


class Command(BaseCommand):
    help = (
        "Delete the contact form messages each contact page has kept longer than its "
        'retention period (the page\'s "messages kept for" months). Run it once a day.'
    )

    def handle(self, *args, **options):
        deleted = ContactPage.purge_expired_submissions()
        self.stdout.write(f"{deleted} expired contact message(s) deleted.")
