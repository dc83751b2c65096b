from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from charity.platform.two_factor import remove_second_factor


class Command(BaseCommand):
    help = (
        "Remove a person's two-factor devices and recovery codes (a lost or replaced phone): "
        "they enrol again at their next sign-in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist as error:
            raise CommandError(f"No user is called {username!r}.") from error
        removed = remove_second_factor(user)
        self.stdout.write(
            self.style.SUCCESS(
                f"{username}: {removed} two-factor device(s) removed, with their recovery codes. "
                "They enrol again at their next sign-in."
            )
        )
