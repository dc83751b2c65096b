from django.apps import AppConfig


class CharityConfig(AppConfig):
    name = "charity"
    verbose_name = "Site core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The project's wiring: imported once every app's models are loaded.
        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.models import Page

        from charity.caching import invalidation
        from charity.foundations import admin_dates
        from charity.models import Person, SiteSettings, Testimonial, search_vocabulary
        from charity.patches.apply import apply_all
        from charity.staff import pickers

        apply_all()
        admin_dates.register_date_fields()
        pickers.register_page_pickers()
        search_vocabulary.keep_up_to_date()
        invalidation.purge_on_every_change(
            page_models=[model for model in self.apps.get_models() if issubclass(model, Page)],
            other_models=[Person, Testimonial, SiteSettings, SearchPromotion],
        )
