"""Pages proposed while a visitor types in the search field, as JSON.

Titles are matched by their words' beginnings (Wagtail's autocomplete); a word
the site does not have is first replaced by its closest spelling. Answers are
kept until the next change to the content, may be kept a minute by browsers and
proxies, and each address may ask `SEARCH_SUGGESTIONS_PER_MINUTE` times a minute.
"""

import time
import unicodedata

from django.conf import settings
from django.http import JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from wagtail.models import Locale, Page

from charity.caching.lifetimes import keep_until_change
from charity.platform.login_throttling import client_ip_address
from charity.platform.rate_limits import count_in_window
from charity.visitors.search import OTHER_PAGES, SEARCHABLE_TYPES, TYPE_NAMES, corrected_query
from charity.visitors.search_synonyms import WORD

MIN_LENGTH = 2
MAX_LENGTH = 100
MAX_SUGGESTIONS = 8


def _typed(request):
    """The typed words, cleaned as the search form cleans them, or None if unusable."""
    query = request.GET.get("q", "")
    if any(unicodedata.category(char) == "Cc" for char in query):
        return None
    query = unicodedata.normalize("NFC", " ".join(query.split()))[:MAX_LENGTH]
    return " ".join(WORD.findall(query))


def _too_many(request):
    limit = settings.SEARCH_SUGGESTIONS_PER_MINUTE
    minute = int(time.time() // 60)
    key = f"search-suggestions:{client_ip_address(request)}:{minute}"
    return count_in_window(key, 60) > limit


def _matching(query, locale):
    models = [*(model for _label, _name, model in SEARCHABLE_TYPES.values()), *OTHER_PAGES]
    pages = Page.objects.live().public().filter(locale=locale).type(*models)
    return list(pages.autocomplete(query, fields=["title"])[:MAX_SUGGESTIONS])


def suggestions_for(query):
    """[{"title", "url", "kind"}] of the pages whose title words begin with the query's."""
    locale = Locale.get_active()

    def find():
        found = _matching(query, locale)
        if not found and len(query) >= 4:
            corrected = corrected_query(query)
            if corrected:
                found = _matching(corrected, locale)
        return [
            {
                "title": page.title,
                "url": page.get_url(),
                "kind": str(TYPE_NAMES.get(page.specific_class._meta.label_lower, "")),
            }
            for page in found
            if page.specific_class is not None
        ]

    return keep_until_change("search-suggestions", find, query.casefold(), locale.pk)


@require_GET
def suggestions(request):
    if _too_many(request):
        response = JsonResponse({"error": _("Too many requests: wait a minute.")}, status=429)
        response["Retry-After"] = "60"
        return response
    query = _typed(request)
    if query is None:
        return JsonResponse({"error": _("The search contains invisible characters.")}, status=400)
    found = suggestions_for(query) if len(query) >= MIN_LENGTH else []
    response = JsonResponse({"query": query, "results": found})
    patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
    return response
