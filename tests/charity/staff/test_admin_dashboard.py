"""The admin dashboard shows staff events, incomplete programs and everyone's edits."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils import WagtailTestUtils

import pytest

from tests.charity.page_editing import edit_form_data, edit_url
from tests.factories import (
    DiseasePageFactory,
    EventPageFactory,
    PersonFactory,
    ProgramPageFactory,
    StandardPageFactory,
    publish_translation,
)

pytestmark = pytest.mark.django_db


def dashboard(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def complete_program(**kwargs):
    return ProgramPageFactory(
        diseases=[DiseasePageFactory()], investigators=[PersonFactory()], grants=[50000], **kwargs
    )


def test_dashboard_lists_upcoming_events_soonest_first(client_for, editor, home_page):
    now = timezone.now()
    EventPageFactory(title="Course des héros", start=now + datetime.timedelta(days=20))
    EventPageFactory(title="Colloque annuel", start=now + datetime.timedelta(days=3))
    EventPageFactory(
        title="Gala 2024",
        start=now - datetime.timedelta(days=300),
        end=now - datetime.timedelta(days=299),
    )

    html = dashboard(client_for(editor))

    assert 'id="upcoming-events' in html
    assert html.index("Colloque annuel") < html.index("Course des héros")
    assert "Gala 2024" not in html


def test_dashboard_lists_programs_missing_key_data(client_for, editor, program_index):
    ProgramPageFactory(title="SACHA", acronym="SACHA")
    complete_program(title="MICCHADO", acronym="MICCHADO")

    html = dashboard(client_for(editor))

    assert 'id="incomplete-programs' in html
    assert "SACHA" in html
    assert "maladie, investigateur principal, montant du financement" in html
    assert "MICCHADO" not in html


def test_dashboard_counts_each_incomplete_program_once_whatever_its_translations(
    client_for, editor, program_index
):
    for acronym in ("SACHA", "BEACON"):
        program = ProgramPageFactory(title=acronym, acronym=acronym)
        publish_translation(program, title=f"{acronym} in English")

    panel = WagtailTestUtils.get_soup(dashboard(client_for(editor))).select_one(
        "section[id^=incomplete-programs]"
    )

    text = panel.get_text(" ", strip=True)
    assert "2 programmes n’ont pas de maladie" in text
    assert "SACHA" in text and "BEACON" in text
    assert "in English" not in text


def test_dashboard_shows_what_the_whole_team_edited(client_for, editor, moderator, home_page):
    page = StandardPageFactory(parent=home_page, title="Nos comptes")
    client = client_for(moderator)
    client.post(edit_url(page), edit_form_data(client, page, intro="Bilan certifié."))

    html = dashboard(client_for(editor))

    assert 'id="recently-edited-pages' in html
    assert "Nos comptes" in html
    assert "Marc" in html, "who edited it"


def test_moderators_keep_wagtail_s_panel_of_pages_awaiting_their_review(
    client_for, editor, moderator, home_page
):
    page = StandardPageFactory(parent=home_page, title="Appel aux dons de Noël", live=False)
    client = client_for(editor)
    data = edit_form_data(client, page)
    data["action-submit"] = "1"
    client.post(edit_url(page), data)

    html = dashboard(client_for(moderator))

    assert 'id="awaiting-review' in html
    assert "Appel aux dons de Noël" in html


def dashboard_query_count(client):
    with CaptureQueriesContext(connection) as queries:
        dashboard(client)
    return len(queries)


def test_dashboard_queries_do_not_grow_with_the_content(client_for, editor, program_index):
    client = client_for(editor)
    EventPageFactory()
    ProgramPageFactory()
    dashboard(client)
    few = dashboard_query_count(client)

    EventPageFactory.create_batch(4)
    ProgramPageFactory.create_batch(4)
    many = dashboard_query_count(client)

    assert many == few
