"""The generation: one number that every cached page and value is filed under.

Invalidation is site-wide: any change that can show on a page (publishing,
unpublishing, moving or deleting a page, editing a person, a testimonial, the
site settings, an image, a document, a redirect or a privacy setting: see
charity.caching.invalidation) moves to the next generation, which forgets every
stored page and every value kept until the next change at once. On this site
the home page, the listings and the related-content blocks of detail pages
depend on almost every page, so working out which pages a change touches would
be fragile; after a change each visited page is rendered once more, and editors
make a few changes a day.

Each process keeps its copy of the number, told of every purge over a Redis
channel (``GenerationWatcher``).

A change is soft or hard. After a soft one (publishing, editing a snippet) the page
cache may still serve a page of an earlier generation for a few seconds while one
request renders it again (charity.caching.middleware); each move records when it was
made (``changed_at``) to bound that. A hard one (a privacy setting, unpublishing,
moving or deleting) may take a page away from someone who could see it: it moves the
number's high bits (its era, ``HARD_STEP``), and a page of an earlier era is never
served again.
"""

import logging
import os
import select
import threading
import time

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.db import transaction

from charity.patches.django_redis import redis_client
from charity.patches.redis_py import pubsub_socket

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
# Where the time each generation began is kept, for as long as a stale page may be served.
CHANGED_AT_KEY = "page-cache:changed-at:{}"
# A hard change moves the generation by this much: the bits above it are its era.
HARD_STEP = 1 << 32
# How often the thread that listens for purges wakes up, and waits after losing Redis.
WATCH_POLL_SECONDS = 5.0
WATCH_RETRY_SECONDS = 5.0


def safely(default, function, *args, **kwargs):
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
        client = redis_client_of_default_cache()
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
        if redis_client_of_default_cache() is not None:
            threading.Thread(target=self._listen, name="page-cache-watcher", daemon=True).start()

    def _listen(self):
        while True:
            client = redis_client_of_default_cache()
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


def redis_client_of_default_cache():
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
    generation = safely(None, cache.get, GENERATION_KEY)
    if generation is None:
        # A clock value rather than 1, so that a generation number lost from the
        # cache (eviction, restart) never comes back to old pages.
        fresh = time.time_ns()
        if safely(False, cache.add, GENERATION_KEY, fresh, timeout=None):
            generation = fresh
        else:
            generation = safely(None, cache.get, GENERATION_KEY)
    if generation is not None:
        watcher.keep(generation, token)
    return generation


def same_era(older, newer):
    """No hard change was made between generations ``older`` and ``newer``."""
    return older // HARD_STEP == newer // HARD_STEP


def changed_at(generation):
    """When ``generation`` began (seconds since the epoch), or None when not known
    (long ago, or the cache cannot say)."""
    return safely(None, cache.get, CHANGED_AT_KEY.format(generation))


def _next_generation(hard=False):
    try:
        moved_to = cache.incr(GENERATION_KEY, HARD_STEP if hard else 1)
        moved = moved_to is not None
    except ValueError:
        # No generation yet: nothing stored can be served, the next one starts fresh.
        moved, moved_to = True, None
    except Exception:
        moved, moved_to = False, None
    if not moved:
        logger.error("Page cache could not be purged: pages may be stale until they expire")
    if moved_to is not None:
        # Kept a little longer than a stale page may be served after it.
        safely(
            None,
            cache.set,
            CHANGED_AT_KEY.format(moved_to),
            time.time(),
            settings.PAGE_CACHE_STALE_SECONDS + 60,
        )
    watcher.announce()


def purge_all(hard=False, **kwargs):
    """Forget every stored page and everything filed under the generation.

    Called from signal handlers, often inside the transaction that makes the
    change: purged now so that the change is seen at once, and purged again
    once it commits, so that a page rendered in between from the old data
    never outlives it. With ``hard``, no page stored before is ever served again,
    not even for the few seconds it takes to render it afresh.
    """
    _next_generation(hard)
    transaction.on_commit(lambda: _next_generation(hard))


def purge_hard(**kwargs):
    """``purge_all`` for a change that may take a page away from a visitor who saw it."""
    purge_all(hard=True)
