from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from charity.platform import two_factor
from charity.visitors import views
from charity.visitors.languages import switch_language
from charity.visitors.search import search
from charity.visitors.search_suggestions import suggestions
from charity.visitors.sitemaps import BilingualSitemap

# Visitors get a 503 asking them to come back, not a 500, while the database is down.
handler500 = views.server_error

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": BilingualSitemap}}, name="sitemap"),
    path("language/<str:language_code>/", switch_language, name="switch_language"),
    path("admin/2fa/", include(two_factor.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.SERVE_MEDIA:
    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

# Every public page lives under its language prefix (/fr/..., /en/...); "/" is
# redirected to the language cookie's or Accept-Language's, French first, before any
# of this runs (charity.platform.root_address; LocaleMiddleware would decide the same).
urlpatterns += i18n_patterns(
    # Translated: /fr/recherche/ and /en/search/.
    path(_("search/"), search, name="search"),
    # Translated: /fr/recherche/suggestions/ and /en/search/suggestions/.
    path(_("search/suggestions/"), suggestions, name="search_suggestions"),
    # Translated: /fr/lettre-d-information/ and /en/newsletter/.
    path(_("newsletter/"), include("newsletter.urls")),
    # Files that pages serve through their routes (an event's "calendar.ics", the funding
    # page's "funding.csv", the news feeds' "rss.xml"): Wagtail's own pattern allows no
    # dot in a path segment.
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.(?:csv|ics|xml))$", views.serve_page, name="page_file"),
    # Pages, served as Wagtail does, from the cached home page (charity.visitors.views.serve_page).
    re_path(r"^((?:[\w\-]+/)*)$", views.serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
