import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from newsletter.models import Subscriber


class Command(BaseCommand):
    help = (
        "Delete newsletter sign-ups never confirmed whose last sign-up is older than "
        "NEWSLETTER_PENDING_RETENTION seconds. Run it daily (or more often) from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dryrun", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def handle(self, *args, dryrun=False, **options):
        retention = datetime.timedelta(seconds=settings.NEWSLETTER_PENDING_RETENTION)
        expired = Subscriber.objects.expired_pending(timezone.now(), retention)
        if dryrun:
            self.stdout.write(f"{expired.count()} unconfirmed sign-up(s) would be deleted.")
            return
        deleted, _ = expired.delete()
        self.stdout.write(f"{deleted} unconfirmed sign-up(s) deleted.")
