"""The site in two languages: where each page lives in the other language, and how visitors switch.

Every public page lives under its language prefix (/fr/..., /en/...). A page that
has no live translation is never swapped silently for another one: the language
switcher then leads to the other language's home page and says so.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from wagtail.models import Page, Site

from charity.caching.lifetimes import keep_for_request, keep_until_change

# Said in the language of the link that carries it, so the visitor who follows
# the link can read it; keyed by the only language the page exists in.
ONLY_AVAILABLE_IN = {
    "fr": _("This page is only available in French."),
    "en": _("This page is only available in English."),
}
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE
WAGTAIL_SERVE_URL_NAME = "wagtail_serve"


@dataclass(frozen=True)
class LanguageLink:
    """A link of the language switcher."""

    language_code: str
    name: str
    url: str
    note: str = ""


@dataclass(frozen=True)
class LanguageVersions:
    """The other languages of the current page, and its hreflang alternates."""

    links: list = field(default_factory=list)
    # (hreflang, absolute URL) pairs: empty unless the page really exists in
    # more than one language.
    alternates: list = field(default_factory=list)


def switch_url(language_code, target):
    """The switcher's link: remembers the choice in the language cookie, then goes to `target`."""
    return f"{reverse('switch_language', args=[language_code])}?{urlencode({'next': target})}"


def home_pages(request):
    """The live home page of each language of the request's site, by language code."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    homes = site.root_page.get_translations(inclusive=True).live().select_related("locale")
    return {home.locale.language_code: home for home in homes}


def page_translations(page):
    """The live, public versions of `page` in every language, itself included, by language code.

    An alias (a copy wagtail-localize keeps in sync until someone translates it)
    shows the source's text: it is not a translation.
    """
    versions = (
        Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .live()
        .public()
        .select_related("locale")
    )
    found = {
        version.locale.language_code: page if version.pk == page.pk else version
        for version in versions
    }
    if page not in found.values():
        found[page.locale.language_code] = page
    return found


def _alternates(urls):
    """hreflang pairs for URLs by language code, or none when only one language exists."""
    if len(urls) < 2:
        return []
    pairs = [(code, urls[code]) for code, _name in settings.LANGUAGES if code in urls]
    if DEFAULT_LANGUAGE in urls:
        pairs.append(("x-default", urls[DEFAULT_LANGUAGE]))
    return pairs


def _versions_of_page(request, page):
    translations = page_translations(page)
    current = next(code for code, version in translations.items() if version is page)
    homes = None
    links = []
    for code, name in settings.LANGUAGES:
        if code == current:
            continue
        translated = translations.get(code)
        if translated is not None:
            links.append(LanguageLink(code, name, switch_url(code, translated.get_url(request))))
            continue
        if homes is None:
            homes = home_pages(request)
        home = homes.get(code)
        if home is None:
            continue
        with translation.override(code):
            note = str(ONLY_AVAILABLE_IN.get(current, ""))
        links.append(LanguageLink(code, name, switch_url(code, home.get_url(request)), note))
    urls = {code: version.get_full_url(request) for code, version in translations.items()}
    return LanguageVersions(links=links, alternates=_alternates(urls))


def _versions_of_view(request):
    """Other views (search, errors): the same address in the other language when it exists."""
    current = translation.get_language()
    try:
        match = resolve(request.path_info)
    except Resolver404:
        match = None
    translatable = match is not None and match.url_name != WAGTAIL_SERVE_URL_NAME
    homes = None
    links, urls = [], {}
    if translatable:
        urls[current] = request.build_absolute_uri()
    for code, name in settings.LANGUAGES:
        if code == current:
            continue
        target = translate_url(request.get_full_path(), code) if translatable else None
        if target and target != request.get_full_path():
            urls[code] = request.build_absolute_uri(target)
        else:
            if homes is None:
                homes = home_pages(request)
            home = homes.get(code)
            target = home.get_url(request) if home else f"/{code}/"
        links.append(LanguageLink(code, name, switch_url(code, target)))
    return LanguageVersions(links=links, alternates=_alternates(urls))


def language_versions(request, page=None):
    """Switcher links and hreflang alternates for the current page or view, once per request."""
    if request is None:
        return LanguageVersions()
    if page is None or not page.pk or not getattr(page, "locale_id", None):
        return keep_for_request(("language-versions", None), lambda: _versions_of_view(request))
    # Kept until the next change to the site's content: the same for every visitor.
    return keep_for_request(
        ("language-versions", page.pk),
        lambda: keep_until_change(
            "language-versions",
            lambda: _versions_of_page(request, page),
            page.pk,
            request.get_host(),
        ),
    )


@never_cache
@require_GET
def switch_language(request, language_code):
    """Remember the visitor's language in the cookie LocaleMiddleware reads, then go on."""
    if language_code not in dict(settings.LANGUAGES):
        raise Http404
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = f"/{language_code}/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language_code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


class PageAwareLocaleMiddleware(LocaleMiddleware):
    """LocaleMiddleware that sends an address without a language prefix to the page it names.

    "/programmes/" is the French slug: a visitor whose browser prefers English
    goes to the English translation of that page when it exists, and to the
    French page otherwise, instead of a 404 at "/en/programmes/".
    "/" itself is left to LocaleMiddleware: cookie, then Accept-Language, then French.
    """

    def process_response(self, request, response):
        if (
            response.status_code == 404
            and request.method in ("GET", "HEAD")
            and request.path_info != "/"
            and not translation.get_language_from_path(request.path_info)
        ):
            target = self._page_url_for_unprefixed_path(request)
            if target:
                redirect = self.response_redirect_class(target)
                patch_vary_headers(redirect, ("Accept-Language", "Cookie"))
                return redirect
        return super().process_response(request, response)

    def _page_url_for_unprefixed_path(self, request):
        homes = home_pages(request)
        if not homes:
            return None
        path = request.path_info.strip("/")
        candidates = [f"{home.url_path}{path}/" for home in homes.values()]
        pages = list(
            Page.objects.filter(url_path__in=candidates).live().public().select_related("locale")
        )
        if not pages:
            return None
        preferred = translation.get_language()
        page = next((p for p in pages if p.locale.language_code == preferred), pages[0])
        page = page_translations(page).get(preferred, page)
        url = page.get_url(request)
        query = request.META.get("QUERY_STRING", "")
        return f"{url}?{query}" if url and query else url
