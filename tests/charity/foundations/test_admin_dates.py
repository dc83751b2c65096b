"""Dates and times are typed and shown in the admin's language, and a date the form cannot
read is refused with an error instead of being replaced."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import pytest

from tests.charity.page_editing import edit_form_data, edit_url
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def event(event_index):
    return EventPageFactory(
        title="Colloque de la recherche",
        start=datetime.datetime(2027, 3, 12, 9, 0, tzinfo=PARIS),
        end=datetime.datetime(2027, 3, 12, 17, 30, tzinfo=PARIS),
    )


@pytest.fixture
def admin_in(client_for, editor):
    def admin_in(language):
        from wagtail.users.models import UserProfile

        profile = UserProfile.get_for_user(editor)
        profile.preferred_language = language
        profile.save()
        return client_for(editor)

    return admin_in


def save_draft(client, page, **changes):
    return client.post(edit_url(page), edit_form_data(client, page, **changes))


def draft_of(page):
    return type(page).objects.get(pk=page.pk).get_latest_revision_as_object()


def start_input(html):
    return re.search(r'<input[^>]*name="start"[^>]*>', html).group(0)


@pytest.mark.parametrize(
    ("language", "shown"), [("fr", "12/03/2027 09:00"), ("en", "2027-03-12 09:00")]
)
def test_event_dates_are_shown_in_the_admins_language(admin_in, event, language, shown):
    html = admin_in(language).get(edit_url(event)).content.decode()
    assert f'value="{shown}"' in start_input(html)


def test_french_dates_typed_in_the_french_admin_are_kept(admin_in, event):
    client = admin_in("fr")

    response = save_draft(client, event, start="05/02/2027 18:30", end="05/02/2027 21:00")

    assert response.status_code == 302, response.content.decode()[:2000]
    draft = draft_of(event)
    assert draft.start == datetime.datetime(2027, 2, 5, 18, 30, tzinfo=PARIS)
    assert draft.end == datetime.datetime(2027, 2, 5, 21, 0, tzinfo=PARIS)


def test_english_admin_reads_iso_dates_and_refuses_ambiguous_ones(admin_in, event):
    client = admin_in("en")

    kept = save_draft(client, event, start="2027-02-05 18:30", end="2027-02-05 21:00")
    assert kept.status_code == 302
    assert draft_of(event).start.month == 2

    # Django would read this as May 2nd in English: refused rather than guessed.
    refused = save_draft(client, event, start="05/02/2027 18:30", end="2027-05-02 21:00")
    assert refused.status_code == 200
    assert "start" in refused.context["form"].errors


@pytest.mark.parametrize("typed", ["demain 18h", "31/02/2027 10:00", "2027-13-01 10:00"])
def test_a_date_the_form_cannot_read_is_an_error_and_nothing_is_replaced(admin_in, event, typed):
    client = admin_in("fr")

    response = save_draft(client, event, start=typed, title="Colloque (modifié)")

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["start"], errors
    html = response.content.decode()
    # What the editor typed is still there to correct, and so is every other change.
    assert f'value="{typed}"' in start_input(html)
    assert "Colloque (modifié)" in html
    assert draft_of(event).start == event.start


def test_the_picker_leaves_what_it_cannot_read_as_typed(admin_in, event):
    html = admin_in("fr").get(edit_url(event)).content.decode()
    config = re.search(r"initDateTimeChooser\([^,]+, (\{.*?\})\)", html)
    assert config, "the start field's date picker is not set up"
    config = json.loads(config.group(1))
    assert config["validateOnBlur"] is False
    assert config["format"] == "d/m/Y H:i"


def test_go_live_date_is_typed_in_the_admins_language(admin_in, event):
    client = admin_in("fr")

    response = save_draft(client, event, go_live_at="01/06/2027 08:00")

    assert response.status_code == 302, response.context["form"].errors
    assert draft_of(event).go_live_at == datetime.datetime(2027, 6, 1, 8, 0, tzinfo=PARIS)
