"""The queries that list programs: cards, links from a disease or a partner, key figures,
and the programs missing key data."""

from decimal import Decimal

from django.db.models import Count, Exists, F, OuterRef, Q, Subquery, Sum
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, PageManager
from wagtail.query import PageQuerySet

from programs.models.program_rows import (
    FundingGrant,
    ProgramDisease,
    ProgramInvestigator,
)


def funding_of_each_program():
    """The sum of a program's grants, as a subquery of a query on programs."""
    return Subquery(
        FundingGrant.objects.filter(program=OuterRef("pk"))
        .values("program")
        .annotate(total=Sum("amount_eur"))
        .values("total")
    )


class ProgramPageQuerySet(PageQuerySet):
    def for_listing(self):
        """What a program card needs, in a fixed number of queries."""
        # The cards' images and diseases are read only for the cards not kept
        # in the cache (ProgramPage.prepare_cards).
        return (
            self.defer_streamfields()
            .select_related("hero_image")
            .annotate(listed_funding_eur=funding_of_each_program())
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
        # Each program's grants summed, then added up with the other figures: one query.
        totals = (
            self.model.objects.live()
            .filter(locale=locale or Locale.get_active())
            .annotate(program_funding=funding_of_each_program())
            .aggregate(
                count=Count("pk"),
                children=Sum("patients_included"),
                therapies=Sum("therapies_tested"),
                funding=Sum("program_funding"),
            )
        )
        return {
            "funding_total_eur": totals["funding"] or Decimal(0),
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
