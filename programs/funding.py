"""Where the money goes: the funding ledger of the programs summed by program, disease and year.

Every figure comes from the grants recorded on the program pages of one language,
in a fixed number of queries whatever the number of programs.
"""

import csv
import io
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch, Sum
from django.http import HttpResponse
from django.utils.http import content_disposition_header

from charity.foundations.localization import localize_all
from diseases.models import DiseasePage
from programs.models.program_rows import FundingGrant, ProgramDisease

CSV_COLUMNS = [
    "acronym",
    "program",
    "year",
    "amount_eur",
    "diseases",
    "co_funders",
    "source",
    "program_url",
]
LIST_SEPARATOR = "; "


@dataclass
class Share:
    """One line of a breakdown: what it is, the amount, and where to read more."""

    label: str
    amount: Decimal
    url: str | None = None
    detail: str = ""
    percent: Decimal | None = None


@dataclass
class FundingSummary:
    total: Decimal = Decimal(0)
    by_program: list = field(default_factory=list)
    by_disease: list = field(default_factory=list)
    by_year: list = field(default_factory=list)
    # Grants of programs that have no disease on the site.
    without_disease: Decimal = Decimal(0)

    @property
    def programs_count(self):
        return len(self.by_program)

    @property
    def first_year(self):
        return self.by_year[0].label if self.by_year else None

    @property
    def last_year(self):
        return self.by_year[-1].label if self.by_year else None

    @property
    def years(self):
        return f"{self.first_year}–{self.last_year}"


def _diseases_by_key(keys, locale):
    """Disease pages by translation key, in ``locale`` when translated, in one query."""
    found = {}
    for disease in DiseasePage.objects.live().filter(translation_key__in=keys):
        current = found.get(disease.translation_key)
        if current is None or disease.locale_id == locale.pk:
            found[disease.translation_key] = disease
    return found


def funding_summary(programs, locale, request=None):
    """The grants of ``programs`` summed by program, disease and year (four queries)."""
    grants = FundingGrant.objects.filter(program__in=programs)
    summary = FundingSummary()

    funded = (
        programs.defer_streamfields()
        .annotate(funding=Sum("grants__amount_eur"))
        .filter(funding__gt=0)
        .order_by("-funding", "acronym")
    )
    summary.by_program = [
        Share(program.acronym, program.funding, program.get_url(request), program.title)
        for program in funded
    ]

    years = grants.values("year").annotate(amount=Sum("amount_eur")).order_by("year")
    summary.by_year = [Share(str(row["year"]), row["amount"]) for row in years]
    summary.total = sum((share.amount for share in summary.by_year), Decimal(0))
    if summary.total:
        for share in [*summary.by_program, *summary.by_year]:
            share.percent = (100 * share.amount / summary.total).quantize(Decimal("0.1"))

    # A grant counts for every disease its program studies: a program on two diseases
    # appears under both, so these amounts add up to more than the total.
    key = "program__program_diseases__disease__translation_key"
    per_disease = {
        row[key]: row["amount"] for row in grants.values(key).annotate(amount=Sum("amount_eur"))
    }
    summary.without_disease = per_disease.pop(None, Decimal(0))
    diseases = _diseases_by_key(per_disease.keys(), locale)
    summary.by_disease = sorted(
        (
            Share(diseases[key].title, amount, diseases[key].get_url(request))
            for key, amount in per_disease.items()
            if key in diseases
        ),
        key=lambda share: (-share.amount, share.label),
    )
    return summary


# Open data


def ledger_rows(programs, locale, request=None):
    """One row per grant, with the program's diseases and the grant's co-funders."""
    grants = list(
        FundingGrant.objects.filter(program__in=programs)
        .select_related("program")
        .defer("program__body")
        .prefetch_related(
            "co_funders",
            Prefetch(
                "program__program_diseases",
                queryset=ProgramDisease.objects.select_related("disease"),
            ),
        )
        .order_by("program__acronym", "year", "sort_order", "pk")
    )
    linked = [
        *(link.disease for grant in grants for link in grant.program.program_diseases.all()),
        *(partner for grant in grants for partner in grant.co_funders.all()),
    ]
    by_key = {obj.translation_key: obj for obj in localize_all(linked, locale)}

    def names(objects):
        return LIST_SEPARATOR.join(by_key.get(obj.translation_key, obj).title for obj in objects)

    for grant in grants:
        program = grant.program
        yield {
            "acronym": program.acronym,
            "program": program.title,
            "year": grant.year,
            "amount_eur": f"{grant.amount_eur:.2f}",
            "diseases": names(link.disease for link in program.program_diseases.all()),
            "co_funders": names(grant.co_funders.all()),
            "source": grant.note,
            "program_url": program.get_full_url(request),
        }


def ledger_csv(rows, filename):
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = content_disposition_header(True, filename)
    return response
