from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    CommentPanel,
    FieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.models import Page

from charity.foundations.admin_dates import LocalizedPublishingPanel

# Where a page's title shows, for the page types whose heading it is.
TITLE_IS_HEADING = _(
    "The page's heading, and its name in the menu, the breadcrumb and the browser's tab."
)
TITLE_IS_CARD_HEADING = _(
    "The page's heading and the title of its card in listings; also shown in the "
    "breadcrumb and the browser's tab."
)
HERO_IMAGE_BESIDE_TEXT = _(
    "A wide illustration, shown beside the page's text and when the page is shared."
)
HERO_IMAGE_ONLY_SHARED = _(
    "Not shown on the page itself: the image shown when the page is shared on social networks."
)


def title_panel(help_text):
    """Wagtail's title field, saying where this page type shows its title."""
    return TitleFieldPanel("title", help_text=help_text)


def hero_image_panel(help_text):
    return FieldPanel("hero_image", help_text=help_text)


def page_tabs(*tabs):
    """A page type's editing tabs: its own (heading, panels) pairs, then Wagtail's Promote
    and Settings tabs, so that every page type is edited the same way.

    A page type's required fields go on its first tab: the form opens there, and an
    error elsewhere would only show as a count on another tab's name."""
    return TabbedInterface(
        [
            *(ObjectList(panels, heading=heading) for heading, panels in tabs),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            # Page.settings_panels, with go-live and expiry dates in the admin's language.
            ObjectList([LocalizedPublishingPanel(), CommentPanel()], heading=_("Settings")),
        ]
    )
