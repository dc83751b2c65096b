from django.apps import AppConfig


class CharityConfig(AppConfig):
    name = "charity"
    verbose_name = "Site core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from charity.page_cache import connect

        connect()
