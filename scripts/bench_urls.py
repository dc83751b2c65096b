"""The site's URLs and the benchmark's ceiling, the cheapest response Django can give
through the same server and middleware (scripts/bench_settings.py)."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.http import require_GET

from charity import urls as site_urls

CEILING_PATH = "bench/ceiling"

handler500 = site_urls.handler500


@require_GET
def ceiling(request):
    """A constant page as large as the home page, with no database and no template."""
    response = HttpResponse(b"x" * settings.BENCH_CEILING_BYTES, content_type="text/html")
    response["Cache-Control"] = "no-store"
    return response


urlpatterns = [path(CEILING_PATH, ceiling), *site_urls.urlpatterns]
