from django.apps import apps
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from charity.caching.lifetimes import kept_for_page
from charity.foundations.blocks import RICH_TEXT_FEATURES, FigureBlock
from charity.foundations.cards import ListedAsCard
from charity.foundations.panels import (
    TITLE_IS_CARD_HEADING,
    TITLE_IS_HEADING,
    page_tabs,
    title_panel,
)


class PartnerKind(models.TextChoices):
    FOUNDING_MEMBER = "founding-member", _("Founding member")
    SCIENTIFIC_PARTNER = "scientific-partner", _("Scientific partner")
    CO_FUNDER = "co-funder", _("Co-funder")
    CONSORTIUM = "consortium", _("Consortium")
    EXPERT_COMMITTEE = "expert-committee", _("Expert committee")


class PartnerIndexPage(Page):
    """Lists the charity's partners under the home page, grouped by kind."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the partners.")
    )

    content_panels = [title_panel(TITLE_IS_HEADING), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["charity.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner index page")
        verbose_name_plural = _("partner index pages")

    def partners(self):
        return (
            PartnerPage.objects.child_of(self)
            .live()
            .public()
            .select_related("logo")
            .defer_streamfields()
            .order_by("title")
        )

    @kept_for_page
    def partners_by_kind(self):
        partners = list(self.partners())
        return [
            (label, [partner for partner in partners if partner.kind == value])
            for value, label in PartnerKind.choices
            if any(partner.kind == value for partner in partners)
        ]


class PartnerPage(ListedAsCard, Page):
    """An institution, consortium or committee the charity works with, under the partner index."""

    card_name = "partner"

    @classmethod
    def prepare_cards(cls, pages):
        prefetch_related_objects(pages, "logo__renditions")

    short_name = models.CharField(
        _("short name"),
        max_length=40,
        blank=True,
        help_text=_(
            'The acronym, e.g. "AP-HP" or "INSERM": shown after the name in the heading and '
            "for the partner in funding tables."
        ),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=PartnerKind.choices,
        help_text=_("How the partner works with the charity."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The partner's logo, shown on its page, on its card and in the home page's "
            "partners strip."
        ),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("The partner's own website."))
    country = models.CharField(
        _("country"), max_length=80, blank=True, help_text=_('Where it is based, e.g. "France".')
    )
    partner_since = models.PositiveSmallIntegerField(
        _("partner since"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("The year the partnership began."),
    )
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One sentence, shown under the heading and on its card."),
    )
    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Who they are and what they do."),
    )
    key_figures = StreamField(
        [("figure", FigureBlock())],
        verbose_name=_("key figures"),
        blank=True,
        help_text=_("Figures about the partner, e.g. its number of research units."),
    )

    content_panels = [
        title_panel(TITLE_IS_CARD_HEADING),
        FieldPanel("short_name"),
        # A choice, not text still being written: required on "Save draft" too.
        FieldPanel("kind", required_on_save=True),
        FieldPanel("summary"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    facts_panels = [
        FieldPanel("website"),
        FieldPanel("country"),
        FieldPanel("partner_since"),
        FieldPanel("key_figures"),
    ]
    edit_handler = page_tabs(
        (_("Content"), content_panels),
        (_("Facts"), facts_panels),
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("short_name"),
        index.AutocompleteField("short_name"),
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    @kept_for_page
    def related_programs(self):
        """Live programs in this page's language that the partner runs, co-funds or recommended."""
        # Programs build on partners, so they are named here rather than imported.
        programs = apps.get_model("programs", "ProgramPage").objects
        lookups = ("institutions__partner", "grants__co_funders", "recommended_by")
        return list(programs.linked_to(self, *lookups))
