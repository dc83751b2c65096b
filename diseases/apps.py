from django.apps import AppConfig


class DiseasesConfig(AppConfig):
    name = "diseases"
    default_auto_field = "django.db.models.BigAutoField"
