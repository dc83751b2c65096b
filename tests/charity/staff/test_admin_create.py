import datetime

from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

import pytest

from charity.foundations.blocks import RICH_TEXT_FEATURES
from charity.models import EventIndexPage, EventKind, EventPage, StandardPage
from tests.factories import PersonFactory
from tests.wagtail_admin import add_page_in_admin, form_errors

pytestmark = pytest.mark.django_db


def event_fields(**overrides):
    return {
        "title": "Colloque annuel",
        "slug": "colloque-annuel",
        "kind": EventKind.CONFERENCE,
        "edition": "10e édition",
        "summary": "Le point sur la recherche.",
        "body": streamfield([]),
        "start": "2030-06-12 09:00",
        "end": "2030-06-12 17:30",
        "venue_name": "Gustave Roussy",
        "venue_address": "Villejuif",
        "language": "fr",
        "speakers": inline_formset([]),
        **overrides,
    }


def test_editor_can_create_a_standard_page(admin_client, home_page):
    fields = {
        "title": "Notre stratégie",
        "slug": "strategie",
        "intro": "Ce que nous finançons et pourquoi.",
        "body": streamfield(
            [
                ("heading", "Nos priorités"),
                (
                    "paragraph",
                    rich_text("<p>La médecine de précision.</p>", features=RICH_TEXT_FEATURES),
                ),
                ("key_result", {"figure": "94 %", "label": "de réponse", "detail": ""}),
                ("quote", {"quote": "Ensemble.", "attribution": "Patricia Blanc", "role": ""}),
            ]
        ),
    }

    response = add_page_in_admin(admin_client, home_page, StandardPage, fields)

    assert response.status_code == 302, form_errors(response)
    page = StandardPage.objects.get(slug="strategie")
    assert page.live
    assert [block.block_type for block in page.body] == [
        "heading",
        "paragraph",
        "key_result",
        "quote",
    ]


def test_editor_can_create_the_event_index(admin_client, home_page):
    fields = {"title": "Événements", "slug": "evenements", "intro": ""}

    response = add_page_in_admin(admin_client, home_page, EventIndexPage, fields)

    assert response.status_code == 302, form_errors(response)
    assert EventIndexPage.objects.get(slug="evenements").live


def test_editor_can_create_an_event_with_speakers(admin_client, event_index):
    speaker = PersonFactory()
    fields = event_fields(speakers=inline_formset([{"person": speaker.pk}]))

    response = add_page_in_admin(admin_client, event_index, EventPage, fields)

    assert response.status_code == 302, form_errors(response)
    event = EventPage.objects.get(slug="colloque-annuel")
    assert event.live
    assert event.start.date() == datetime.date(2030, 6, 12)
    assert [link.person for link in event.speakers.all()] == [speaker]


def test_admin_refuses_an_event_ending_before_it_starts(admin_client, event_index):
    fields = event_fields(start="2030-06-12 09:00", end="2030-06-11 17:00")

    response = add_page_in_admin(admin_client, event_index, EventPage, fields)

    assert response.status_code == 200
    assert "end" in response.context["form"].errors
    assert not EventPage.objects.exists()
