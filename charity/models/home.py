"""What the home page shows, each section in a fixed number of queries."""

from django.utils import timezone

from charity.caching.lifetimes import keep_for_page, keep_until_change
from charity.foundations.navigation import home_children

FEATURED_PROGRAMS_FALLBACK = 3
UPCOMING_EVENTS = 3
HOME_PARTNER_KINDS = ("founding-member", "scientific-partner")


def featured_programs(home):
    """The programs chosen by the editors, in their order and language; else the latest."""
    from programs.models import ProgramPage

    programs = ProgramPage.objects.live().public().filter(locale_id=home.locale_id).for_listing()
    keys = list(
        home.featured_programs.order_by("sort_order").values_list(
            "program__translation_key", flat=True
        )
    )
    if not keys:
        return list(programs.newest_first()[:FEATURED_PROGRAMS_FALLBACK])
    by_key = {
        program.translation_key: program for program in programs.filter(translation_key__in=keys)
    }
    return [by_key[key] for key in keys if key in by_key]


def diseases(home):
    from diseases.models import DiseasePage

    return (
        DiseasePage.objects.live()
        .public()
        .filter(locale_id=home.locale_id)
        .defer_streamfields()
        .order_by("title")
    )


def upcoming_events(home):
    from charity.models import EventPage

    return (
        EventPage.objects.live()
        .public()
        .filter(locale_id=home.locale_id, end__gte=timezone.now())
        .defer_streamfields()
        .order_by("start")[:UPCOMING_EVENTS]
    )


def testimonials(home):
    from charity.models import Testimonial

    return (
        Testimonial.objects.filter(locale_id=home.locale_id, show_on_home_page=True)
        .select_related("person__photo")
        .prefetch_related("person__photo__renditions")
        .order_by("pk")
    )


def partners(home):
    """The founding members and scientific partners, shown on the home page and
    named as the charity's members in its structured data."""
    from partners.models import PartnerPage

    return keep_for_page(
        home,
        "partners",
        lambda: list(
            PartnerPage.objects.live()
            .public()
            .filter(locale_id=home.locale_id, kind__in=HOME_PARTNER_KINDS)
            .select_related("logo")
            .prefetch_related("logo__renditions")
            .defer_streamfields()
            .order_by("kind", "title")
        ),
    )


def sections(home):
    """The home page's live children by their specific type, to link to each index."""
    return {child._meta.model_name: child for child in home_children(home)}


def home_page_context(home, request):
    from charity.models import SiteSettings

    site_settings = SiteSettings.for_request(request)
    return {
        # Sums over every program: kept until the next change to the content.
        "key_figures": keep_until_change(
            "key-figures",
            lambda: site_settings.key_figures(locale=home.locale),
            site_settings.site_id,
            home.locale_id,
        ),
        # The same for every visitor until the next change to the content (the
        # events at most PAGE_CACHE_TIMEOUT late, as the page itself); a preview
        # shows the draft's own choices.
        **{
            name: keep_for_page(home, name, lambda section=section: list(section(home)))
            for name, section in (
                ("featured_program_pages", featured_programs),
                ("diseases", diseases),
                ("upcoming_events", upcoming_events),
                ("testimonials", testimonials),
            )
        },
        "partners": partners(home),
        "sections": sections(home),
    }
