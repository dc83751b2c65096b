from django.apps import AppConfig


class CharityConfig(AppConfig):
    name = "charity"
    verbose_name = "Site core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from charity import admin_dates, page_cache, patches, pickers, request_memo

        patches.apply_all()
        admin_dates.register_date_fields()
        pickers.register_page_pickers()
        page_cache.connect()
        request_memo.connect()
