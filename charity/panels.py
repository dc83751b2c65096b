from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import CommentPanel, ObjectList, TabbedInterface
from wagtail.models import Page

from charity.admin_dates import LocalizedPublishingPanel


def page_tabs(*tabs):
    """A page type's editing tabs: its own (heading, panels) pairs, then Wagtail's Promote
    and Settings tabs, so that every page type is edited the same way."""
    return TabbedInterface(
        [
            *(ObjectList(panels, heading=heading) for heading, panels in tabs),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            # Page.settings_panels, with go-live and expiry dates in the admin's language.
            ObjectList([LocalizedPublishingPanel(), CommentPanel()], heading=_("Settings")),
        ]
    )
