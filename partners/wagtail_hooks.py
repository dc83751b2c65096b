from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column

from charity.foundations.admin_listings import PageTypeListingViewSet, page_listing_columns
from partners.models import PartnerPage


class PartnerListingViewSet(PageTypeListingViewSet):
    model = PartnerPage
    name = "partners"
    icon = "group"
    menu_label = _("Partners")
    menu_order = 230
    add_to_admin_menu = True
    columns = page_listing_columns(
        Column("short_name", label=_("Short name"), sort_key="short_name"),
        Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
        Column("partner_since", label=_("Partner since"), sort_key="partner_since"),
    )
    list_filter = ["kind"]


@hooks.register("register_admin_viewset")
def register_partner_listing():
    return PartnerListingViewSet()
