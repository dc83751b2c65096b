"""Pages are found by URL path from the visitor's home page, as Wagtail would find them."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from charity.models import SiteSettings
from programs.models import ProgramPage
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


def test_a_page_served_again_is_found_without_a_query(client, fragment_cache, program_index):
    SiteSettings.for_site(program_index.get_site())  # made on first use, which purges
    program = ProgramPageFactory(title="MICCHADO")
    client.get(program.url)

    with CaptureQueriesContext(connection) as queries:
        # A campaign tag makes every address new to the page cache.
        response = client.get(program.url, {"utm_source": "newsletter"})

    assert "MICCHADO" in response.content.decode()
    assert not [query for query in queries if '"wagtailcore_page"."url_path" IN' in query["sql"]]


def test_a_renamed_page_is_found_at_its_new_address_at_once(client, fragment_cache, program_index):
    program = ProgramPageFactory(title="MICCHADO", slug="micchado")
    old_url = program.url
    client.get(old_url)

    program.slug = "micchado-2"
    program.save_revision().publish()

    assert client.get(old_url).status_code == 404
    assert "MICCHADO" in client.get(ProgramPage.objects.get(pk=program.pk).url).content.decode()
