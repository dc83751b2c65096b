import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from wagtail import views as wagtail_views

from charity.models.home import HomePage
from charity.patches.wagtail_routing import route_request_with


def serve_page(request, path):
    """Wagtail's page view, routed from the visitor's home page.

    Wagtail looks the site's root page up, then its translation, then its
    specific type, on every request: the home page kept in the fragment cache
    (HomePage.for_request) answers all three, and routes the rest of the path itself
    (HomePage.route). Hooks, privacy checks and serving stay Wagtail's.
    """
    home = HomePage.for_request(request)
    if home is not None:
        route_request_with(
            request,
            lambda: home.route(request, [component for component in path.split("/") if component]),
        )
    return wagtail_views.serve(request, path)


@never_cache
@require_GET
def healthz(request):
    """Liveness and readiness for load balancers: 200 when the database answers."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        # The language switcher's redirects: crawlers read the hreflang alternates instead.
        "Disallow: /language/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# Long enough for the database to restart, short enough that nobody waits in vain.
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """The 500 page, or a 503 when the database cannot be reached.

    Django calls this while handling the exception, wherever it was raised (a
    view, a template, a middleware), so the exception is still at hand here. A
    lost database is an outage, not a bug: visitors are asked to come back, and
    load balancers and crawlers read Retry-After.
    """
    error = sys.exc_info()[1]
    if isinstance(error, (OperationalError, InterfaceError)):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        add_never_cache_headers(response)
        return response
    return defaults.server_error(request)
