"""Every place the project reaches into Wagtail, wagtail-localize, Django or redis-py internals.

Each module holds the patches of one upstream project or patched object, each patch one
function whose docstring names the upstream code it mirrors or replaces, why the site needs
it and when it can go. Code elsewhere calls the public names (``PageQuerySet.public()``,
``Site.find_for_request()``, ``SiteSettings.for_request()``…) or the functions here,
never the private names themselves.

Upgrading any package of ``PATCHED_FOR`` makes tests/charity/test_patches.py fail until
someone has re-read every patch below against the new upstream code, updated or removed
it, and written the new version here.
"""

# The versions every patch was written for and checked against.
PATCHED_FOR = {
    "wagtail": "7.4.4",
    "wagtail-localize": "1.14.5",
    "django": "5.2.19",
    "redis": "8.1.0",
}


def apply_all():
    """Applied once, when the charity app is ready."""
    # Imported here: the page models import single modules of this package while apps
    # load, before the models these patches change may be imported.
    from charity.patches import (
        wagtail_admin,
        wagtail_locales,
        wagtail_localize,
        wagtail_privacy,
        wagtail_sites,
    )

    wagtail_privacy.read_private_sections_once_per_request()
    wagtail_privacy.skip_view_restrictions_where_no_section_is_private()
    wagtail_locales.read_locales_once_per_request()
    wagtail_sites.remember_sites_until_the_next_change()
    wagtail_sites.remember_site_settings_until_the_next_change()
    wagtail_admin.translate_names_created_by_migrations()
    wagtail_admin.translate_names_kept_by_log_entries()
    wagtail_localize.name_translations_in_the_admin_language()
