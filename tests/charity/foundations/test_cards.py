"""Cards and related content kept in the fragment cache: read once, shown in the
visitor's language, replaced at the next change, never shown in a preview."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from charity.models import HomePage, HomePageFeaturedProgram
from programs.models import ProgramDisease, ProgramPage
from tests.factories import (
    DiseasePageFactory,
    ImageFactory,
    ProgramPageFactory,
    publish_translation,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def programs(program_index, disease_index):
    return [
        ProgramPageFactory(
            acronym=f"MAPPYACTS{n}",
            hero_image=ImageFactory(),
            diseases=[DiseasePageFactory(title=f"Neuroblastome {n}")],
        )
        for n in range(3)
    ]


def test_a_card_is_read_and_rendered_once_for_every_listing_that_shows_it(
    client, fragment_cache, programs, program_index
):
    first = client.get(program_index.url)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(program_index.url, {"status": "ongoing"})

    assert again.status_code == 200
    for program in programs:
        assert program.acronym in again.content.decode()
    card = first.content.decode().split('<article class="card card--program">')[1]
    assert card.split("</article>")[0] in again.content.decode()
    read = " ".join(query["sql"] for query in queries.captured_queries)
    assert "wagtailimages_rendition" not in read
    assert "programs_programdisease" not in read


def test_a_published_change_shows_on_the_next_listing(
    client, fragment_cache, programs, program_index
):
    client.get(program_index.url)

    program = programs[0]
    program.acronym = "BIOMEDE"
    program.save_revision().publish()

    html = client.get(program_index.url).content.decode()
    assert "BIOMEDE" in html
    assert "MAPPYACTS0" not in html


def test_cards_are_kept_in_each_language(client, fragment_cache, programs, program_index):
    disease = programs[0].program_diseases.get().disease
    publish_translation(disease, title="Neuroblastoma 0")
    english_index = publish_translation(program_index)
    publish_translation(programs[0])

    french = client.get(program_index.url).content.decode()
    english = client.get(english_index.url).content.decode()

    assert "Neuroblastome 0" in french
    assert "Neuroblastoma 0" in english
    assert "Neuroblastome 0" not in english


def test_what_a_program_page_shows_is_kept_but_a_preview_reads_it_again(
    client, fragment_cache, programs
):
    program = programs[0]
    other = DiseasePageFactory(title="Rétinoblastome")
    assert "Neuroblastome 0" in client.get(program.url).content.decode()
    # Relinked behind the cache's back (an update sends no signal).
    ProgramDisease.objects.filter(program=program).update(disease=other)

    assert "Neuroblastome 0" in client.get(program.url).content.decode()
    assert ProgramPage.objects.get(pk=program.pk).diseases() == [other]


def test_a_preview_shows_the_draft_s_diseases(admin_client, fragment_cache, programs):
    program = ProgramPage.objects.get(pk=programs[0].pk)
    admin_client.get(program.url)
    program.program_diseases = [
        ProgramDisease(disease=DiseasePageFactory(title="Rétinoblastome"), sort_order=0)
    ]
    program.save_revision()

    preview = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[program.pk]))
    live = admin_client.get(program.url)

    assert "Rétinoblastome" in preview.content.decode()
    assert "Neuroblastome 0" not in preview.content.decode()
    assert "Neuroblastome 0" in live.content.decode()


def test_a_search_result_s_summary_changes_when_its_page_is_published(
    client, fragment_cache, programs
):
    program = programs[0]
    search = reverse("search")
    assert program.summary in client.get(search, {"q": "MAPPYACTS0"}).content.decode()

    program.summary = "Un nouveau résumé publié."
    program.save_revision().publish()

    assert "Un nouveau résumé publié." in client.get(search, {"q": "MAPPYACTS0"}).content.decode()


def test_a_home_page_preview_shows_the_draft_s_featured_programs(
    admin_client, fragment_cache, home_page, programs
):
    older = ProgramPageFactory(acronym="SACHA", start_year=2001)
    home = HomePage.objects.get(pk=home_page.pk)
    home.featured_programs = [HomePageFeaturedProgram(program=older, sort_order=0)]
    home.save_revision()

    live = admin_client.get(home.url).content.decode()
    preview = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[home.pk]))

    assert "SACHA" not in live
    assert "SACHA" in preview.content.decode()
