"""Events as iCalendar data (RFC 5545): a file per event and a feed of upcoming events.

UIDs are ``event-<translation key>-<language>@<site hostname>``. Each language
version of an event is its own page, published on its own and with its own
SEQUENCE, so each gets its own UID: if both shared one, a calendar holding the
French copy at SEQUENCE 3 would ignore the English copy at SEQUENCE 1. The
translation key and the Wagtail site's hostname (not the request's Host header)
never change, so the UID is the same at every download and in the feed.

SEQUENCE is the number of times the page has been published, from Wagtail's
audit log, which is never rewritten: it only ever grows, and it grows with each
edit that visitors can see.
"""

import datetime
from zoneinfo import ZoneInfo

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext

from wagtail.models import PageLogEntry, Site

import icalendar

PARIS = ZoneInfo("Europe/Paris")
PRODUCT_ID = "-//Imagine for Margo//Events//FR"
PUBLISH_ACTIONS = ["wagtail.publish", "wagtail.publish.scheduled"]
# Calendar apps drop an event from a subscription as soon as the feed stops listing
# it: events stay in the feed for a while after they end so they stay in calendars.
FEED_KEEPS_PAST_EVENTS_FOR = datetime.timedelta(days=90)
FEED_REFRESH_INTERVAL = datetime.timedelta(hours=12)


def with_sequence(events):
    """Annotate each event with ``calendar_sequence``, in the same query."""
    publishes = (
        PageLogEntry.objects.filter(page=OuterRef("pk"), action__in=PUBLISH_ACTIONS)
        .order_by()
        .values("page")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return events.select_related("locale").annotate(
        calendar_sequence=Coalesce(Subquery(publishes, output_field=IntegerField()), Value(0))
    )


def event_uid(event, site):
    return f"event-{event.translation_key}-{event.locale.language_code}@{site.hostname}"


def _description(event, url):
    lines = [event.summary] if event.summary else []
    if event.online_url:
        lines.append(gettext("Online: %(url)s") % {"url": event.online_url})
    if event.registration_url and not event.cancelled:
        lines.append(gettext("Registration: %(url)s") % {"url": event.registration_url})
    lines.append(url)
    return "\n\n".join(lines)


def _location(event):
    place = ", ".join(part for part in (event.venue_name, event.venue_address) if part)
    return place or event.online_url


def event_component(event, request, site, stamp):
    url = event.get_full_url(request)
    component = icalendar.Event()
    component.add("uid", event_uid(event, site))
    component.add("dtstamp", stamp)
    component.add("sequence", event.calendar_sequence)
    if event.first_published_at:
        component.add("created", event.first_published_at)
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    # Some calendar apps ignore STATUS: the title says it too.
    summary = (
        gettext("Cancelled: %(title)s") % {"title": event.title} if event.cancelled else event.title
    )
    component.add("summary", summary)
    start, end = timezone.localtime(event.start, PARIS), timezone.localtime(event.end, PARIS)
    if event.all_day:
        # DTEND of an all-day event is the day after the last one (RFC 5545, 3.6.1).
        component.add("dtstart", start.date())
        component.add("dtend", end.date() + datetime.timedelta(days=1))
    else:
        component.add("dtstart", start)
        component.add("dtend", end)
    component.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    location = _location(event)
    if location:
        component.add("location", location)
    component.add("url", url)
    component.add("description", _description(event, url))
    component.add("class", "PUBLIC")
    return component


def build_calendar(events, request, name=None):
    """A VCALENDAR with the events, and the Europe/Paris VTIMEZONE their times refer to."""
    site = Site.find_for_request(request)
    stamp = timezone.now()
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
        calendar.add("refresh-interval", FEED_REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
        # Outlook's name for REFRESH-INTERVAL (RFC 7986), which it does not read.
        calendar.add("x-published-ttl", icalendar.vDuration(FEED_REFRESH_INTERVAL))
    events = list(events)
    for event in events:
        calendar.add_component(event_component(event, request, site, stamp))
    timed = [event for event in events if not event.all_day]
    if timed:
        # The time zone's rules only for the years the events span, not since 1970.
        first = min(timezone.localtime(event.start, PARIS).year for event in timed)
        last = max(timezone.localtime(event.end, PARIS).year for event in timed)
        calendar.add_missing_timezones(
            first_date=datetime.date(first, 1, 1), last_date=datetime.date(last + 1, 1, 1)
        )
    return calendar


def calendar_response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response.headers["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def event_file(event, request):
    """The .ics file of one event, to add it to a calendar; ``event`` read ``with_sequence``."""
    return calendar_response(build_calendar([event], request), f"{event.slug}.ics")


def events_feed(index, events, request):
    """The feed of the index's upcoming events (and those just past), to subscribe to."""
    name = gettext("Imagine for Margo events")
    return calendar_response(build_calendar(events, request, name=name), f"{index.slug}.ics")


def webcal_url(url):
    """The subscription address calendar apps open: the feed's address with webcal://."""
    scheme, separator, rest = url.partition("://")
    return f"webcal://{rest}" if separator and scheme in ("http", "https") else url
