from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey

from charity.caching.lifetimes import keep_until_change, mark_served_live
from charity.foundations.blocks import BodyBlock
from charity.foundations.hero_image import HeroImageMixin
from charity.foundations.navigation import remember_ancestors
from charity.foundations.panels import (
    TITLE_IS_HEADING,
    hero_image_panel,
    page_tabs,
    title_panel,
)


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
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from charity.models.home import home_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_context(self, request))
        return context

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


class StandardPage(HeroImageMixin, Page):
    """A page of text such as About, Our strategy or Accessibility, anywhere under the home page."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences shown under the title.")
    )
    body = StreamField(
        BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("The page's content.")
    )

    content_panels = [
        title_panel(TITLE_IS_HEADING),
        FieldPanel("intro"),
        hero_image_panel(
            _(
                "A wide illustration, shown across the page under the introduction and when "
                "the page is shared."
            )
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["charity.HomePage", "charity.StandardPage"]
    subpage_types = ["charity.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
