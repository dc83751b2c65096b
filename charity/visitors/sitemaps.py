from collections import defaultdict

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from charity.visitors.languages import DEFAULT_LANGUAGE


class BilingualSitemap(Sitemap):
    """Every live page in both languages, each with the hreflang alternates of its translations.

    Wagtail's own sitemap lists the pages under the site's root page only, which
    is the French home page: the English tree is a sibling and would be missing.
    """

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        paths = Page.objects.none()
        for home in homes:
            paths |= Page.objects.descendant_of(home, inclusive=True)
        # Aliases repeat their source's text under another language's address.
        return (
            paths.filter(alias_of__isnull=True)
            .live()
            .public()
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        # One query for the translations of the whole sitemap page, not one per URL.
        translations = defaultdict(dict)
        for version in (
            Page.objects.filter(
                translation_key__in={item.translation_key for item in pages},
                alias_of__isnull=True,
            )
            .live()
            .public()
            .select_related("locale")
        ):
            translations[version.translation_key][version.locale.language_code] = version

        urls = []
        last_mods = set()
        for item in pages:
            versions = translations[item.translation_key]
            alternates = []
            if len(versions) > 1:
                alternates = [
                    {"lang_code": code, "location": versions[code].get_full_url(self.request)}
                    for code, _name in settings.LANGUAGES
                    if code in versions
                ]
                if DEFAULT_LANGUAGE in versions:
                    alternates.append(
                        {
                            "lang_code": "x-default",
                            "location": versions[DEFAULT_LANGUAGE].get_full_url(self.request),
                        }
                    )
            for url_info in item.get_sitemap_urls(self.request):
                url_info.setdefault("alternates", alternates)
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
