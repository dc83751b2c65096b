"""Security headers that Django does not set by itself.

Django's SecurityMiddleware already sends HSTS, X-Content-Type-Options,
Referrer-Policy and Cross-Origin-Opener-Policy (see settings). This adds a
Content-Security-Policy, a Cross-Origin-Resource-Policy and a
Permissions-Policy to every response that does not set its own.
"""

from urllib.parse import urlsplit

from django.conf import settings

# Privacy-enhanced video players are the only third parties a public page may frame.
EMBED_ORIGINS = ("https://www.youtube-nocookie.com", "https://player.vimeo.com")

# Powerful features the site never uses, refused to the page and to any frame it embeds.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
    )
)


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def _asset_origins():
    """Origins of static and media files when they are served from another host."""
    origins = {_origin(settings.STATIC_URL), _origin(settings.MEDIA_URL)}
    return sorted(origins - {None})


def _serialize(directives):
    return "; ".join(" ".join([name, *values]) for name, values in directives.items())


def public_policy(frame_ancestors="'none'"):
    """No inline script or style, nothing from elsewhere but the video players.

    Public pages may be framed by nobody; a preview of one, by the admin only.
    """
    assets = _asset_origins()
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", *assets],
        "style-src": ["'self'", *assets],
        "img-src": ["'self'", "data:", *assets],
        "font-src": ["'self'", *assets],
        "connect-src": ["'self'"],
        "media-src": ["'self'", *assets],
        "frame-src": list(EMBED_ORIGINS),
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": [frame_ancestors],
    }
    if not settings.DEBUG:
        directives["upgrade-insecure-requests"] = []
    return _serialize(directives)


def admin_policy():
    """Wagtail's admin writes inline scripts and styles, shows thumbnails from
    embed providers and frames its own previews: it gets a looser policy, on
    its own paths only."""
    assets = _asset_origins()
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'", *assets],
        "style-src": ["'self'", "'unsafe-inline'", *assets],
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "font-src": ["'self'", "data:", *assets],
        "connect-src": ["'self'"],
        "media-src": ["'self'", *assets],
        "frame-src": ["'self'", *EMBED_ORIGINS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
    if not settings.DEBUG:
        directives["upgrade-insecure-requests"] = []
    return _serialize(directives)


class SecurityHeadersMiddleware:
    """Content-Security-Policy, Cross-Origin-Resource-Policy and Permissions-Policy.

    A response that already carries a Content-Security-Policy keeps it: Wagtail
    serves documents and dynamic images with a stricter ``default-src 'none'``.

    Wagtail builds a preview by running the page's public URL through this middleware
    (marking the request ``is_preview``), and the admin shows it in a frame: a preview
    keeps the public policy, which is what visitors will get, but may be framed by the
    site's own admin.
    """

    ADMIN_PREFIX = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response
        self.public = public_policy()
        self.preview = public_policy(frame_ancestors="'self'")
        self.admin = admin_policy()

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = self.policy_for(request)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

    def policy_for(self, request):
        if request.path.startswith(self.ADMIN_PREFIX):
            return self.admin
        if getattr(request, "is_preview", False):
            return self.preview
        return self.public
