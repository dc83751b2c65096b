"""Every patch, applied once when the charity app is ready (``CharityConfig.ready``)."""

from charity.patches import (
    wagtail_admin,
    wagtail_images,
    wagtail_locales,
    wagtail_localize,
    wagtail_privacy,
    wagtail_sites,
)


def apply_all():
    """Applied once, when the charity app is ready."""
    wagtail_privacy.read_private_sections_once_per_request()
    wagtail_privacy.skip_view_restrictions_where_no_section_is_private()
    wagtail_locales.read_locales_once_per_request()
    wagtail_sites.remember_sites_until_the_next_change()
    wagtail_sites.remember_site_settings_until_the_next_change()
    wagtail_images.forget_prefetched_renditions_when_kept()
    wagtail_images.read_image_tag_filters_once()
    wagtail_images.write_renditions_to_the_cache_once()
    wagtail_admin.translate_names_created_by_migrations()
    wagtail_admin.translate_names_kept_by_log_entries()
    wagtail_localize.name_translations_in_the_admin_language()
