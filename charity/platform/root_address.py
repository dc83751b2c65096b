"""The site's root address, ``/``, sent to the visitor's language before anything else runs.

``/`` is the address people type. Django's LocaleMiddleware answers it, after sessions,
the page cache, URL routing and Wagtail's redirects have each had their turn, with a
redirect to ``/fr/`` or ``/en/``; here the same decision is made first, from the request
alone: the language cookie the switcher sets, else Accept-Language, else French
(Django's ``get_language_from_request``, as LocaleMiddleware calls it). No session, no
database, no cache: it costs what a static file does.

Browsers may keep the answer ``PAGE_CACHE_MAX_AGE`` seconds; shared caches may not, since
it depends on two request headers that many of them do not key on.
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import get_script_prefix
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers


class RootLanguageRedirectMiddleware:
    """Answers ``GET /`` and ``HEAD /`` with a 302 to the visitor's language.

    Placed after the middlewares that add security headers and refuse unstorable input,
    before everything else.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != "/" or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        # An unknown Host gets its 400, as from the rest of the site.
        request.get_host()
        language = translation.get_language_from_request(request)
        prefix = get_script_prefix()
        target = request.get_full_path().replace(prefix, f"{prefix}{language}/", 1)
        response = HttpResponseRedirect(target)
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        patch_cache_control(response, private=True, max_age=settings.PAGE_CACHE_MAX_AGE)
        return response
