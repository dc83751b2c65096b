"""Whole pages for visitors who are not logged in, answered before sessions, locale and Wagtail.

A visitor without a session cookie sees exactly what every other such visitor
sees, so the first one's page is kept in the default cache (Redis when
REDIS_URL is set) and given to the next ones without touching the database.

Invalidation is site-wide: every stored page is filed under a generation number
kept in the cache, and any change that can show on a page (publishing,
unpublishing, moving or deleting a page, editing a person, a testimonial, the
site settings, an image, a document, a redirect or a privacy setting) moves to
the next generation, which forgets all pages at once. On this site the home
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
"""

import gzip
import hashlib
import logging
import os
import re
import select
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers
from django.utils.http import parse_etags

from charity.patches.django_redis import redis_client
from charity.patches.redis_py import pubsub_socket

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"

# Longer query strings are someone probing, not a page worth keeping.
MAX_QUERY_LENGTH = 512
# Responses this large are not worth holding in memory.
MAX_BODY_BYTES = 1024 * 1024
# Request headers a stored page may vary on: pages are only stored for requests
# without the cookies that change them, and compression is handled here.
SAFE_VARY = {"cookie", "accept-encoding"}
# Headers this cache sets itself on every answer.
OWN_HEADERS = {"cache-control", "etag", "content-length", "content-encoding", "expires"}
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# Text responses smaller than this gain nothing from compression.
MIN_GZIP_BYTES = 1024
# Pages each process keeps at hand (a few megabytes): the most visited ones.
RECENT_PAGES = 100
# How often the thread that listens for purges wakes up, and waits after losing Redis.
WATCH_POLL_SECONDS = 5.0
WATCH_RETRY_SECONDS = 5.0


def _safely(default, function, *args, **kwargs):
    """A cache call whose failure is a miss, logged, never an error page."""
    try:
        return function(*args, **kwargs)
    except Exception:
        logger.warning("Page cache unavailable, serving without it", exc_info=True)
        return default


class GenerationWatcher:
    """This process's copy of the generation number, kept current by Redis.

    Reading the number from Redis on every request is a network round trip,
    more than half the cost of serving a stored page. Instead each process
    listens, in a thread, on a Redis channel where every purge announces itself,
    and reads the number again only after an announcement. Until it listens
    (starting up, Redis lost and not yet found again) every request reads the
    number from Redis as before. Without Redis (the cache in process memory)
    there is nothing to watch: reading the number is already a local lookup.
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.pid = None
        self.listening = False
        self.generation = None
        self.channel_socket = None
        # Moves on with every announcement: a number read from Redis before
        # one was heard is not kept.
        self.heard = 0

    def known(self):
        """(the generation if known, a token for ``keep``)."""
        self._start_once_per_process()
        with self.lock:
            generation, token, channel = self.generation, self.heard, self.channel_socket
        if generation is None or self._announcement_waiting(channel):
            return None, token
        return generation, token

    @staticmethod
    def _announcement_waiting(channel):
        """An announcement has arrived that the listening thread has not read yet.

        The request that follows a purge on another server can come in before
        that thread has run: then the generation is read from Redis, as when
        nobody listens. Only looked at, never read, from here.
        """
        try:
            readable, _, _ = select.select([channel], [], [], 0)
        except (OSError, ValueError, TypeError):
            return True
        return bool(readable)

    def keep(self, generation, token):
        with self.lock:
            if self.listening and token == self.heard:
                self.generation = generation

    def announce(self):
        """Tell every process listening, this one included, that pages were purged."""
        client = _redis_client()
        if client is None:
            return
        if not getattr(caches["default"], "is_available", True):
            # Redis has just failed here, so the purge did not reach it either:
            # nothing to announce, and no second time-out.
            self._heard()
            return
        try:
            client.publish(_channel(), b"purged")
        except Exception:
            logger.warning("Page cache purge not announced to the other processes", exc_info=True)
        self._heard()

    def _heard(self):
        with self.lock:
            self.generation = None
            self.heard += 1

    def _subscribed(self, channel_socket):
        """From now on no announcement is missed."""
        with self.lock:
            self.listening = True
            self.channel_socket = channel_socket
            self.generation = None
            self.heard += 1

    def _deaf(self):
        with self.lock:
            self.listening = False
            self.channel_socket = None
            self.generation = None
            self.heard += 1

    def _start_once_per_process(self):
        if self.pid == os.getpid():
            return
        with self.lock:
            if self.pid == os.getpid():
                return
            self.pid = os.getpid()
            self.listening = False
            self.generation = None
            self.channel_socket = None
        if _redis_client() is not None:
            threading.Thread(target=self._listen, name="page-cache-watcher", daemon=True).start()

    def _listen(self):
        while True:
            client = _redis_client()
            if client is None:
                # The cache is no longer Redis (settings changed in tests).
                with self.lock:
                    self.pid = None
                return
            pubsub = client.pubsub()
            try:
                pubsub.subscribe(_channel())
                while True:
                    message = pubsub.get_message(timeout=WATCH_POLL_SECONDS)
                    if message is None:
                        continue
                    if message["type"] == "subscribe":
                        self._subscribed(pubsub_socket(pubsub))
                    else:
                        self._heard()
            except Exception as error:
                self._deaf()
                logger.warning("Page cache not told of purges, reading Redis instead: %s", error)
                time.sleep(WATCH_RETRY_SECONDS)
            finally:
                pubsub.close()


def _redis_client():
    """The default cache's Redis client, or None when the cache is not Redis."""
    backend = caches["default"]
    if not isinstance(backend, RedisCache):
        return None
    return redis_client(backend)


def _channel():
    return caches["default"].make_key(GENERATION_KEY)


watcher = GenerationWatcher()


def current_generation():
    """The generation pages are filed under now, or None when the cache cannot say."""
    generation, token = watcher.known()
    if generation is not None:
        return generation
    generation = _safely(None, cache.get, GENERATION_KEY)
    if generation is None:
        # A clock value rather than 1, so that a generation number lost from the
        # cache (eviction, restart) never comes back to old pages.
        fresh = time.time_ns()
        if _safely(False, cache.add, GENERATION_KEY, fresh, timeout=None):
            generation = fresh
        else:
            generation = _safely(None, cache.get, GENERATION_KEY)
    if generation is not None:
        watcher.keep(generation, token)
    return generation


def _next_generation():
    try:
        moved = cache.incr(GENERATION_KEY) is not None
    except ValueError:
        # No generation yet: nothing stored can be served, the next one starts fresh.
        moved = True
    except Exception:
        moved = False
    if not moved:
        logger.error("Page cache could not be purged: pages may be stale until they expire")
    watcher.announce()


def purge_all(**kwargs):
    """Forget every stored page and everything filed under the generation.

    Called from signal handlers, often inside the transaction that makes the
    change: purged now so that the change is seen at once, and purged again
    once it commits, so that a page rendered in between from the old data
    never outlives it.
    """
    _next_generation()
    transaction.on_commit(_next_generation)


def remember(name, compute, *parts):
    """``compute()``, kept until the next change to the site's content.

    For pieces that cost queries or rendering on many pages, such as the main
    menu, named by ``name`` and ``parts`` (anything with a stable ``repr``: a
    visitor's search words are fine, they are hashed into the key). Without the
    fragment cache (FRAGMENT_CACHE off), nothing is kept.
    """
    return remember_many(name, [parts], lambda missing: {parts: compute()})[parts]


def remember_many(name, parts, compute):
    """``remember`` for many pieces of one kind at once: ``parts`` name each piece
    (tuples), ``compute(missing)`` returns ``{part: value}`` for those not kept.
    Returns ``{part: value}`` for every part, with one cache round trip to read them."""
    generation = current_generation() if settings.FRAGMENT_CACHE else None
    if generation is None:
        return compute(parts)
    keys = {
        part: f"page-cache:{generation}:{name}:{hashlib.sha256(repr(part).encode()).hexdigest()}"
        for part in parts
    }
    found = _safely({}, cache.get_many, list(keys.values()))
    values = {part: found[key] for part, key in keys.items() if key in found}
    missing = [part for part in parts if part not in values]
    if missing:
        computed = compute(missing)
        _safely(
            None,
            cache.set_many,
            {keys[part]: value for part, value in computed.items()},
            settings.PAGE_CACHE_TIMEOUT,
        )
        values.update(computed)
    return values


@dataclass(frozen=True)
class StoredPage:
    headers: tuple
    body: bytes
    etag: str
    gzipped_body: bytes | None
    gzipped_etag: str | None
    stored_at: float

    @classmethod
    def from_response(cls, response):
        body = response.content
        headers = tuple(
            (name, value)
            for name, value in response.headers.items()
            if name.lower() not in OWN_HEADERS
        )
        gzipped = None
        content_type = response.get("Content-Type", "")
        if len(body) >= MIN_GZIP_BYTES and content_type.startswith(("text/", "application/xml")):
            gzipped = gzip.compress(body, compresslevel=6, mtime=0)
        return cls(
            headers=headers,
            body=body,
            etag=_etag(body),
            gzipped_body=gzipped,
            gzipped_etag=_etag(gzipped) if gzipped else None,
            stored_at=time.time(),
        )


def _etag(body):
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


def _cache_control_directives(response):
    value = response.get("Cache-Control", "")
    return {field.split("=", 1)[0].strip().lower() for field in cc_delim_re.split(value) if field}


def _vary(response):
    return {field.strip().lower() for field in cc_delim_re.split(response.get("Vary", "")) if field}


class RecentPages:
    """The pages this process stored or fetched last, by cache key.

    A hit then does not move and unpickle the whole page from the shared
    cache. A key names its generation, so a purge anywhere makes these copies
    unreachable; each copy expires when the shared one does.
    """

    def __init__(self, size):
        self.size = size
        self.pages = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            found = self.pages.get(key)
            if found is None:
                return None
            expires, stored = found
            if time.time() >= expires:
                del self.pages[key]
                return None
            self.pages.move_to_end(key)
            return stored

    def put(self, key, stored):
        with self.lock:
            self.pages[key] = (stored.stored_at + settings.PAGE_CACHE_TIMEOUT, stored)
            self.pages.move_to_end(key)
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)


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
            return self._personal(self.get_response(request))
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        query = self._normalised_query(request)
        generation = current_generation() if query is not None else None
        if generation is None:
            return self.get_response(request)
        key = self._key(request, generation, query)
        stored = self.recent.get(key)
        if stored is None:
            stored = _safely(None, cache.get, key)
            if stored is not None:
                self.recent.put(key, stored)
        if stored is not None:
            return self._answer(request, stored, "hit")
        response = self.get_response(request)
        if not self._storable(response):
            return response
        stored = StoredPage.from_response(response)
        _safely(None, cache.set, key, stored, settings.PAGE_CACHE_TIMEOUT)
        self.recent.put(key, stored)
        return self._answer(request, stored, "miss")

    def _cacheable_path(self, request):
        return not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))

    def _has_personal_cookie(self, request):
        """A logged-in editor, or a visitor with a message waiting to be shown."""
        return (
            settings.SESSION_COOKIE_NAME in request.COOKIES
            or getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in request.COOKIES
        )

    def _personal(self, response):
        """Responses for a session are theirs alone: no shared cache may keep them."""
        if "no-store" not in _cache_control_directives(response):
            patch_cache_control(response, private=True, no_cache=True)
        return response

    def _normalised_query(self, request):
        """The query string in a fixed order, or None when too long."""
        raw = request.META.get("QUERY_STRING", "")
        if len(raw) > MAX_QUERY_LENGTH:
            return None
        pairs = parse_qsl(raw, keep_blank_values=True)
        # Every parameter counts, campaign tags too: some views repeat the
        # address in their links, and a stored page must not carry a stranger's.
        return urlencode(sorted(pairs))

    def _key(self, request, generation, query):
        address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
        return f"page-cache:{generation}:page:{hashlib.sha256(address.encode()).hexdigest()}"

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

    def _answer(self, request, stored, outcome):
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
            response = HttpResponse(body)
            for name, value in stored.headers:
                response[name] = value
            if compressed:
                response["Content-Encoding"] = "gzip"
            response["Content-Length"] = str(len(body))
        response["ETag"] = etag
        response["Cache-Control"] = f"public, max-age={settings.PAGE_CACHE_MAX_AGE}"
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


def keep_form_pages_private(serve):
    """An ``on_serve_page`` hook: a form page carries a CSRF token for one
    visitor, so no cache may keep it, here or downstream."""
    from wagtail.contrib.forms.models import FormMixin

    def serve_and_mark(page, request, serve_args, serve_kwargs):
        response = serve(page, request, serve_args, serve_kwargs)
        if isinstance(page, FormMixin):
            patch_cache_control(response, private=True, no_cache=True)
        return response

    return serve_and_mark


def purge_listings_from_frontend_cache(instance, **kwargs):
    """The CDN, when one is configured: Wagtail purges a published page itself,
    this purges the pages that list it (its index and the home page)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

    ancestors = list(instance.get_ancestors().filter(depth__gt=1))
    transaction.on_commit(lambda: purge_pages_from_cache(ancestors))


def connect():
    """Purge on every change that can show on a page; keep form pages private."""
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save

    from wagtail import hooks
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from charity.models import Person, SiteSettings, Testimonial

    hooks.register("on_serve_page", keep_form_pages_private)
    uid = "charity.page_cache"
    page_published.connect(purge_all, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(purge_all, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(purge_all, dispatch_uid=f"{uid}.moved")
    for name, signal in (("published", page_published), ("unpublished", page_unpublished)):
        signal.connect(purge_listings_from_frontend_cache, dispatch_uid=f"{uid}.cdn.{name}")
    page_models = [model for model in apps.get_models() if issubclass(model, Page)]
    other_models = [
        Person,
        Testimonial,
        SiteSettings,
        get_image_model(),
        get_document_model(),
        Redirect,
        PageViewRestriction,
        Site,
        Locale,
    ]
    # Page saves include drafts, which change nothing public: a purge for
    # them is a little waste, but it also catches a live page changed by a
    # plain save() (imports, scripts) rather than by publishing.
    for model in page_models + other_models:
        label = model._meta.label_lower
        post_save.connect(purge_all, sender=model, dispatch_uid=f"{uid}.saved.{label}")
        post_delete.connect(purge_all, sender=model, dispatch_uid=f"{uid}.deleted.{label}")
