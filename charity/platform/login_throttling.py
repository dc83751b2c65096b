from django.conf import settings
from django.shortcuts import render


def client_ip_address(request):
    """The visitor's address as seen by the outermost proxy we trust.

    Each trusted proxy appends the address it received the request from to
    X-Forwarded-For, so with N proxies the visitor is the N-th entry from the
    right; anything further left was written by the visitor and is ignored.
    Without a proxy (TRUSTED_PROXY_COUNT=0) the header is not trusted at all.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    if proxies and len(hops) >= proxies:
        return hops[-proxies]
    return request.META.get("REMOTE_ADDR")


def lockout_response(request, original_response=None, credentials=None):
    """A 429 page in the admin's look that says how long to wait, and nothing
    about whether the account exists."""
    minutes = round(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    return render(
        request,
        "axes_lockout.html",
        {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes},
        status=429,
    )
