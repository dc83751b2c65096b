"""How many sign-ups an address and a network may ask for, counted in the cache.

A window starts with the first sign-up and lasts its full length; a Redis that fails
lets the sign-up through rather than refusing everyone.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from charity.platform.login_throttling import client_ip_address

HOUR = 60 * 60
DAY = 24 * HOUR


def _count(key, window):
    try:
        cache.add(key, 0, window)
        return cache.incr(key)
    except ValueError:
        # The key expired between the two calls: this is the first of a new window.
        cache.set(key, 1, window)
        return 1
    except Exception:  # an unreachable cache must not stop sign-ups
        return 0


def _digest(value):
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def network_over_limit(request):
    """Counts this request against the visitor's address; True past the hourly limit."""
    address = client_ip_address(request) or "unknown"
    count = _count(f"newsletter:signups:ip:{_digest(address)}", HOUR)
    return count > settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR


def address_over_limit(email):
    """Counts a confirmation e-mail to ``email``; True past the daily limit."""
    count = _count(f"newsletter:signups:email:{_digest(email.strip().lower())}", DAY)
    return count > settings.NEWSLETTER_SIGNUPS_PER_ADDRESS_PER_DAY
