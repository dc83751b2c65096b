"""The benchmark's ceiling: the cheapest response Django can give, through the same server.

Routed only when BENCH_CEILING is set (``make bench`` does it on its own server),
never in production.
"""

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.http import require_GET

CEILING_PATH = "bench/ceiling"


@require_GET
def ceiling(request):
    """A constant page as large as the home page, with no database and no template."""
    response = HttpResponse(b"x" * settings.BENCH_CEILING_BYTES, content_type="text/html")
    response["Cache-Control"] = "no-store"
    return response
