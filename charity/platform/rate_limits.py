"""How often a visitor has asked for something, counted in the shared cache.

A window starts with the first request counted and lasts its full length. A cache that
fails counts nothing: it lets visitors through rather than refusing everyone.
"""

import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)


def count_in_window(key, seconds):
    """Counts one more request under ``key`` and returns the count in this window (0 when
    the cache cannot count)."""
    try:
        cache.add(key, 0, seconds)
        try:
            return cache.incr(key)
        except ValueError:
            # The key expired between the two calls: this is the first of a new window.
            cache.set(key, 1, seconds)
            return 1
    except Exception:
        logger.warning("Request not counted: the cache is unavailable", exc_info=True)
        return 0
