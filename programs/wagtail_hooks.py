from decimal import Decimal

from django.db.models import DecimalField, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView

from charity.foundations.admin_listings import PageTypeListingViewSet, page_listing_columns
from charity.foundations.formatting import euros
from programs.models import FundingGrant, ProgramPage


class ProgramListingView(IndexView):
    def annotate_queryset(self, pages):
        # Summed in the listing's query so that the column costs no query per row.
        ledger_total = (
            FundingGrant.objects.filter(program=OuterRef("pk"))
            .order_by()
            .values("program")
            .annotate(total=Sum("amount_eur"))
            .values("total")
        )
        return (
            super()
            .annotate_queryset(pages)
            .annotate(
                funding_total=Coalesce(
                    Subquery(ledger_total),
                    Value(Decimal(0)),
                    output_field=DecimalField(max_digits=14, decimal_places=2),
                )
            )
        )


class ProgramListingViewSet(PageTypeListingViewSet):
    model = ProgramPage
    name = "programs"
    index_view_class = ProgramListingView
    icon = "doc-full-inverse"
    menu_label = _("Programs")
    menu_order = 210
    add_to_admin_menu = True
    columns = page_listing_columns(
        Column("acronym", label=_("Acronym"), sort_key="acronym"),
        Column(
            "program_status",
            label=_("Program status"),
            accessor="get_status_display",
            sort_key="status",
        ),
        Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
        Column("start_year", label=_("Start year"), sort_key="start_year"),
        Column(
            "funding_total",
            label=_("Funding committed"),
            accessor=lambda program: euros(program.funding_total),
            sort_key="funding_total",
        ),
    )
    list_filter = ["kind", "status"]


@hooks.register("register_admin_viewset")
def register_program_listing():
    return ProgramListingViewSet()
