from django.apps import AppConfig


class CharityConfig(AppConfig):
    name = "charity"
    verbose_name = "Site core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from charity import page_cache, request_memo

        page_cache.connect()
        request_memo.install()
