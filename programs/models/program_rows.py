"""The rows of a program's inline panels: diseases studied, lead investigators, institutions
and the grants of its funding ledger."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

YEAR_VALIDATORS = [MinValueValidator(1990), MaxValueValidator(2100)]


class ProgramDisease(Orderable):
    program = ParentalKey(
        "programs.ProgramPage", related_name="program_diseases", on_delete=models.CASCADE
    )
    disease = models.ForeignKey(
        "diseases.DiseasePage",
        verbose_name=_("disease"),
        on_delete=models.CASCADE,
        related_name="disease_programs",
        help_text=_("A disease this program studies or treats."),
    )

    panels = [FieldPanel("disease")]


class ProgramInvestigator(Orderable):
    program = ParentalKey(
        "programs.ProgramPage", related_name="investigators", on_delete=models.CASCADE
    )
    person = models.ForeignKey(
        "charity.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="led_programs",
        help_text=_("A researcher who leads the program."),
    )

    panels = [FieldPanel("person")]


class ProgramInstitution(Orderable):
    program = ParentalKey(
        "programs.ProgramPage", related_name="institutions", on_delete=models.CASCADE
    )
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

    program = ParentalKey("programs.ProgramPage", related_name="grants", on_delete=models.CASCADE)
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
