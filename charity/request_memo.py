"""Answers kept for the rest of the request that asked for them.

Wagtail repeats some lookups many times while it renders one page (the private sections,
the active language's Locale, the request's Site): charity.patches has them read once per
request through ``kept_for_the_request``. Within one request neither answer changes, so
the first one is kept until the response is sent, unless the request itself changes a
privacy setting or a locale. Outside a request (background work, management commands,
tests that call models directly) nothing is kept. The answers also live in the fragment
cache (charity.page_cache.remember) until the next change to the site's content: saving
a privacy setting or a locale purges it.
"""

import contextvars

from django.db.models.signals import post_delete, post_save

from wagtail.models import Locale, PageViewRestriction

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


def serving_a_request():
    return _memo.get() is not None


def kept_for_the_request(key, compute):
    """``compute()``, kept under ``key`` until the response is sent; outside a
    request, computed each time."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def view_restrictions():
    """Every page view restriction of the site, its page with it."""
    return kept_for_the_request(
        "view-restrictions",
        lambda: remember(
            "view-restrictions",
            lambda: list(PageViewRestriction.objects.select_related("page")),
        ),
    )


def _forget(sender, **kwargs):
    """A request that changes a privacy setting or a locale reads them again afterwards."""
    memo = _memo.get()
    if memo is not None:
        memo.clear()


def connect():
    for model in (PageViewRestriction, Locale):
        label = model._meta.label_lower
        post_save.connect(_forget, sender=model, dispatch_uid=f"charity.request_memo.saved.{label}")
        post_delete.connect(
            _forget, sender=model, dispatch_uid=f"charity.request_memo.deleted.{label}"
        )
