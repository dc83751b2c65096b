"""The home page: the site's root in each language, and what it shows, each section
in a fixed number of queries."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, Page, Site
from wagtail.search import index

from modelcluster.fields import ParentalKey

from charity.caching.lifetimes import keep_until_change, kept_for_page, mark_served_live
from charity.foundations.hero_image import HeroImageMixin
from charity.foundations.navigation import home_children, remember_ancestors
from charity.foundations.panels import hero_image_panel, page_tabs, title_panel
from charity.models.events import EventPage
from charity.models.site_settings import SiteSettings
from charity.models.snippets import Testimonial
from diseases.models import DiseasePage
from news.models import LATEST_ARTICLES, ArticlePage, articles_in
from partners.models import PartnerPage
from programs.models import ProgramPage

FEATURED_PROGRAMS_FALLBACK = 3
UPCOMING_EVENTS = 3
HOME_PARTNER_KINDS = ("founding-member", "scientific-partner")


@dataclass(frozen=True)
class KeyFigure:
    """One of the home page's key figures, either computed or set by staff."""

    name: str
    value: Decimal | int
    as_of: datetime.date | None
    computed: bool


def _with_active_locale(page):
    """``page``, told its locale when it is the active one, read once per request already."""
    active = Locale.get_active()
    if page.locale_id == active.pk:
        page.locale = active
    return page


class HomePage(HeroImageMixin, Page):
    """The site root, one per language: mission, key figures, programs, events, partners."""

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=200,
        blank=True,
        help_text=_("The mission in one sentence, shown large at the top of the page."),
    )
    hero_text = RichTextField(
        _("hero text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short paragraph under the heading."),
    )
    donate_label = models.CharField(
        _("donate button label"),
        max_length=60,
        blank=True,
        help_text=_('The call to action in the hero, e.g. "Donate". Leave empty for the default.'),
    )
    figures_heading = models.CharField(
        _("key figures heading"),
        max_length=200,
        blank=True,
        help_text=_("Heading above the key figures, computed from the programs."),
    )
    programs_heading = models.CharField(
        _("programs heading"),
        max_length=200,
        blank=True,
        help_text=_("Heading above the featured programs."),
    )
    programs_intro = models.TextField(
        _("programs introduction"),
        blank=True,
        help_text=_("A sentence under the programs heading."),
    )
    diseases_heading = models.CharField(
        _("diseases heading"),
        max_length=200,
        blank=True,
        help_text=_("Heading above the diseases."),
    )
    diseases_intro = models.TextField(
        _("diseases introduction"),
        blank=True,
        help_text=_("A sentence under the diseases heading."),
    )
    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_(
            "A short text shown in the footer of every page in this language "
            "(kept on the home page so that it is translated with it)."
        ),
    )

    content_panels = [
        title_panel(
            _(
                "Shown in the browser's tab, and as the heading at the top of the page while "
                "the hero heading is empty."
            )
        ),
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("donate_label"),
                hero_image_panel(
                    _(
                        "An illustration beside the hero heading, also shown when the site "
                        "is shared on social networks."
                    )
                ),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("figures_heading"),
        MultiFieldPanel(
            [
                FieldPanel("programs_heading"),
                FieldPanel("programs_intro"),
                InlinePanel(
                    "featured_programs",
                    label=_("Featured program"),
                    heading=_("Featured programs"),
                    max_num=6,
                ),
            ],
            heading=_("Programs"),
        ),
        MultiFieldPanel(
            [FieldPanel("diseases_heading"), FieldPanel("diseases_intro")], heading=_("Diseases")
        ),
    ]
    footer_panels = [FieldPanel("footer_text")]
    edit_handler = page_tabs(
        (_("Content"), content_panels),
        (_("Footer"), footer_panels),
    )
    search_fields = [*Page.search_fields, index.SearchField("hero_heading")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "programs.ProgramIndexPage",
        "diseases.DiseaseIndexPage",
        "partners.PartnerIndexPage",
        "charity.EventIndexPage",
        "charity.StandardPage",
        "charity.DonatePage",
        "programs.FundingPage",
        "charity.ContactPage",
        "news.NewsIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @classmethod
    def for_request(cls, request):
        """The live home page of the request's site in the visitor's language, else the
        site's root when it is live, else None. Every page shows it: kept in the
        fragment cache until the next change to the site's content."""
        site = Site.find_for_request(request)
        if site is None:
            return None
        return keep_until_change("home-page", lambda: cls._of_site(site), site.pk, get_language())

    @classmethod
    def _of_site(cls, site):
        translations = cls.objects.live().filter(
            translation_key__in=cls.objects.filter(pk=site.root_page_id).values("translation_key")
        )
        by_locale = {home.locale_id: home for home in translations}
        root = next((home for home in translations if home.pk == site.root_page_id), None)
        return by_locale.get(Locale.get_active().pk, root)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site_settings = SiteSettings.for_request(request)
        context.update(
            # Sums over every program: kept until the next change to the content.
            key_figures=keep_until_change(
                "key-figures",
                lambda: self.key_figures(site_settings),
                site_settings.site_id,
                self.locale_id,
            ),
            featured_program_pages=self.featured_program_pages(),
            diseases=self.disease_pages(),
            upcoming_events=self.upcoming_events(),
            latest_articles=self.latest_articles(),
            testimonials=self.testimonials(),
            partners=self.partner_pages(),
            sections=self.sections(),
        )
        return context

    def key_figures(self, site_settings, today=None):
        """The figures shown under the hero, by name: each one the editors set in
        ``site_settings``, else computed from the live programs in this page's
        language; and the years since the charity was founded."""
        computed = ProgramPage.objects.key_figures(self.locale)
        today = today or datetime.date.today()
        figures = [
            KeyFigure(name, computed[name], today, computed=True)
            if value is None
            else KeyFigure(name, value, as_of, computed=False)
            for name, (value, as_of) in site_settings.key_figure_overrides().items()
        ]
        years = today.year - site_settings.founding_year
        figures.append(KeyFigure("years_active", years, today, computed=True))
        return {figure.name: figure for figure in figures}

    # What the page shows is the same for every visitor until the next change to the
    # content (the events at most PAGE_CACHE_TIMEOUT late, as the page itself); a
    # preview shows the draft's own choices.

    @kept_for_page
    def featured_program_pages(self):
        """The programs chosen by the editors, in their order and language; else the latest."""
        programs = (
            ProgramPage.objects.live().public().filter(locale_id=self.locale_id).for_listing()
        )
        keys = list(
            self.featured_programs.order_by("sort_order").values_list(
                "program__translation_key", flat=True
            )
        )
        if not keys:
            return list(programs.newest_first()[:FEATURED_PROGRAMS_FALLBACK])
        by_key = {
            program.translation_key: program
            for program in programs.filter(translation_key__in=keys)
        }
        return [by_key[key] for key in keys if key in by_key]

    @kept_for_page
    def disease_pages(self):
        """The diseases in this page's language, by name."""
        return list(
            DiseasePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .defer_streamfields()
            .order_by("title")
        )

    @kept_for_page
    def upcoming_events(self):
        """The next events in this page's language, soonest first."""
        return list(
            EventPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, end__gte=timezone.now())
            .defer_streamfields()
            .order_by("start")[:UPCOMING_EVENTS]
        )

    @kept_for_page
    def latest_articles(self):
        """The latest articles in this page's language, with their cards' images."""
        articles = list(articles_in(self.locale_id).select_related("hero_image")[:LATEST_ARTICLES])
        ArticlePage.prepare_cards(articles)
        return articles

    @kept_for_page
    def testimonials(self):
        """The testimonials in this page's language chosen for the home page."""
        return list(
            Testimonial.objects.filter(locale_id=self.locale_id, show_on_home_page=True)
            .select_related("person__photo")
            .prefetch_related("person__photo__renditions")
            .order_by("pk")
        )

    @kept_for_page
    def partner_pages(self):
        """The founding members and scientific partners, shown on the home page and
        named as the charity's members in its structured data."""
        return list(
            PartnerPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, kind__in=HOME_PARTNER_KINDS)
            .select_related("logo")
            .prefetch_related("logo__renditions")
            .defer_streamfields()
            .order_by("kind", "title")
        )

    def sections(self):
        """The home page's live children by their specific type, to link to each index."""
        return {child._meta.model_name: child for child in home_children(self)}

    def route(self, request, path_components):
        """Find the page a path leads to in one query, by its URL path.

        Wagtail walks down one level at a time, two queries a level. The page
        found routes what is left of the path itself, as a routable page (an
        event's calendar file) needs; slugs never hold the dot its routes have.
        The way is kept in the fragment cache: a page served again costs no query
        to find, whatever its address's query string.
        """
        if not path_components:
            # The live home page, from the fragment cache (charity.visitors.views.serve_page).
            mark_served_live(_with_active_locale(self))
            return super().route(request, path_components)
        trail = keep_until_change(
            "route", lambda: self._trail(path_components), self.pk, tuple(path_components)
        )
        found = _with_active_locale(trail[-1])
        mark_served_live(found)
        # The templates look the visitor's home page up: this is it.
        request.home_page = self
        if [page.depth for page in trail] == list(range(self.depth + 1, found.depth + 1)):
            remember_ancestors(found, [self, *trail[:-1]])
        return found.route(request, path_components[found.depth - self.depth :])

    def _trail(self, path_components):
        """The pages from below this one down to the one the path leads to, that
        one last, read with what its type shows on every view."""
        prefixes = [
            self.url_path + "".join(f"{component}/" for component in path_components[:length])
            for length in range(1, len(path_components) + 1)
        ]
        trail = list(Page.objects.filter(url_path__in=prefixes).order_by("depth"))
        if not trail:
            raise Http404
        page_class = trail[-1].specific_class
        # Links a page type shows on every view, read with it (e.g. a program's predecessor).
        pages = page_class.objects.select_related(*getattr(page_class, "related_when_served", ()))
        if issubclass(page_class, HeroImageMixin):
            # Shown on the page and named for sharing, in two sizes: one query for all.
            pages = pages.select_related("hero_image").prefetch_related("hero_image__renditions")
        return [*trail[:-1], pages.get(pk=trail[-1].pk)]


class HomePageFeaturedProgram(Orderable):
    home_page = ParentalKey(HomePage, related_name="featured_programs", on_delete=models.CASCADE)
    program = models.ForeignKey(
        "programs.ProgramPage",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A program to show on the home page."),
    )

    panels = [FieldPanel("program")]
