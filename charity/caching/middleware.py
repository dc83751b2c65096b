"""The caches' middlewares: whole pages for visitors and for staff, and the request's own values.

Whole pages for visitors who are not logged in are answered before sessions, locale and
Wagtail; signed-in staff get the same pages with their user bar (``StaffPageMiddleware``).

A visitor without a session cookie sees exactly what every other such visitor
sees, so the first one's page is kept in the default cache (Redis when
REDIS_URL is set) and given to the next ones without touching the database.

Invalidation is site-wide: every stored page is filed under a generation number
kept in the cache, and any change that can show on a page (publishing,
unpublishing, moving or deleting a page, editing a person, a testimonial, the
site settings, an image, a document, a redirect or a privacy setting) moves to
the next generation, which makes every stored page stale at once. On this site the home
page, the listings and the related-content blocks of detail pages depend on
almost every page, so working out which pages a change touches would be
fragile; after a change each visited page is rendered once more, and editors
make a few changes a day.

Stored pages also expire after PAGE_CACHE_TIMEOUT seconds, because some depend
on the clock: an event moves from "upcoming" to "past" without anyone editing it.

Browsers and a CDN may keep a page PAGE_CACHE_MAX_AGE seconds (a minute): long
enough to absorb a surge, short enough that a correction is seen soon even by a
cache nobody purges; after that they revalidate with the ETag and get a 304
from this cache without a render.

No visitor waits for a render after a change: a page is stored under one key
whatever its generation, and after a soft change (charity.caching.generation) the
previous copy is still served, marked stale, while it is rendered again: by the
stale-page renderer when one runs (charity.caching.renderer: a process of its own, most
visited pages first), otherwise by the first request to find it, which takes a short
lock and renders the page once its own answer has been sent (``response.close()``, run
by the WSGI server after the last byte). Either way no visitor waits, and the others
keep getting the stale copy until the fresh one is stored. A stale copy is served for
PAGE_CACHE_STALE_SECONDS at most after the change that made it stale (and never longer
than PAGE_CACHE_MAX_AGE), with a max-age shortened by the time elapsed since that
change: whatever keeps it downstream, a correction reaches every visitor within
PAGE_CACHE_MAX_AGE of being made. After a hard change (privacy, unpublishing, moving,
deleting) nothing stored before is ever served: the next visitor waits for a render.
"""

import hashlib
import logging
import re
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.template.loader import render_to_string
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers
from django.utils.http import parse_etags

from wagtail.models import Page

from charity.caching import renderer
from charity.caching.generation import changed_at, current_generation, safely, same_era
from charity.caching.lifetimes import request_scope
from charity.caching.stored_pages import RecentPages, StoredPage

# Longer query strings are someone probing, not a page worth keeping.
MAX_QUERY_LENGTH = 512
# Responses this large are not worth holding in memory.
MAX_BODY_BYTES = 1024 * 1024
# Request headers a stored page may vary on: pages are only stored for requests
# without the cookies that change them, and compression is handled here.
SAFE_VARY = {"cookie", "accept-encoding"}
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# Query parameters that only say where a visitor came from: analytics read them in the
# browser. Google's, Facebook's, Microsoft's and Mailchimp's click and campaign ids.
CAMPAIGN_TAG_PREFIXES = ("utm_",)
CAMPAIGN_TAGS = {"gclid", "gbraid", "wbraid", "fbclid", "msclkid", "mc_cid", "mc_eid"}
# Pages each process keeps at hand (a few megabytes): the most visited ones.
RECENT_PAGES = 100
# Wagtail's user bar, as base.html includes it at the end of the body.
USERBAR_TEMPLATE = "components/userbar.html"

logger = logging.getLogger(__name__)


def stale_bound():
    """Seconds after a change during which the copies it made stale may be served."""
    return max(0, min(settings.PAGE_CACHE_STALE_SECONDS, settings.PAGE_CACHE_MAX_AGE))


def _is_campaign_tag(name):
    return name.startswith(CAMPAIGN_TAG_PREFIXES) or name in CAMPAIGN_TAGS


def _cache_control_directives(response):
    value = response.get("Cache-Control", "")
    return {field.split("=", 1)[0].strip().lower() for field in cc_delim_re.split(value) if field}


def _has_message_cookie(request):
    return getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in request.COOKIES


def _vary(response):
    return {field.strip().lower() for field in cc_delim_re.split(response.get("Vary", "")) if field}


class AnonymousPageCacheMiddleware:
    """Stores and serves whole pages for visitors who are not logged in.

    Placed after the security middleware (their headers are added to every
    answer, stored or not) and before sessions: a stored page is served
    without loading a session, a user, a locale or a Wagtail page.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.recent = RecentPages(RECENT_PAGES)

    def __call__(self, request):
        if not settings.PAGE_CACHE or not self._cacheable_path(request):
            return self.get_response(request)
        if self._has_personal_cookie(request):
            self._offer_fresh_copy(request)
            return self._personal(self.get_response(request))
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        query = self._normalised_query(request)
        generation = current_generation() if query is not None else None
        if generation is None:
            return self.get_response(request)
        key = self._key(request, query)
        stored = self._stored(key, generation)
        if stored is not None and stored.generation >= generation:
            return self._answer(request, stored, "hit")
        if renderer.is_render_request(request):
            return self._render_and_store(request, key, generation)[0]
        since = self._stale_since(stored, generation) if stored is not None else None
        if since is not None:
            max_age = max(0, int(settings.PAGE_CACHE_MAX_AGE - (time.time() - since)))
            response = self._answer(request, stored, "stale", max_age)
            if request.method != "GET":
                return response
            if renderer.running():
                renderer.ask_for(request)
            elif self._revalidating(key, generation):
                response._resource_closers.append(
                    lambda: self._revalidate(request, key, generation)
                )
            return response
        response, stored = self._render_and_store(request, key, generation)
        if stored is None:
            return response
        return self._answer(request, stored, "miss")

    def _stored(self, key, generation):
        """The copy kept for ``key``, fresh or stale, or None."""
        stored = self.recent.get(key)
        if stored is None or stored.generation < generation:
            # The shared copy decides: another process may have stored a fresh one.
            stored = safely(None, cache.get, key)
            if stored is None or stored.generation is None:
                self.recent.drop(key)
                return None
            if stored.generation >= generation:
                self.recent.put(key, stored)
        return stored

    def _offer_fresh_copy(self, request):
        """Leaves the fresh stored copy of a Wagtail page on a signed-in request
        (``request.fresh_stored_page``), for ``StaffPageMiddleware`` to serve once the
        session says who is asking. Never a stale copy: staff must see what they have
        just published. Not with a message waiting, which is shown by a render."""
        if request.method not in ("GET", "HEAD") or not self._signed_in_only(request):
            return
        query = self._normalised_query(request)
        generation = current_generation() if query is not None else None
        if generation is None:
            return
        stored = self._stored(self._key(request, query), generation)
        if stored is not None and stored.generation >= generation and stored.page_id:
            request.fresh_stored_page = stored

    def _stale_since(self, stored, generation):
        """When the change that made ``stored`` stale was made, while it may still be
        served; None after the bound, a hard change, or when the cache cannot say."""
        if not same_era(stored.generation, generation):
            return None
        since = changed_at(stored.generation + 1)
        if since is None or time.time() - since >= stale_bound():
            return None
        return since

    def _revalidating(self, key, generation):
        """True for the one request that renders a stale page again."""
        return safely(False, cache.add, f"{key}:revalidating:{generation}", 1, stale_bound())

    def _revalidate(self, request, key, generation):
        try:
            self._render_and_store(request, key, generation)
        except Exception:
            logger.exception("A stale page could not be rendered again: %s", request.path)

    def _render_and_store(self, request, key, generation):
        """The page rendered, and stored when it may be: (response, stored or None)."""
        response = self.get_response(request)
        if not self._storable(response):
            if response.status_code < 500:
                # What was stored no longer answers this address; after a failure
                # (the database restarting) the stale copy is better than nothing.
                self.recent.drop(key)
                safely(None, cache.delete, key)
            return response, None
        stored = StoredPage.from_response(response, generation)
        newer = safely(None, cache.get, key)
        if newer is None or newer.generation is None or newer.generation < generation:
            safely(None, cache.set, key, stored, settings.PAGE_CACHE_TIMEOUT)
            self.recent.put(key, stored)
        return response, stored

    def _cacheable_path(self, request):
        return not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))

    def _has_personal_cookie(self, request):
        """A logged-in editor, or a visitor with a message waiting to be shown."""
        return settings.SESSION_COOKIE_NAME in request.COOKIES or _has_message_cookie(request)

    def _signed_in_only(self, request):
        return settings.SESSION_COOKIE_NAME in request.COOKIES and not _has_message_cookie(request)

    def _personal(self, response):
        """Responses for a session are theirs alone: no shared cache may keep them."""
        if "no-store" not in _cache_control_directives(response):
            patch_cache_control(response, private=True, no_cache=True)
        return response

    def _normalised_query(self, request):
        """The query string in a fixed order, campaign tags left out, or None when too
        long.

        Campaign tags (utm_*, click ids) are read by the visitor's browser from its own
        address bar, never by the site: the page for ``?utm_source=lettre`` is the
        page without it. They are taken off the request itself too, so that the view
        renders the untagged page, whose links carry no stranger's tags, and a
        newsletter's thousand tagged addresses share one stored copy.
        """
        raw = request.META.get("QUERY_STRING", "")
        if len(raw) > MAX_QUERY_LENGTH:
            return None
        pairs = parse_qsl(raw, keep_blank_values=True)
        kept = [(name, value) for name, value in pairs if not _is_campaign_tag(name)]
        if len(kept) < len(pairs):
            request.META["QUERY_STRING"] = urlencode(kept)
            # Read again from the query string above when first asked for.
            request.__dict__.pop("GET", None)
        return urlencode(sorted(kept))

    def _key(self, request, query):
        address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
        return f"page-cache:page:{hashlib.sha256(address.encode()).hexdigest()}"

    def _storable(self, response):
        """A complete 200 that says nothing about who asked for it."""
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not _cache_control_directives(response) & {"private", "no-store", "no-cache"}
            and _vary(response) <= SAFE_VARY
            and len(response.content) <= MAX_BODY_BYTES
        )

    def _answer(self, request, stored, outcome, max_age=None):
        compressed = stored.gzipped_body is not None and ACCEPTS_GZIP.search(
            request.META.get("HTTP_ACCEPT_ENCODING", "")
        )
        body, etag = (
            (stored.gzipped_body, stored.gzipped_etag) if compressed else (stored.body, stored.etag)
        )
        if self._client_has(request, etag):
            response = HttpResponseNotModified()
            for name, value in stored.headers:
                if name.lower() == "vary":
                    response[name] = value
        else:
            response = _response_with(stored, body)
            if compressed:
                response["Content-Encoding"] = "gzip"
        response["ETag"] = etag
        if max_age is None:
            max_age = settings.PAGE_CACHE_MAX_AGE
        response["Cache-Control"] = f"public, max-age={max_age}"
        response["X-Page-Cache"] = outcome
        if stored.gzipped_body is not None:
            patch_vary_headers(response, ("Accept-Encoding",))
        return response

    def _client_has(self, request, etag):
        """If-None-Match, compared weakly as RFC 9110 requires for it."""
        header = request.META.get("HTTP_IF_NONE_MATCH")
        if not header:
            return False
        known = [tag.removeprefix("W/") for tag in parse_etags(header)]
        return "*" in known or etag in known


def _response_with(stored, body):
    """A response with the stored page's headers and ``body``."""
    response = HttpResponse(body)
    for name, value in stored.headers:
        response[name] = value
    response["Content-Length"] = str(len(body))
    return response


class StaffPageMiddleware:
    """Signed-in staff browsing the site get the stored page with their user bar added.

    A stored page is what every visitor without a session gets, rendered from the live
    content; the one thing a page rendered for staff adds is Wagtail's user bar, which
    base.html places last in the body. So when the page cache found a fresh copy
    (``AnonymousPageCacheMiddleware._offer_fresh_copy``), the user bar is rendered here,
    after sessions and authentication, and put in its place, instead of rendering the
    whole page: a few milliseconds rather than a page's render, which after a publish
    (when the fragment cache starts empty) can take a quarter of a second. The answer
    stays private (``AnonymousPageCacheMiddleware._personal``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        stored = getattr(request, "fresh_stored_page", None)
        page = Page.objects.filter(pk=stored.page_id).first() if stored else None
        if page is None:
            return self.get_response(request)
        userbar = render_to_string(USERBAR_TEMPLATE, {"request": request, "page": page})
        before, end_of_body, after = stored.body.rpartition(b"</body>")
        if not end_of_body:
            return self.get_response(request)
        response = _response_with(stored, before + userbar.encode() + end_of_body + after)
        response["X-Page-Cache"] = "hit"
        return response


class RequestScopeMiddleware:
    """Values kept for the request (charity.caching.lifetimes) live until its response is sent."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with request_scope():
            return self.get_response(request)
