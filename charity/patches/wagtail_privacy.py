"""Wagtail's privacy rules, read once per request.

Every ``.public()`` on a page query (the menu, each listing, the language switcher, the
related programs) reads the whole list of private sections again: 5 to 8 identical
queries on the home page. Serving a page reads the restrictions of its ancestors too (two
queries); where the site has no private section at all, the list read once answers that
as well. The list is kept for the request and until the next change to the site's content
(charity.caching.lifetimes).
"""

import functools

from django.db.models import Q

from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from charity.caching.lifetimes import keep_for_request, keep_until_change, serving_a_request


def view_restrictions():
    """Every page view restriction of the site, its page with it."""
    return keep_for_request(
        "view-restrictions",
        lambda: keep_until_change(
            "view-restrictions",
            lambda: list(PageViewRestriction.objects.select_related("page")),
        ),
    )


def read_private_sections_once_per_request():
    """Replaces ``wagtail.query.PageQuerySet.private_q`` (Wagtail 7.4.4), whose body it
    copies with one change: the restrictions come from ``view_restrictions()`` instead of
    a query of their own.

    Can go when Wagtail reads them once per request itself, or when ``public()`` no longer
    costs a query per call. On upgrade, compare with the new body: a change to the privacy
    rule there must be made here too (tests/charity/patches/test_patches.py runs both side
    by side).
    """
    original = PageQuerySet.private_q

    @functools.wraps(original)
    def private_q(queryset):
        q = Q()
        for restriction in view_restrictions():
            q |= queryset.descendant_of_q(restriction.page, inclusive=True)
        # do not match any page if no private section exists.
        return q if q else Q(pk__in=[])

    PageQuerySet.private_q = private_q


def skip_view_restrictions_where_no_section_is_private():
    """Wraps ``wagtail.models.Page.get_view_restrictions`` (Wagtail 7.4.4): during a
    request on a site without any private section, answers "none" from the list
    ``view_restrictions()`` has already read, sparing the two queries Wagtail makes per
    page served. Where restrictions exist, Wagtail's own lookup applies them, aliases
    included.

    Can go with ``read_private_sections_once_per_request`` or when Wagtail skips the
    queries itself.
    """
    original = Page.get_view_restrictions

    @functools.wraps(original)
    def get_view_restrictions(page):
        if not serving_a_request() or view_restrictions():
            return original(page)
        return PageViewRestriction.objects.none()

    Page.get_view_restrictions = get_view_restrictions
