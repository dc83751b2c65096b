from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from charity.operations.backup import BackupError, inspect_backup, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by backup_site: replaces the whole database and puts the "
        "media files back into MEDIA_ROOT."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A file written by backup_site.")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )
        parser.add_argument("--database", default="default", help="Database alias.")

    def handle(self, *args, **options):
        alias = options["database"]
        try:
            manifest = inspect_backup(options["archive"])
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        if options["interactive"]:
            answer = input(
                f"This replaces everything in the database {settings.DATABASES[alias]['NAME']} "
                f"with the backup of {manifest['created']} and copies its media files into "
                f"{settings.MEDIA_ROOT}. Type 'yes' to continue: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            restore_backup(options["archive"], alias=alias)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the backup of {manifest['created']} "
                f"({manifest['media_files']} media files). If this code is newer than the "
                "backup, run `manage.py migrate` now."
            )
        )
