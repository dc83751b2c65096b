from django import template

from charity.foundations.navigation import ancestors
from charity.models.event_calendar import webcal_url
from charity.models.events import EventIndexPage, EventPage

register = template.Library()

CALENDAR_FILE = "calendar.ics"


@register.simple_tag(takes_context=True)
def calendar_links(context, page):
    """Where to download an event (or the events) as .ics, and the feed's subscribe address.

    ``page`` is an event page or the event index; anything else has no calendar.
    """
    request = context.get("request")
    if isinstance(page, EventPage):
        index = ancestors(page)[-1]
        event_file = None if page.is_past else page.get_url(request) + CALENDAR_FILE
    elif isinstance(page, EventIndexPage):
        index, event_file = page, None
    else:
        return None
    index_url = index.get_url(request)
    if not index_url:
        return None
    feed = index_url + CALENDAR_FILE
    absolute_feed = request.build_absolute_uri(feed) if request else feed
    return {"event_file": event_file, "feed": feed, "subscribe": webcal_url(absolute_feed)}
