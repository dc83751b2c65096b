"""How many sign-ups an address and a network may ask for, counted in the cache.

A window starts with the first sign-up and lasts its full length; a Redis that fails
lets the sign-up through rather than refusing everyone.
"""

import hashlib

from django.conf import settings

from charity.platform.login_throttling import client_ip_address
from charity.platform.rate_limits import count_in_window

HOUR = 60 * 60
DAY = 24 * HOUR


def _digest(value):
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


def network_over_limit(request):
    """Counts this request against the visitor's address; True past the hourly limit."""
    address = client_ip_address(request) or "unknown"
    count = count_in_window(f"newsletter:signups:ip:{_digest(address)}", HOUR)
    return count > settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR


def address_over_limit(email):
    """Counts a confirmation e-mail to ``email``; True past the daily limit."""
    count = count_in_window(f"newsletter:signups:email:{_digest(email.strip().lower())}", DAY)
    return count > settings.NEWSLETTER_SIGNUPS_PER_ADDRESS_PER_DAY
