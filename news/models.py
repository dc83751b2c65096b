"""News and stories: an index per language and its articles, each linked to the programs,
diseases, partners and events it is about, which list their latest articles."""

import datetime

from django.apps import apps
from django.db import models
from django.db.models import Q, QuerySet, prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from charity.caching.lifetimes import kept_for_page
from charity.foundations.blocks import BodyBlock
from charity.foundations.hero_image import HeroImageMixin
from charity.foundations.localization import linked_in_language, localize_all
from charity.foundations.navigation import ancestors
from charity.foundations.pagination import paginate
from charity.foundations.panels import (
    HERO_IMAGE_BESIDE_TEXT,
    HERO_IMAGE_ONLY_SHARED,
    TITLE_IS_CARD_HEADING,
    TITLE_IS_HEADING,
    hero_image_panel,
    page_tabs,
    title_panel,
)
from news.feeds import ArticlesAtomFeed, ArticlesRssFeed
from news.forms import ArticleFilterForm
from news.kinds import ArticleKind

# How many articles a program, disease, partner or event page and the home page list.
LATEST_ARTICLES = 3


def articles_in(locale_id):
    """Live, public articles in a language, newest first, read for listing (no body)."""
    return (
        ArticlePage.objects.live()
        .public()
        .filter(locale_id=locale_id)
        .defer_streamfields()
        .order_by("-date", "-pk")
    )


# The many-to-many field through which an article names a page of each type.
ABOUT_FIELDS = {
    "programs.programpage": "related_programs",
    "diseases.diseasepage": "related_diseases",
    "partners.partnerpage": "related_partners",
    "charity.eventpage": "related_events",
}


def latest_articles_about(page, limit=LATEST_ARTICLES):
    """The latest live articles in ``page``'s language that name it, in any of its
    languages: the links are made on the French article and copied to its translation."""
    field = ABOUT_FIELDS.get(page._meta.label_lower)
    if field is None:
        return []
    about = Q(**{f"{field}__translation_key": page.translation_key})
    return list(
        articles_in(page.locale_id).filter(pk__in=ArticlePage.objects.filter(about).values("pk"))[
            :limit
        ]
    )


ABOUT_HEADINGS = [
    (_("Programs"), "related_programs"),
    (_("Diseases"), "related_diseases"),
    (_("Partners"), "related_partners"),
    (_("Events"), "related_events"),
]


class NewsIndexPage(RoutablePageMixin, HeroImageMixin, Page):
    """Lists the articles under the home page, filterable by kind and year, with its feeds."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the list of articles.")
    )

    content_panels = [
        title_panel(TITLE_IS_HEADING),
        FieldPanel("intro"),
        hero_image_panel(HERO_IMAGE_ONLY_SHARED),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["charity.HomePage"]
    subpage_types = ["news.ArticlePage"]
    max_count_per_parent = 1
    per_page = 12
    feed_length = 20

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def articles(self):
        return (
            ArticlePage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .select_related("hero_image")
            .order_by("-date", "-pk")
        )

    def years(self):
        return sorted(
            {date.year for date in self.articles().values_list("date", flat=True)}, reverse=True
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ArticleFilterForm(request.GET, years=self.years())
        page_obj = paginate(request, form.filter(self.articles()), self.per_page)
        ArticlePage.prepare_cards(page_obj.object_list)
        context["filter_form"] = form
        context["page_obj"] = page_obj
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        context = getattr(response, "context_data", None) or {}
        if "filter_form" in context and not context["filter_form"].is_valid():
            response.status_code = 400
        return response

    def feed_articles(self):
        """The latest articles with their bodies, for the feeds' full text."""
        return list(
            ArticlePage.objects.child_of(self)
            .live()
            .public()
            .select_related("hero_image", "locale")
            .order_by("-date", "-pk")[: self.feed_length]
        )

    # Served at the index's address + "rss.xml" and "atom.xml" (see charity/urls.py).
    @path("rss.xml/", name="rss")
    def rss_feed(self, request):
        return ArticlesRssFeed()(request, index=self)

    @path("atom.xml/", name="atom")
    def atom_feed(self, request):
        return ArticlesAtomFeed()(request, index=self)

    def feed_url(self, name):
        return self.url + self.reverse_subpage(name).rstrip("/")


class ArticlePage(HeroImageMixin, Page):
    """A news article, event recap, press release or yearly report, under the news index."""

    date = models.DateField(
        _("date"),
        default=datetime.date.today,
        help_text=_(
            "The date shown on the article and in the feeds; the articles are listed by it."
        ),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=ArticleKind.choices,
        help_text=_("What sort of article it is: visitors filter the articles by it."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences, shown under the heading, on its card and in the feeds."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), help_text=_("The article."))
    related_programs = ParentalManyToManyField(
        "programs.ProgramPage",
        verbose_name=_("programs"),
        blank=True,
        related_name="news_articles",
        help_text=_("The research programs it is about: each lists its latest articles."),
    )
    related_diseases = ParentalManyToManyField(
        "diseases.DiseasePage",
        verbose_name=_("diseases"),
        blank=True,
        related_name="news_articles",
        help_text=_("The diseases it is about: each lists its latest articles."),
    )
    related_partners = ParentalManyToManyField(
        "partners.PartnerPage",
        verbose_name=_("partners"),
        blank=True,
        related_name="news_articles",
        help_text=_("The partners it is about: each lists its latest articles."),
    )
    related_events = ParentalManyToManyField(
        "charity.EventPage",
        verbose_name=_("events"),
        blank=True,
        related_name="news_articles",
        help_text=_("The events it is about, e.g. the one an event recap tells of."),
    )

    content_panels = [
        title_panel(TITLE_IS_CARD_HEADING),
        # Choices and dates, not text still being written: required on "Save draft" too.
        FieldRowPanel([FieldPanel("kind", required_on_save=True), FieldPanel("date")]),
        FieldPanel("summary"),
        hero_image_panel(HERO_IMAGE_BESIDE_TEXT),
        FieldPanel("body"),
    ]
    about_panels = [
        InlinePanel("authors", label=_("Author"), heading=_("Authors")),
        FieldPanel("related_programs"),
        FieldPanel("related_diseases"),
        FieldPanel("related_partners"),
        FieldPanel("related_events"),
    ]
    edit_handler = page_tabs(
        (_("Content"), content_panels),
        (_("Authors and links"), about_panels),
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def news_index(self):
        """The index above it, found while routing to it: its feeds are linked from the page."""
        found = ancestors(self)
        return found[-1] if found else None

    @classmethod
    def prepare_cards(cls, articles):
        """Read the renditions of the cards' images in one query."""
        prefetch_related_objects(
            [article for article in articles if article.hero_image_id], "hero_image__renditions"
        )

    @kept_for_page
    def author_people(self):
        """The authors in the active language, with their photos' renditions."""
        # People are the charity's own snippets, named rather than imported.
        people = (
            apps.get_model("charity", "Person")
            .objects.select_related("photo")
            .prefetch_related("photo__renditions")
        )
        return linked_in_language(self.authors.all(), "person", people)

    def _linked(self, name):
        """The pages of one of the article's many-to-many links, in the active language,
        by title, in one query (a preview's unsaved links are in memory)."""
        linked = getattr(self, name).all()
        if not isinstance(linked, QuerySet):
            return sorted(localize_all(linked), key=lambda page: page.title)
        field = self._meta.get_field(name)
        links = field.remote_field.through.objects.filter(articlepage=self)
        target = field.related_model
        return linked_in_language(
            links,
            target._meta.model_name,
            target.objects.defer_streamfields().order_by("title"),
            order=None,
        )

    @kept_for_page
    def linked_pages(self):
        """{field name: pages} for each kind of page it is about."""
        return {name: self._linked(name) for name in ABOUT_FIELDS.values()}

    def about(self):
        """What it is about, as (heading, pages) for each kind of page it names."""
        linked = self.linked_pages()
        return [(heading, linked[name]) for heading, name in ABOUT_HEADINGS if linked[name]]


class ArticleAuthor(Orderable):
    article = ParentalKey(ArticlePage, related_name="authors", on_delete=models.CASCADE)
    person = models.ForeignKey(
        "charity.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Who wrote it, or a person it is signed by."),
    )

    panels = [FieldPanel("person")]
