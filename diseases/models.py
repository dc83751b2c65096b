import datetime

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from charity.caching.lifetimes import kept_for_page
from charity.foundations.blocks import BodyBlock, SourceBlock
from charity.foundations.cards import ListedAsCard
from charity.foundations.hero_image import HeroImageMixin
from charity.foundations.panels import (
    HERO_IMAGE_BESIDE_TEXT,
    HERO_IMAGE_ONLY_SHARED,
    TITLE_IS_CARD_HEADING,
    TITLE_IS_HEADING,
    hero_image_panel,
    page_tabs,
    title_panel,
)


class DiseaseCategory(models.TextChoices):
    BLOOD_CANCER = "blood", _("Blood cancer")
    BRAIN_TUMOUR = "brain", _("Brain and central nervous system tumour")
    SOLID_TUMOUR = "solid", _("Solid tumour")
    SARCOMA = "sarcoma", _("Sarcoma")
    LYMPHOMA = "lymphoma", _("Lymphoma")


class DiseaseIndexPage(HeroImageMixin, Page):
    """Lists the childhood cancers the charity fights, under the home page."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the diseases.")
    )

    content_panels = [
        title_panel(TITLE_IS_HEADING),
        FieldPanel("intro"),
        hero_image_panel(HERO_IMAGE_ONLY_SHARED),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["charity.HomePage"]
    subpage_types = ["diseases.DiseasePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("disease index page")
        verbose_name_plural = _("disease index pages")

    @kept_for_page
    def diseases(self):
        return list(
            DiseasePage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .select_related("hero_image")
            .order_by("title")
        )


class DiseasePage(ListedAsCard, HeroImageMixin, Page):
    """Explains one childhood cancer to families, under the disease index."""

    card_name = "disease"

    other_names = models.CharField(
        _("other names"),
        max_length=255,
        blank=True,
        help_text=_(
            'Other names and abbreviations, separated by commas, e.g. "Wilms\' tumour": '
            "shown under the heading and on its card."
        ),
    )
    category = models.CharField(
        _("category"),
        max_length=20,
        choices=DiseaseCategory.choices,
        help_text=_("The family of cancers."),
    )
    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences, shown on cards and at the top.")
    )
    share_of_childhood_cancers = models.CharField(
        _("share of childhood cancers"),
        max_length=120,
        blank=True,
        help_text=_('As the sources state it, e.g. "5% to 14%".'),
    )
    incidence = models.CharField(
        _("incidence"), max_length=200, blank=True, help_text=_('e.g. "1 case per 10,000 births".')
    )
    typical_age = models.CharField(
        _("typical age"),
        max_length=120,
        blank=True,
        help_text=_("The ages at which it is usually diagnosed."),
    )
    location = models.CharField(
        _("where it grows"),
        max_length=200,
        blank=True,
        help_text=_('The organ or tissue, e.g. "kidney".'),
    )
    key_facts = StreamField(
        [
            (
                "fact",
                blocks.StructBlock(
                    [
                        (
                            "value",
                            blocks.CharBlock(
                                max_length=60,
                                label=_("Value"),
                                help_text=_('The figure, e.g. "80%".'),
                            ),
                        ),
                        (
                            "label",
                            blocks.CharBlock(
                                max_length=200,
                                label=_("Label"),
                                help_text=_('What it measures, e.g. "of children are cured".'),
                            ),
                        ),
                    ],
                    icon="pick",
                ),
            )
        ],
        verbose_name=_("other key facts"),
        blank=True,
        help_text=_("More figures that families ask about."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_(
            "What it is, symptoms, diagnosis, treatment and research, each under its own heading."
        ),
    )
    sources = StreamField(
        [("source", SourceBlock())],
        verbose_name=_("sources"),
        blank=True,
        help_text=_("Where the facts come from."),
    )
    reviewed_by = models.ForeignKey(
        "charity.Person",
        verbose_name=_("medically reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The clinician who checked this page."),
    )
    reviewed_on = models.DateField(
        _("reviewed on"), null=True, blank=True, help_text=_("Date of the last medical review.")
    )
    next_review_due = models.DateField(
        _("next review due"),
        null=True,
        blank=True,
        help_text=_("When the page must be checked again."),
    )

    content_panels = [
        title_panel(TITLE_IS_CARD_HEADING),
        FieldPanel("other_names"),
        # A choice, not text still being written: required on "Save draft" too.
        FieldPanel("category", required_on_save=True),
        FieldPanel("summary"),
        hero_image_panel(HERO_IMAGE_BESIDE_TEXT),
        FieldPanel("body"),
    ]
    facts_panels = [
        FieldPanel("share_of_childhood_cancers"),
        FieldPanel("incidence"),
        FieldPanel("typical_age"),
        FieldPanel("location"),
        FieldPanel("key_facts"),
    ]
    review_panels = [
        FieldPanel("sources"),
        MultiFieldPanel(
            [FieldPanel("reviewed_by"), FieldPanel("reviewed_on"), FieldPanel("next_review_due")],
            heading=_("Medical review"),
        ),
    ]
    edit_handler = page_tabs(
        (_("Content"), content_panels),
        (_("Key facts"), facts_panels),
        (_("Sources and review"), review_panels),
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("other_names"),
        index.AutocompleteField("other_names"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("category"),
    ]

    parent_page_types = ["diseases.DiseaseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("disease")
        verbose_name_plural = _("diseases")

    def clean(self):
        super().clean()
        if self.reviewed_on and self.next_review_due and self.next_review_due < self.reviewed_on:
            raise ValidationError(
                {"next_review_due": _("The next review cannot come before the last one.")}
            )

    def facts(self):
        """The disease's key facts as (label, value) pairs, for the page's definition list:
        the figures filled in, then the other key facts."""
        facts = [
            (label, value)
            for label, value in (
                (gettext("Share of childhood cancers"), self.share_of_childhood_cancers),
                (gettext("How often it occurs"), self.incidence),
                (gettext("Usual age at diagnosis"), self.typical_age),
                (gettext("Where it grows"), self.location),
            )
            if value
        ]
        facts.extend((fact.value["label"], fact.value["value"]) for fact in self.key_facts)
        return facts

    @property
    def other_names_list(self):
        return [name.strip() for name in self.other_names.split(",") if name.strip()]

    @property
    def review_overdue(self):
        return bool(self.next_review_due and self.next_review_due < datetime.date.today())

    @kept_for_page
    def related_programs(self):
        """The live programs, in this page's language, that study this disease."""
        # Programs build on diseases, so they are named here rather than imported.
        programs = apps.get_model("programs", "ProgramPage").objects
        return list(programs.linked_to(self, "program_diseases__disease"))
