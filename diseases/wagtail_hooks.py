from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column

from charity.foundations.admin_listings import PageTypeListingViewSet, page_listing_columns
from diseases.models import DiseasePage


def next_review(disease):
    if not disease.next_review_due:
        return _("Not planned")
    due = date_format(disease.next_review_due)
    if disease.review_overdue:
        return _("%(date)s (overdue)") % {"date": due}
    return due


class DiseaseListingViewSet(PageTypeListingViewSet):
    model = DiseasePage
    name = "diseases"
    icon = "help"
    menu_label = _("Diseases")
    menu_order = 220
    add_to_admin_menu = True
    columns = page_listing_columns(
        Column(
            "category", label=_("Category"), accessor="get_category_display", sort_key="category"
        ),
        Column(
            "next_review_due",
            label=_("Next review due"),
            accessor=next_review,
            sort_key="next_review_due",
        ),
    )
    list_filter = ["category"]
    ordering = "next_review_due"


@hooks.register("register_admin_viewset")
def register_disease_listing():
    return DiseaseListingViewSet()
