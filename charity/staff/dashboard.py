"""Dashboard panels: what staff should look at when they open the admin.

Wagtail's own panels (pages awaiting review, your pages in moderation, your recent
edits, your locked pages) stay; these add the charity's events, the programs that
are not ready for visitors and what the whole team edited lately.
"""

from django.urls import reverse
from django.utils import timezone

from wagtail.admin.ui.components import Component
from wagtail.models import Page

from charity.foundations.localization import in_source_language
from charity.models import EventPage, SiteSettings
from charity.staff import moderation
from programs.models import ProgramPage

PANEL_LENGTH = 5


def with_status(pages):
    """What status_string reads, fetched with the pages rather than once per page."""
    return pages.annotate_approved_schedule().prefetch_workflow_states()


class UpcomingEventsPanel(Component):
    name = "upcoming_events"
    template_name = "charity/admin/upcoming_events_panel.html"
    order = 230

    def get_context_data(self, parent_context):
        events = with_status(
            EventPage.objects.filter(end__gte=timezone.now()).defer_streamfields().order_by("start")
        )
        return {"events": events[:PANEL_LENGTH]}


class IncompleteProgramsPanel(Component):
    name = "incomplete_programs"
    template_name = "charity/admin/incomplete_programs_panel.html"
    order = 240

    def get_context_data(self, parent_context):
        # Counted once each: a translation's links are its source page's (see
        # charity.foundations.localization), and so is what it misses.
        programs = with_status(
            in_source_language(ProgramPage.objects.missing_key_data())
            .defer_streamfields()
            .order_by("-latest_revision_created_at", "title")
        )
        return {
            "programs": programs[:PANEL_LENGTH],
            "total": programs.count(),
            "report_url": reverse("incomplete_programs_report"),
        }


class RecentlyEditedPagesPanel(Component):
    """Everyone's latest edits, where Wagtail's own panel shows only the user's."""

    name = "recently_edited_pages"
    template_name = "charity/admin/recently_edited_pages_panel.html"
    order = 260

    def get_context_data(self, parent_context):
        pages = with_status(
            Page.objects.filter(latest_revision__isnull=False)
            .select_related("latest_revision__user")
            .order_by("-latest_revision_created_at")
        )
        return {"pages": pages[: PANEL_LENGTH * 2]}


class DonationUrlMissingPanel(Component):
    """Without a donation platform, the donate page cannot take a gift: staff are told
    first thing, with a way to set it."""

    name = "donation_url_missing"
    template_name = "charity/admin/donation_url_missing_panel.html"
    order = 50

    def __init__(self, settings_url):
        self.settings_url = settings_url

    def get_context_data(self, parent_context):
        return {"settings_url": self.settings_url}


def donation_url_missing_panel(request):
    site_settings = SiteSettings.for_request(request)
    if site_settings.donation_url:
        return None
    settings_url = None
    if request.user.has_perm("charity.change_sitesettings"):
        settings_url = reverse(
            "wagtailsettings:edit", args=["charity", "sitesettings", site_settings.site_id]
        )
    return DonationUrlMissingPanel(settings_url)


def add_dashboard_panels(request, panels):
    panels[:] = moderation.with_reported_actions(panels)
    missing_donation_url = donation_url_missing_panel(request)
    if missing_donation_url is not None:
        panels.append(missing_donation_url)
    panels += [UpcomingEventsPanel(), IncompleteProgramsPanel(), RecentlyEditedPagesPanel()]
