"""The active language's Locale, looked up once per request."""

import functools

from wagtail.models import Locale

from charity.caching.lifetimes import keep_for_request, keep_until_change


def read_locales_once_per_request():
    """Wraps ``wagtail.models.i18n.LocaleManager.get_for_language`` (Wagtail 7.4.4),
    which every ``Locale.get_active()`` calls (the menu, each ``localize_all``): up to 8
    identical queries on a program page. Its answer is kept for the request and in the
    fragment cache until the next change to the site's content (saving a Locale purges
    both).

    Can go when Wagtail caches ``Locale.get_active()`` itself.
    """
    manager_class = type(Locale.objects)
    original = manager_class.get_for_language

    @functools.wraps(original)
    def get_for_language(manager, language_code):
        return keep_for_request(
            ("locale", language_code),
            lambda: keep_until_change(
                "locale", lambda: original(manager, language_code), language_code
            ),
        )

    manager_class.get_for_language = get_for_language
