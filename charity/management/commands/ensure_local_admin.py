from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

USERNAME = "admin"
PASSWORD = "margo-local-admin"


class Command(BaseCommand):
    help = "Create a local admin account for development (DEBUG only, only in an empty user table)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            self.stdout.write("DEBUG is off: no local admin account is created.")
            return
        User = get_user_model()
        if not User.objects.exists():
            User.objects.create_superuser(USERNAME, "admin@localhost", PASSWORD)
        user = User.objects.filter(username=USERNAME).first()
        if user and user.check_password(PASSWORD):
            self.stdout.write(
                self.style.SUCCESS(
                    f"Local admin: {settings.WAGTAILADMIN_BASE_URL}/admin/ "
                    f"(user {USERNAME}, password {PASSWORD})"
                )
            )
