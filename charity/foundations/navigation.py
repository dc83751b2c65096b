"""The pages every page links to, each read once however many places show it."""

from charity.caching.lifetimes import keep_on_instance, keep_until_change


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
