"""Add the searches counted in the cache during the closed hours to the staff's report."""

from django.core.management.base import BaseCommand

from charity.models.search_statistics import flush


class Command(BaseCommand):
    help = "Write the searches counted in the cache to the database (run it from cron)."

    def handle(self, *args, **options):
        self.stdout.write(f"{flush()} searches added to the statistics.")
