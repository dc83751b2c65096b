"""The Redis cache, failing safe: a cache that cannot answer is a cache miss.

Django's RedisCache raises when Redis is down or slow, and Wagtail reads the
default cache on every page (site root paths, image renditions), so an outage
of Redis would turn every page into a 500. Here every Redis error is logged and
taken as a miss: reads return their default, writes do nothing. After an error
the cache is left alone for a few seconds, so that a hung Redis costs each
process one socket time-out (see settings) rather than one per cache call.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

from redis.exceptions import RedisError

from charity.patches.django_redis import redis_servers, reuse_one_client_per_pool

logger = logging.getLogger(__name__)

# Seconds during which a process stops calling a Redis server that has just failed.
RETRY_AFTER = 5.0

# When each Redis location may be tried again, per process.
_unavailable_until = {}


class FailSafeRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        reuse_one_client_per_pool(self)

    def _call(self, fallback, method, *args, **kwargs):
        if time.monotonic() < _unavailable_until.get(self._location, 0.0):
            return fallback
        try:
            return method(*args, **kwargs)
        except (RedisError, OSError) as error:
            _unavailable_until[self._location] = time.monotonic() + RETRY_AFTER
            logger.warning(
                "Cache unavailable, pages are served without it for %s s: %s", RETRY_AFTER, error
            )
            return fallback

    @property
    def _location(self):
        return ",".join(redis_servers(self))

    @property
    def is_available(self):
        """False while the cache rests after an error."""
        return time.monotonic() >= _unavailable_until.get(self._location, 0.0)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._call({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        # None tells the caller the value could not be changed; a missing key
        # still raises ValueError as with every Django cache.
        return self._call(None, super().incr, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(None, super().delete_many, keys, version)

    def clear(self):
        return self._call(None, super().clear)
