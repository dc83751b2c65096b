import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from charity.operations.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Back up the database and every file of the media storage into one archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Archive to write (default: site-backup-<date>-<time>.tar in this folder).",
        )
        parser.add_argument("--database", default="default", help="Database alias.")

    def handle(self, *args, **options):
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        output = Path(options["output"] or f"site-backup-{stamp}.tar")
        if output.exists():
            raise CommandError(f"{output} exists already: choose another name.")
        try:
            manifest = create_backup(output, alias=options["database"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        megabytes = manifest["media_bytes"] / 1_000_000
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up the {manifest['engine']} database and {manifest['media_files']} "
                f"media files ({megabytes:.1f} MB) from {manifest['media_storage']} to {output}"
            )
        )
