"""Lookups Wagtail repeats many times while it renders one page, made once per request.

- Every ``.public()`` on a page query (the menu, each listing, the language
  switcher, the related programs) reads the whole list of private sections
  again: 5 to 8 identical queries on the home page. Serving a page reads the
  restrictions of its ancestors too (two queries); where the site has no
  private section at all, the list read once answers that as well.
- Every ``Locale.get_active()`` (the menu, each ``localize_all``) looks the
  active language's Locale up again: up to 8 identical queries on a program page.
- Every request looks its Site up by host name and port (``Site.find_for_request``),
  a query Django takes several milliseconds to build; it changes only when a Site does.

Within one request neither answer changes, so the first one is kept until the
response is sent, unless the request itself changes a privacy setting or a
locale. Outside a request (background work, management commands, tests that
call models directly) nothing is kept. Both also live in the fragment cache
(charity.page_cache.remember) until the next change to the site's content:
saving a privacy setting or a locale purges it.
"""

import contextvars

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.query import PageQuerySet

from charity.page_cache import remember

_memo = contextvars.ContextVar("charity_request_memo", default=None)


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def _remembered(key, compute):
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _restrictions():
    return _remembered(
        "view-restrictions",
        lambda: remember(
            "view-restrictions",
            lambda: list(PageViewRestriction.objects.select_related("page")),
        ),
    )


def _private_q(queryset):
    """Wagtail's PageQuerySet.private_q, with the private sections read once per request."""
    q = Q()
    for restriction in _restrictions():
        q |= queryset.descendant_of_q(restriction.page, inclusive=True)
    return q if q else Q(pk__in=[])


def _forget(sender, **kwargs):
    """A request that changes a privacy setting or a locale reads them again afterwards."""
    memo = _memo.get()
    if memo is not None:
        memo.clear()


def install():
    for model in (PageViewRestriction, Locale):
        label = model._meta.label_lower
        post_save.connect(_forget, sender=model, dispatch_uid=f"charity.request_memo.saved.{label}")
        post_delete.connect(
            _forget, sender=model, dispatch_uid=f"charity.request_memo.deleted.{label}"
        )
    locale_manager = type(Locale.objects)
    get_for_language = locale_manager.get_for_language

    def get_for_language_once(manager, language_code):
        return _remembered(
            ("locale", language_code),
            lambda: remember(
                "locale", lambda: get_for_language(manager, language_code), language_code
            ),
        )

    locale_manager.get_for_language = get_for_language_once
    PageQuerySet.private_q = _private_q

    get_view_restrictions = Page.get_view_restrictions

    def get_view_restrictions_once(page):
        # Where restrictions exist, Wagtail's own lookup applies them, aliases included.
        if _memo.get() is None or _restrictions():
            return get_view_restrictions(page)
        return PageViewRestriction.objects.none()

    Page.get_view_restrictions = get_view_restrictions_once

    find_site = Site._find_for_request

    def find_site_in_fragment_cache(request):
        # Keyed as Wagtail matches: by host name (empty when the Host header is
        # malformed) and port.
        hostname = split_domain_port(request._get_raw_host())[0]
        return remember("site", lambda: find_site(request), hostname, request.get_port())

    Site._find_for_request = staticmethod(find_site_in_fragment_cache)
