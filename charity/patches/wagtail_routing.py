"""Wagtail's routing of a request, answered by the project's own (``HomePage.route``).

``HomePage.route`` overrides the public ``wagtail.models.Page.route`` (Wagtail 7.4.4) and
must find the same page for every path: tests/charity/patches/test_patches.py runs both
side by side. Re-read it against ``Page.route`` on upgrade.
"""

from django.http import Http404


def route_request_with(request, route):
    """Gives ``Page.route_for_request`` (Wagtail 7.4.4) the answer of ``route()`` for this
    request, in the private attribute it keeps its answer in
    (``request._wagtail_route_for_request``), unless it has one already: Wagtail's serve
    view, its hooks and privacy checks then use the page found without looking the site's
    root page, its translation and its specific type up again. ``Http404`` from
    ``route()`` is kept as Wagtail keeps it, as no route.

    Can go when Wagtail lets a site's root page route requests from a cache of its own.
    On upgrade, check that ``route_for_request`` still keeps its answer there.
    """
    if hasattr(request, "_wagtail_route_for_request"):
        return
    try:
        request._wagtail_route_for_request = route()
    except Http404:
        request._wagtail_route_for_request = None
