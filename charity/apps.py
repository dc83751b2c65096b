from django.apps import AppConfig


class CharityConfig(AppConfig):
    name = "charity"
    verbose_name = "Site core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from charity import admin_dates, admin_language, page_cache, pickers, request_memo

        admin_dates.register_date_fields()
        admin_language.install()
        pickers.register_page_pickers()
        page_cache.connect()
        request_memo.install()
