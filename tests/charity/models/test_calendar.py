import datetime
from zoneinfo import ZoneInfo

from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import icalendar
import pytest

from tests.factories import EventPageFactory, ProgramPageFactory, publish_translation
from tests.query_counts import assert_same_query_count

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
# A summer date: Paris is then at UTC+2, so a time written in UTC would show.
START = datetime.datetime(2031, 6, 12, 9, 30, tzinfo=PARIS)


def ics_url(page):
    return page.url + "calendar.ics"


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, icalendar.Calendar.from_ical(response.content)


def only_event(calendar):
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_event_file_gives_paris_times_with_their_time_zone(client, event_index):
    event = EventPageFactory(start=START, end=START + datetime.timedelta(hours=3))

    response, calendar = download(client, ics_url(event))

    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    vevent = only_event(calendar)
    assert vevent["DTSTART"].params["TZID"] == "Europe/Paris"
    assert vevent["DTEND"].params["TZID"] == "Europe/Paris"
    assert b"DTSTART;TZID=Europe/Paris:20310612T093000" in response.content
    assert vevent.decoded("DTSTART") == START
    assert vevent.decoded("DTEND") == START + datetime.timedelta(hours=3)
    assert str(vevent["SUMMARY"]) == event.title
    assert str(vevent["URL"]) == event.get_full_url()
    assert str(vevent["STATUS"]) == "CONFIRMED"


def test_event_uid_is_the_same_at_every_download_and_in_the_feed(client, event_index):
    event = EventPageFactory(start=START, end=START + datetime.timedelta(hours=2))

    first = only_event(download(client, ics_url(event))[1])
    second = only_event(download(client, ics_url(event))[1])
    feed = download(client, ics_url(event_index))[1].walk("VEVENT")

    assert str(first["UID"]) == str(second["UID"])
    assert str(first["UID"]) == f"event-{event.translation_key}-fr@localhost"
    assert [str(vevent["UID"]) for vevent in feed] == [str(first["UID"])]


def test_each_language_version_of_an_event_has_its_own_uid(client, event_index):
    event = EventPageFactory(start=START, end=START + datetime.timedelta(hours=2))
    english = publish_translation(event, title="Scientific conference", slug="conference")

    french_uid = only_event(download(client, ics_url(event))[1])["UID"]
    english_event = only_event(download(client, ics_url(english))[1])

    assert str(english_event["UID"]) == f"event-{event.translation_key}-en@localhost"
    assert str(english_event["UID"]) != str(french_uid)
    assert str(english_event["SUMMARY"]) == "Scientific conference"


def test_sequence_grows_when_the_event_is_edited_and_published(client, event_index):
    event = EventPageFactory(start=START, end=START + datetime.timedelta(hours=2))
    event.save_revision().publish()
    before = only_event(download(client, ics_url(event))[1]).decoded("SEQUENCE")

    event.venue_name = "Institut Curie"
    event.save_revision().publish()
    after_edit = only_event(download(client, ics_url(event))[1])

    assert after_edit.decoded("SEQUENCE") > before
    assert "Institut Curie" in str(after_edit["LOCATION"])


def test_sequence_does_not_change_for_an_unpublished_draft(client, event_index):
    event = EventPageFactory(start=START, end=START + datetime.timedelta(hours=2))
    event.save_revision().publish()
    before = only_event(download(client, ics_url(event))[1]).decoded("SEQUENCE")

    event.venue_name = "Institut Curie"
    event.save_revision()

    assert only_event(download(client, ics_url(event))[1]).decoded("SEQUENCE") == before


def test_cancelled_event_is_marked_cancelled_in_its_file_and_the_feed(client, event_index):
    event = EventPageFactory(cancelled=True, start=START, end=START + datetime.timedelta(hours=2))

    vevent = only_event(download(client, ics_url(event))[1])
    feed = download(client, ics_url(event_index))[1]

    assert str(vevent["STATUS"]) == "CANCELLED"
    assert event.title in str(vevent["SUMMARY"])
    assert [str(v["STATUS"]) for v in feed.walk("VEVENT")] == ["CANCELLED"]


def test_commas_semicolons_and_new_lines_are_escaped(client, event_index):
    event = EventPageFactory(
        venue_name="Paris; salle 1, étage 2",
        venue_address="",
        summary="Premier point; second point, et suite.\nNouvelle ligne.",
        start=START,
        end=START + datetime.timedelta(hours=2),
    )

    response, calendar = download(client, ics_url(event))
    vevent = only_event(calendar)

    assert "LOCATION:Paris\\; salle 1\\, étage 2".encode() in response.content
    assert str(vevent["LOCATION"]) == "Paris; salle 1, étage 2"
    assert str(vevent["DESCRIPTION"]).startswith(
        "Premier point; second point, et suite.\nNouvelle ligne."
    )
    assert b"Premier point\\; second point\\, et suite.\\nNouvelle ligne." in (
        response.content.replace(b"\r\n ", b"")
    )


def test_all_day_event_gives_dates_with_the_day_after_as_its_end(client, event_index):
    event = EventPageFactory(
        all_day=True,
        start=datetime.datetime(2031, 11, 14, 0, 0, tzinfo=PARIS),
        end=datetime.datetime(2031, 11, 15, 23, 59, tzinfo=PARIS),
    )

    response, calendar = download(client, ics_url(event))
    vevent = only_event(calendar)

    assert b"DTSTART;VALUE=DATE:20311114" in response.content
    assert b"DTEND;VALUE=DATE:20311116" in response.content
    assert vevent.decoded("DTSTART") == datetime.date(2031, 11, 14)
    assert vevent.decoded("DTEND") == datetime.date(2031, 11, 16)
    assert not calendar.walk("VTIMEZONE")


def test_feed_lists_upcoming_and_recent_events_to_subscribe_to(client, event_index):
    now = datetime.datetime.now(tz=PARIS)
    upcoming = EventPageFactory(start=now + datetime.timedelta(days=10))
    just_past = EventPageFactory(start=now - datetime.timedelta(days=20))
    EventPageFactory(start=now - datetime.timedelta(days=400))
    EventPageFactory(start=now + datetime.timedelta(days=5), live=False)

    response, calendar = download(client, ics_url(event_index))

    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"])
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT12H" in response.content
    assert [str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")] == [
        just_past.title,
        upcoming.title,
    ]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]


def test_feed_leaves_out_private_events_and_their_file_is_not_served(client, event_index):
    private = EventPageFactory(start=START, end=START + datetime.timedelta(hours=2))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    calendar = download(client, ics_url(event_index))[1]
    response = client.get(ics_url(private))

    assert calendar.walk("VEVENT") == []
    assert response.status_code == 302
    assert "text/calendar" not in response.get("Content-Type", "")


def test_pages_other_than_events_have_no_calendar_file(client, home_page):
    program = ProgramPageFactory()

    assert client.get(program.url + "calendar.ics").status_code == 404
    assert client.get("/fr/calendar.ics").status_code == 404


def test_feed_costs_the_same_queries_for_2_or_12_events(client, event_index):
    def feed_queries():
        client.get(ics_url(event_index))
        with CaptureQueriesContext(connection) as context:
            assert client.get(ics_url(event_index)).status_code == 200
        return [query["sql"] for query in context.captured_queries]

    EventPageFactory.create_batch(2)
    few = feed_queries()
    EventPageFactory.create_batch(10)
    many = feed_queries()

    assert_same_query_count(few, many)


def test_add_to_calendar_links_to_the_event_file_and_the_feed(rf, event_index):
    event = EventPageFactory()
    request = rf.get(event.url)

    html = render_to_string("components/add_to_calendar.html", {"page": event, "request": request})

    assert f'href="{ics_url(event)}"' in html
    assert f'href="webcal://testserver{ics_url(event_index)}"' in html
    assert f'href="{ics_url(event_index)}"' in html


def test_past_event_offers_only_the_subscription(rf, event_index):
    now = datetime.datetime.now(tz=PARIS)
    event = EventPageFactory(start=now - datetime.timedelta(days=3))
    request = rf.get(event.url)

    html = render_to_string("components/add_to_calendar.html", {"page": event, "request": request})

    assert ics_url(event) not in html
    assert "webcal://" in html


def test_publishing_an_edit_in_the_admin_raises_the_sequence(admin_client, client, event_index):
    event = EventPageFactory(start=START, end=START + datetime.timedelta(hours=2))
    before = only_event(download(client, ics_url(event))[1]).decoded("SEQUENCE")
    data = nested_form_data(
        {
            "title": event.title,
            "slug": event.slug,
            "kind": event.kind,
            "summary": event.summary,
            "body": streamfield([]),
            "start": "2031-06-12 10:00",
            "end": "2031-06-12 12:00",
            "venue_name": "Institut Curie",
            "language": "fr",
            "is_free": "on",
            "speakers": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data["action-publish"] = "action-publish"

    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[event.pk]), data)
    vevent = only_event(download(client, ics_url(event))[1])

    assert response.status_code == 302
    assert vevent.decoded("SEQUENCE") == before + 1
    assert vevent.decoded("DTSTART") == datetime.datetime(2031, 6, 12, 10, 0, tzinfo=PARIS)
