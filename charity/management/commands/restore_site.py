from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError

from charity.operations.backup import (
    BackupError,
    describe_storage,
    inspect_backup,
    restore_backup,
)


class Command(BaseCommand):
    help = (
        "Restore a backup made by backup_site: replaces the whole database and the files "
        "of the media storage (local folder or bucket)."
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
        where = describe_storage(default_storage)
        if options["interactive"]:
            answer = input(
                f"This replaces everything in the database {settings.DATABASES[alias]['NAME']} "
                f"with the backup of {manifest['created']}, and every media file in {where} "
                "with the backup's: files the backup does not hold are deleted. "
                "Type 'yes' to continue: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            restored = restore_backup(options["archive"], alias=alias)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the backup of {manifest['created']}: {restored.media_files} media "
                f"files into {where}, {len(restored.removed_files)} files it did not hold "
                "deleted. If this code is newer than the backup, run `manage.py migrate` now."
            )
        )
