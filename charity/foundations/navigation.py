"""The pages every page links to, each read once however many places show it."""

from django.utils.translation import get_language

from wagtail.models import Locale, Site

from charity.caching.lifetimes import keep_on_instance, keep_until_change


def home_page(request):
    """The live home page of the request's site in the visitor's language, else the
    site's root when it is live, else None. Every page shows it: kept in the
    fragment cache until the next change to the site's content."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    return keep_until_change("home-page", lambda: _home_page_of(site), site.pk, get_language())


def _home_page_of(site):
    from charity.models import HomePage

    translations = HomePage.objects.live().filter(
        translation_key__in=HomePage.objects.filter(pk=site.root_page_id).values("translation_key")
    )
    by_locale = {home.locale_id: home for home in translations}
    root = next((home for home in translations if home.pk == site.root_page_id), None)
    return by_locale.get(Locale.get_active().pk, root)


def home_children(home):
    """The live, public children of the home page: the main menu, the footer and
    the home page's links to each section share them."""
    return keep_on_instance(
        home,
        "children",
        lambda: keep_until_change(
            "home-children",
            lambda: list(home.get_children().live().public().specific(defer=True)),
            home.pk,
        ),
    )


def ancestors(page):
    """The pages above ``page`` from the home page down, the site root left out."""
    if page.depth <= 2:
        return []
    return keep_on_instance(
        page, "ancestors", lambda: list(page.get_ancestors().filter(depth__gt=1))
    )


def remember_ancestors(page, pages):
    """Give ``page`` the pages above it, found while routing to it."""
    keep_on_instance(page, "ancestors", lambda: list(pages))
