"""Pages are found by URL path from the visitor's home page, as Wagtail would find them."""

import pytest

from tests.factories import EventPageFactory, ProgramPageFactory, publish_translation
from tests.query_counts import render_queries

pytestmark = pytest.mark.django_db


def test_a_page_below_another_is_served(client, program_index):
    program = ProgramPageFactory(title="MICCHADO")

    assert program.url == f"{program_index.url}{program.slug}/"
    assert "MICCHADO" in client.get(program.url).content.decode()


def test_an_unpublished_page_is_not_found(client, program_index):
    program = ProgramPageFactory()
    program.unpublish()

    assert client.get(program.url).status_code == 404


def test_a_path_below_a_page_without_such_child_is_not_found(client, program_index):
    program = ProgramPageFactory()

    assert client.get(f"{program.url}rien/").status_code == 404
    assert client.get(f"{program_index.url}rien/du-tout/").status_code == 404


def test_a_page_routes_what_is_left_of_the_path(client, event_index):
    event = EventPageFactory()

    response = client.get(f"{event.url}calendar.ics")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")


def test_an_english_address_leads_to_the_english_page(client, program_index):
    program = ProgramPageFactory(title="Programme")
    english = publish_translation(program, title="Program")

    response = client.get(english.url)

    assert english.url.startswith("/en/")
    assert response.context["page"].pk == english.pk


def test_a_deeper_page_costs_no_more_queries_to_find(client, program_index, event_index):
    program = ProgramPageFactory()

    index_queries = render_queries(client, program_index.url)
    routing = [sql for sql in render_queries(client, program.url) if '"url_path" IN' in sql]

    assert len(routing) == 1
    assert len([sql for sql in index_queries if '"url_path" IN' in sql]) == 1
