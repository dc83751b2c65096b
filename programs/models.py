from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import (
    Count,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    prefetch_related_objects,
)
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from charity.caching.lifetimes import kept_for_page
from charity.foundations.blocks import BodyBlock
from charity.foundations.cards import ListedAsCard
from charity.foundations.hero_image import HeroImageMixin
from charity.foundations.localization import linked_in_language, localize_all
from charity.foundations.pagination import paginate
from charity.foundations.panels import (
    HERO_IMAGE_ONLY_SHARED,
    TITLE_IS_HEADING,
    hero_image_panel,
    page_tabs,
    title_panel,
)

YEAR_VALIDATORS = [MinValueValidator(1990), MaxValueValidator(2100)]


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


class ProgramIndexPage(HeroImageMixin, Page):
    """Lists the research programs under the home page, filterable by disease, kind and status."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the programs.")
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The strategy, shown above the list."),
    )

    content_panels = [
        title_panel(TITLE_IS_HEADING),
        FieldPanel("intro"),
        hero_image_panel(HERO_IMAGE_ONLY_SHARED),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["charity.HomePage"]
    subpage_types = ["programs.ProgramPage"]
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = _("program index page")
        verbose_name_plural = _("program index pages")

    def programs(self):
        return ProgramPage.objects.child_of(self).live().public().for_listing()

    def get_context(self, request, *args, **kwargs):
        from programs.forms import ProgramFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = ProgramFilterForm(request.GET, locale=self.locale)
        programs = form.filter(self.programs().newest_first())
        context["filter_form"] = form
        context["page_obj"] = paginate(request, programs, self.per_page)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not response.context_data["filter_form"].is_valid():
            response.status_code = 400
        return response


class ProgramPageQuerySet(PageQuerySet):
    def for_listing(self):
        """What a program card needs, in a fixed number of queries."""
        funding = (
            FundingGrant.objects.filter(program=OuterRef("pk"))
            .values("program")
            .annotate(total=Sum("amount_eur"))
            .values("total")
        )
        # The cards' images and diseases are read only for the cards not kept
        # in the cache (ProgramPage.prepare_cards).
        return (
            self.defer_streamfields()
            .select_related("hero_image")
            .annotate(listed_funding_eur=Subquery(funding))
        )

    def newest_first(self):
        """Most recent programs first; those whose start is not known after the dated ones."""
        return self.order_by(F("start_year").desc(nulls_last=True), "acronym")

    def linked_to(self, page, *lookups):
        """The live, public programs in ``page``'s language linked to it, in any of its
        languages, through any of ``lookups`` (paths from a program to ``page``'s model),
        ready for their cards, newest first."""
        linked = Q()
        for lookup in lookups:
            linked |= Q(**{f"{lookup}__translation_key": page.translation_key})
        return (
            self.live()
            .public()
            .filter(linked, locale_id=page.locale_id)
            .distinct()
            .for_listing()
            .newest_first()
        )

    def key_figures(self, locale=None):
        programs = self.model.objects.live().filter(locale=locale or Locale.get_active())
        totals = programs.aggregate(
            count=Count("pk"), children=Sum("patients_included"), therapies=Sum("therapies_tested")
        )
        funding = FundingGrant.objects.filter(program__in=programs).aggregate(
            total=Sum("amount_eur")
        )
        return {
            "funding_total_eur": funding["total"] or Decimal(0),
            "programs_count": totals["count"],
            "children_count": totals["children"] or 0,
            "therapies_count": totals["therapies"] or 0,
        }

    def with_key_data_flags(self):
        """Annotate whether each program has a disease, a lead investigator and a funding figure."""
        return self.annotate(
            has_disease=Exists(ProgramDisease.objects.filter(program=OuterRef("pk"))),
            has_lead_investigator=Exists(
                ProgramInvestigator.objects.filter(program=OuterRef("pk"))
            ),
            has_funding=Exists(
                FundingGrant.objects.filter(program=OuterRef("pk"), amount_eur__gt=0)
            ),
        )

    def missing_key_data(self):
        """Programs that visitors would see without a disease, a lead investigator or funding."""
        return self.with_key_data_flags().filter(
            Q(has_disease=False) | Q(has_lead_investigator=False) | Q(has_funding=False)
        )


ProgramPageManager = PageManager.from_queryset(ProgramPageQuerySet)

KEY_DATA = [
    ("has_disease", _("disease")),
    ("has_lead_investigator", _("lead investigator")),
    ("has_funding", _("funding figure")),
]


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

    @kept_for_page
    def diseases(self):
        return linked_in_language(self.program_diseases.all(), "disease")

    @kept_for_page
    def _people(self):
        """The lead investigators and the testimonials, with the renditions of all
        their photos read in one query."""
        from charity.models import Person, Testimonial

        investigators = linked_in_language(
            self.investigators.all(), "person", Person.objects.select_related("photo")
        )
        testimonials = list(
            Testimonial.objects.filter(
                locale_id=self.locale_id, program__translation_key=self.translation_key
            ).select_related("person__photo")
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
        return linked_in_language(self.institutions.all(), "partner")

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
            links, "partnerpage", partners.model.objects.order_by("title"), order=None
        )

    def predecessor(self):
        return localize_all([self.follows])

    @kept_for_page
    def follow_on_programs(self):
        return list(
            ProgramPage.objects.live().filter(
                locale_id=self.locale_id, follows__translation_key=self.translation_key
            )
        )


class ProgramDisease(Orderable):
    program = ParentalKey(ProgramPage, related_name="program_diseases", on_delete=models.CASCADE)
    disease = models.ForeignKey(
        "diseases.DiseasePage",
        verbose_name=_("disease"),
        on_delete=models.CASCADE,
        related_name="disease_programs",
        help_text=_("A disease this program studies or treats."),
    )

    panels = [FieldPanel("disease")]


class ProgramInvestigator(Orderable):
    program = ParentalKey(ProgramPage, related_name="investigators", on_delete=models.CASCADE)
    person = models.ForeignKey(
        "charity.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="led_programs",
        help_text=_("A researcher who leads the program."),
    )

    panels = [FieldPanel("person")]


class ProgramInstitution(Orderable):
    program = ParentalKey(ProgramPage, related_name="institutions", on_delete=models.CASCADE)
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("institution"),
        on_delete=models.CASCADE,
        related_name="institution_programs",
        help_text=_("A partner institution that runs or hosts the program."),
    )

    panels = [FieldPanel("partner")]


class FundingGrant(TranslatableMixin, ClusterableModel, Orderable):
    """One line of a program's funding ledger.

    Translatable so that its note can be written in each language; its year, amount and
    co-funders are synchronised from the source program."""

    program = ParentalKey(ProgramPage, related_name="grants", on_delete=models.CASCADE)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=YEAR_VALIDATORS, help_text=_("The year the money was committed.")
    )
    amount_eur = models.DecimalField(
        _("amount (€)"),
        max_digits=12,
        decimal_places=2,
        validators=[MinValueValidator(Decimal(0))],
        help_text=_("The charity's share, in euros."),
    )
    co_funders = ParentalManyToManyField(
        "partners.PartnerPage",
        verbose_name=_("co-funders"),
        blank=True,
        related_name="co_funded_grants",
        help_text=_("Partners who funded this grant with the charity."),
    )
    note = models.CharField(
        _("note or source"), max_length=300, blank=True, help_text=_("Where the figure comes from.")
    )

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("amount_eur")]),
        FieldPanel("co_funders"),
        FieldPanel("note"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("grant")
        verbose_name_plural = _("grants")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount_eur__gte=0), name="programs_grant_amount_not_negative"
            )
        ]


class FundingPage(RoutablePageMixin, Page):
    """Where the money goes: the programs' funding by program, disease and year, with a CSV."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Shown above the charts: how the charity chooses what it funds."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("More about the charity's accounts, shown under the figures."),
    )

    content_panels = [title_panel(TITLE_IS_HEADING), FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["charity.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("funding page")
        verbose_name_plural = _("funding pages")

    def programs(self):
        return ProgramPage.objects.live().public().filter(locale_id=self.locale_id)

    def get_context(self, request, *args, **kwargs):
        from charity.models import SiteSettings
        from programs.funding import funding_summary

        context = super().get_context(request, *args, **kwargs)
        context["funding"] = funding_summary(self.programs(), self.locale, request)
        site_settings = SiteSettings.for_request(request)
        # The total staff keep in the site settings covers every program since the
        # charity began, including the many this site does not describe.
        context["charity_total"] = site_settings.funding_total_eur
        context["charity_total_as_of"] = site_settings.funding_total_as_of
        context["csv_url"] = self.get_url(request) + "funding.csv"
        return context

    # Served at the page's address + "funding.csv" (see charity/urls.py).
    @path("funding.csv/", name="csv")
    def ledger_csv(self, request):
        from programs.funding import ledger_csv, ledger_rows

        rows = ledger_rows(self.programs(), self.locale, request)
        return ledger_csv(rows, f"imagine-for-margo-funding-{self.locale.language_code}.csv")
