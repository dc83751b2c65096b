"""A research program's page."""

from decimal import Decimal

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import (
    Prefetch,
    QuerySet,
    prefetch_related_objects,
)
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from modelcluster.fields import ParentalManyToManyField

from charity.caching.lifetimes import kept_for_page
from charity.foundations.blocks import BodyBlock
from charity.foundations.cards import ListedAsCard
from charity.foundations.formatting import figure
from charity.foundations.hero_image import HeroImageMixin
from charity.foundations.localization import linked_in_language, localize_all
from charity.foundations.panels import (
    hero_image_panel,
    page_tabs,
    title_panel,
)
from diseases.models import DiseasePage
from partners.models import PartnerPage
from programs.models.program_queryset import KEY_DATA, ProgramPageManager
from programs.models.program_rows import (
    YEAR_VALIDATORS,
    ProgramDisease,
)


class ProgramKind(models.TextChoices):
    GENOMIC_SEQUENCING = "sequencing", _("Genomic sequencing")
    PRECISION_MEDICINE_PLATFORM = "precision-platform", _("Precision-medicine trial platform")
    CLINICAL_TRIAL = "clinical-trial", _("Clinical trial")
    TRANSLATIONAL_RESEARCH = "translational", _("Translational research")
    IMMUNOTHERAPY = "immunotherapy", _("Immunotherapy / CAR T-cells")
    DATA_REGISTRY = "data", _("Data and registry")
    CALL_FOR_PROJECTS = "call-for-projects", _("Call for projects")


class ProgramStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class ProgramPage(ListedAsCard, HeroImageMixin, Page):
    """A research program the charity co-funds, under the program index."""

    acronym = models.CharField(
        _("acronym"),
        max_length=40,
        help_text=_(
            "The heading of the page and of its card: the short name everyone uses, "
            'e.g. "MICCHADO".'
        ),
    )
    full_title = models.CharField(
        _("full title"),
        max_length=300,
        blank=True,
        help_text=_(
            "The program's full name, if it has one: shown under the acronym, on the page "
            "and on its card."
        ),
    )
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_(
            "One sentence on what the program does, shown under the heading, on its card "
            "and in search results."
        ),
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=ProgramKind.choices,
        help_text=_(
            "The kind of research, shown above the heading and on its card; visitors filter "
            "the programs by it."
        ),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ProgramStatus.choices,
        default=ProgramStatus.ONGOING,
        help_text=_("Where the program stands today."),
    )
    start_year = models.PositiveSmallIntegerField(
        _("start year"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("The year the program started; leave empty when it is not known."),
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("The year it ended; empty while it goes on."),
    )
    supported_since = models.PositiveSmallIntegerField(
        _("supported since"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("The year the charity began funding it, when different from the start year."),
    )
    patients_included = models.PositiveIntegerField(
        _("patients included"),
        null=True,
        blank=True,
        help_text=_("Children or patients included so far."),
    )
    therapies_tested = models.PositiveIntegerField(
        _("therapies tested"),
        null=True,
        blank=True,
        help_text=_("New therapies or drugs tested or recorded."),
    )
    centres_count = models.PositiveIntegerField(
        _("centres"),
        null=True,
        blank=True,
        help_text=_("Number of hospitals or centres taking part."),
    )
    headline_result = models.CharField(
        _("headline result"),
        max_length=200,
        blank=True,
        # xgettext:no-python-format
        help_text=_('The result in a few words, e.g. "94% response rate".'),
    )
    follows = models.ForeignKey(
        "self",
        verbose_name=_("follows on from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="follow_ons",
        help_text=_("The earlier program this one continues, e.g. BIOMEDE for BIOMEDE 2."),
    )
    recommended_by = ParentalManyToManyField(
        "partners.PartnerPage",
        verbose_name=_("recommended by"),
        blank=True,
        related_name="recommended_programs",
        help_text=_(
            "The expert committees that recommended funding it (ITCC, SFCE, Fight Kids Cancer)."
        ),
    )
    body = StreamField(
        BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("The program's story.")
    )

    objects = ProgramPageManager()

    content_panels = [
        title_panel(
            _(
                "The program's name in the breadcrumb, the browser's tab and search results: "
                "the heading of the page and of its card is the acronym."
            )
        ),
        FieldPanel("acronym"),
        FieldPanel("full_title"),
        FieldPanel("summary"),
        # A choice, not text still being written: required on "Save draft" too.
        FieldRowPanel([FieldPanel("kind", required_on_save=True), FieldPanel("status")]),
        hero_image_panel(
            _(
                "A wide illustration, shown beside the program's story, on its card and "
                "when the page is shared."
            )
        ),
        FieldPanel("body"),
    ]
    facts_panels = [
        FieldRowPanel(
            [FieldPanel("start_year"), FieldPanel("end_year"), FieldPanel("supported_since")]
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("patients_included"),
                        FieldPanel("therapies_tested"),
                        FieldPanel("centres_count"),
                    ]
                ),
                FieldPanel("headline_result"),
            ],
            heading=_("Figures and results"),
        ),
        InlinePanel("program_diseases", label=_("Disease studied"), heading=_("Diseases studied")),
        FieldPanel("follows"),
    ]
    people_panels = [
        InlinePanel("investigators", label=_("Lead investigator"), heading=_("Lead investigators")),
        InlinePanel("institutions", label=_("Institution"), heading=_("Institutions")),
        FieldPanel("recommended_by"),
    ]
    funding_panels = [InlinePanel("grants", label=_("Grant"), heading=_("Funding ledger"))]
    edit_handler = page_tabs(
        (_("Content"), content_panels),
        (_("Facts"), facts_panels),
        (_("People and institutions"), people_panels),
        (_("Funding"), funding_panels),
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("acronym"),
        index.AutocompleteField("acronym"),
        index.SearchField("full_title"),
        index.SearchField("summary"),
        index.SearchField("headline_result"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]

    # Grants are synchronised from the source like any link, but their notes are text.
    override_translatable_fields = [TranslatableField("grants")]

    parent_page_types = ["programs.ProgramIndexPage"]
    # The program it follows on from is shown on every view: read with the page.
    related_when_served = ("follows",)
    card_name = "program"
    subpage_types = []

    class Meta:
        verbose_name = _("program")
        verbose_name_plural = _("programs")

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError(
                {"end_year": _("The end year cannot come before the start year.")}
            )

    @property
    def period(self):
        """The program's years as visitors read them: "2016–2020", "since 2014", or nothing.

        A completed program whose end year is not known only says when it started."""
        start, end = self.start_year, self.end_year
        if start and end:
            return str(start) if start == end else f"{start}–{end}"
        if end:
            return gettext("until %(year)s") % {"year": end}
        if start and self.status == ProgramStatus.COMPLETED:
            return gettext("started in %(year)s") % {"year": start}
        if start:
            return gettext("since %(year)s") % {"year": start}
        return ""

    def facts(self):
        """The program's key facts as (label, value) pairs, for the page's definition list."""
        facts = [
            (pgettext("public site", "Kind of research"), self.get_kind_display()),
            (pgettext("public site", "Status"), self.get_status_display()),
        ]
        if self.period:
            facts.append((gettext("Years"), self.period))
        if self.supported_since and self.supported_since != self.start_year:
            facts.append((gettext("Funded by the charity since"), str(self.supported_since)))
        for label, value in (
            (gettext("Patients included"), self.patients_included),
            (gettext("Therapies tested"), self.therapies_tested),
            (gettext("Hospitals and centres"), self.centres_count),
        ):
            if value is not None:
                facts.append((label, figure(value)))
        return facts

    @classmethod
    def prepare_cards(cls, pages):
        # Cards name each disease: the diseases' own long fields are left unread.
        links = ProgramDisease.objects.select_related("disease").defer(
            "disease__key_facts", "disease__body", "disease__sources"
        )
        prefetch_related_objects(
            pages, "hero_image__renditions", Prefetch("program_diseases", queryset=links)
        )
        cls.name_diseases(pages)

    @staticmethod
    def name_diseases(programs):
        """Give each program ``listed_diseases``, in the active language: the diseases
        of every program are swapped for their translation together."""
        links = [link.disease for program in programs for link in program.program_diseases.all()]
        by_key = {disease.translation_key: disease for disease in localize_all(links)}
        for program in programs:
            program.listed_diseases = [
                by_key.get(link.disease.translation_key, link.disease)
                for link in program.program_diseases.all()
            ]

    @property
    def preview_modes(self):
        return [("", _("Page")), ("card", _("Card in listings"))]

    def get_preview_template(self, request, mode_name):
        if mode_name == "card":
            return "programs/program_card_preview.html"
        return super().get_preview_template(request, mode_name)

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        if mode_name == "card":
            # The card as the program index, disease and partner pages list it, among others.
            self.name_diseases([self])
            context["programs"] = [self]
        return context

    @property
    def missing_key_data(self):
        """What staff still have to fill in, from the with_key_data_flags() annotations."""
        return [label for flag, label in KEY_DATA if not getattr(self, flag)]

    @property
    def funding_total_eur(self):
        # Listings add up the grants in their query (ProgramPageQuerySet.for_listing).
        if hasattr(self, "listed_funding_eur"):
            return self.listed_funding_eur or Decimal(0)
        return sum((grant.amount_eur for grant in self.grants.all()), Decimal(0))

    # The pages a program links to are named and linked, never shown: their own long
    # fields are left unread.

    @kept_for_page
    def diseases(self):
        return linked_in_language(
            self.program_diseases.all(), "disease", DiseasePage.objects.defer_streamfields()
        )

    @kept_for_page
    def _people(self):
        """The lead investigators and the testimonials, with the renditions of all
        their photos read in one query."""
        # People and testimonials are the charity's own snippets, named rather than
        # imported: the charity's models build on this app, not the other way round.
        investigators = linked_in_language(
            self.investigators.all(),
            "person",
            apps.get_model("charity", "Person").objects.select_related("photo"),
        )
        testimonials = list(
            apps.get_model("charity", "Testimonial")
            .objects.filter(locale_id=self.locale_id, program__translation_key=self.translation_key)
            .select_related("person__photo")
        )
        people = [*investigators, *(testimonial.person for testimonial in testimonials)]
        prefetch_related_objects(people, "photo__renditions")
        return investigators, testimonials

    def lead_investigators(self):
        return self._people()[0]

    def testimonials(self):
        return self._people()[1]

    @kept_for_page
    def partner_institutions(self):
        return linked_in_language(
            self.institutions.all(), "partner", PartnerPage.objects.defer_streamfields()
        )

    @kept_for_page
    def funding_ledger(self):
        """The grants in year order, each with its co-funders in the active language."""
        grants = sorted(
            self.grants.prefetch_related("co_funders"), key=lambda grant: (grant.year, grant.pk)
        )
        co_funders = localize_all(p for grant in grants for p in grant.co_funders.all())
        by_key = {partner.translation_key: partner for partner in co_funders}
        rows = [
            {
                "grant": grant,
                "co_funders": list(
                    {
                        partner.translation_key: by_key.get(partner.translation_key, partner)
                        for partner in grant.co_funders.all()
                    }.values()
                ),
            }
            for grant in grants
        ]
        return {"rows": rows, "total": sum((grant.amount_eur for grant in grants), Decimal(0))}

    @kept_for_page
    def recommenders(self):
        partners = self.recommended_by.all()
        if not isinstance(partners, QuerySet):
            return localize_all(partners)
        links = ProgramPage.recommended_by.through.objects.filter(programpage=self)
        return linked_in_language(
            links,
            "partnerpage",
            partners.model.objects.defer_streamfields().order_by("title"),
            order=None,
        )

    def predecessor(self):
        return localize_all([self.follows])

    @kept_for_page
    def follow_on_programs(self):
        return list(
            ProgramPage.objects.live()
            .filter(locale_id=self.locale_id, follows__translation_key=self.translation_key)
            .defer_streamfields()
        )
