import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

import pytest

from charity.models import SiteSettings
from charity.visitors.search_synonyms import expand
from diseases.models import DiseaseCategory
from tests.factories import (
    DiseasePageFactory,
    EventPageFactory,
    PartnerPageFactory,
    ProgramPageFactory,
    StandardPageFactory,
    publish_translation,
)

pytestmark = pytest.mark.django_db


def result_titles(response):
    return re.findall(
        r'<h3 class="search-result__title"><a href="[^"]+">([^<]+)</a></h3>',
        response.content.decode(),
    )


@pytest.fixture
def nephroblastoma(disease_index):
    return DiseasePageFactory(
        title="Néphroblastome",
        slug="nephroblastome",
        other_names="Tumeur de Wilms",
        category=DiseaseCategory.SOLID_TUMOUR,
        summary="Une tumeur du rein qui touche surtout les enfants de moins de cinq ans.",
    )


@pytest.fixture
def dipg(disease_index):
    return DiseasePageFactory(
        title="Gliome infiltrant du tronc cérébral",
        slug="gliome-infiltrant-du-tronc-cerebral",
        category=DiseaseCategory.BRAIN_TUMOUR,
        summary="La tumeur cérébrale de l'enfant au plus mauvais pronostic.",
    )


@pytest.fixture
def biomede(program_index):
    return ProgramPageFactory(
        title="BIOMEDE",
        acronym="BIOMEDE",
        summary="Un essai qui attribue à chaque enfant atteint de DIPG le traitement adapté.",
    )


def test_search_urls_are_translated():
    with translation.override("fr"):
        assert reverse("search") == "/fr/recherche/"
    with translation.override("en"):
        assert reverse("search") == "/en/search/"


@pytest.mark.parametrize("query", ["néphroblastome", "nephroblastome", "Wilms", "NÉPHROBLASTOME"])
def test_finds_the_nephroblastoma_page_in_french_by_any_of_its_names(client, nephroblastoma, query):
    response = client.get("/fr/recherche/", {"q": query})

    assert response.status_code == 200
    assert result_titles(response) == ["Néphroblastome"]


def test_finds_the_dipg_pages_by_the_acronym(client, dipg, biomede):
    response = client.get("/fr/recherche/", {"q": "DIPG"})

    assert sorted(result_titles(response)) == ["BIOMEDE", "Gliome infiltrant du tronc cérébral"]


def test_finds_the_english_page_by_its_french_name(client, nephroblastoma):
    publish_translation(
        nephroblastoma,
        title="Nephroblastoma",
        slug="nephroblastoma",
        other_names="Wilms tumour",
        summary="A kidney tumour that mostly affects children under five.",
    )

    response = client.get("/en/search/", {"q": "néphroblastome"})

    assert result_titles(response) == ["Nephroblastoma"]


def test_searches_only_the_pages_of_the_active_language(client, nephroblastoma):
    english = publish_translation(
        nephroblastoma, title="Nephroblastoma (Wilms tumour)", slug="nephroblastoma"
    )

    french = client.get("/fr/recherche/", {"q": "Wilms"})
    english_results = client.get("/en/search/", {"q": "Wilms"})

    assert result_titles(french) == ["Néphroblastome"]
    assert result_titles(english_results) == [english.title]


def test_filters_by_content_type(client, home_page):
    ProgramPageFactory(title="Greffe et leucémie", acronym="GREFFE")
    DiseasePageFactory(title="Leucémie aiguë", summary="Le cancer le plus fréquent de l'enfant.")
    EventPageFactory(title="Journée leucémie")
    PartnerPageFactory(title="Réseau leucémie")
    StandardPageFactory(title="Comprendre la leucémie")

    expected = {
        "programs": "Greffe et leucémie",
        "diseases": "Leucémie aiguë",
        "events": "Journée leucémie",
        "partners": "Réseau leucémie",
        "pages": "Comprendre la leucémie",
    }
    for kind, title in expected.items():
        response = client.get("/fr/recherche/", {"q": "leucémie", "type": kind})
        assert result_titles(response) == [title], kind
    assert len(result_titles(client.get("/fr/recherche/", {"q": "leucémie"}))) == 5


def test_results_show_a_summary_and_the_kind_of_page(client, nephroblastoma):
    html = client.get("/fr/recherche/", {"q": "Wilms"}).content.decode()

    assert "Une tumeur du rein qui touche surtout les enfants" in html
    assert '<p class="search-result__type">' in html


def test_leaves_out_drafts(client, nephroblastoma):
    nephroblastoma.unpublish()

    assert result_titles(client.get("/fr/recherche/", {"q": "Wilms"})) == []


def test_paginates_results(client, disease_index):
    for number in range(12):
        DiseasePageFactory(title=f"Sarcome {number}", slug=f"sarcome-{number}")

    first = client.get("/fr/recherche/", {"q": "sarcome"})
    second = client.get("/fr/recherche/", {"q": "sarcome", "page": "2"})
    beyond = client.get("/fr/recherche/", {"q": "sarcome", "page": "3"})

    assert len(result_titles(first)) == 10
    assert len(result_titles(second)) == 2
    assert set(result_titles(first)).isdisjoint(result_titles(second))
    assert beyond.status_code == 404


def test_says_so_when_nothing_matches(client, nephroblastoma):
    response = client.get("/en/search/", {"q": "xylophone"})

    assert response.status_code == 200
    assert result_titles(response) == []
    assert "No page matches this search." in response.content.decode()


def test_empty_search_shows_the_form_without_results(client, nephroblastoma):
    for params in ({}, {"q": ""}, {"q": "    "}):
        response = client.get("/en/search/", params)
        html = response.content.decode()
        assert response.status_code == 200
        assert 'role="search"' in html
        assert "search-results" not in html


@pytest.mark.parametrize("query", ["Wilms\x00", "Wil\x1bms", "\x07"])
def test_rejects_control_characters_with_a_clear_message(client, home_page, query):
    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_rejects_an_unknown_content_type(client, home_page):
    response = client.get("/en/search/", {"q": "Wilms", "type": "recipes"})

    assert response.status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        "Wilms " * 2000,
        "🎗️💛",
        "ñ̷̢̛o̸͖͝ ͕w̴a̷y",
        "\u202eWilms",
        '"Wilms',
        "Wilms AND OR NOT (",
        "wilms* -dipg ^2 ~ :",
        "'; DROP TABLE wagtailcore_page; --",
        "!!!",
        "50% 100%s %(name)s",
        "Wilms\\",
    ],
)
def test_odd_queries_never_fail(client, nephroblastoma, query):
    response = client.get("/fr/recherche/", {"q": query})

    assert response.status_code == 200


def test_caps_queries_at_200_characters(client, nephroblastoma):
    response = client.get("/fr/recherche/", {"q": "Wilms " + "x" * 500})

    assert response.context["query"] == ("Wilms " + "x" * 500)[:200]


def test_header_has_a_labelled_search_box(client, home_page):
    html = client.get("/fr/").content.decode()

    form = re.search(r'<form class="site-search"[^>]*>.*?</form>', html, re.S).group()
    assert 'role="search"' in form
    assert 'action="/fr/recherche/"' in form
    assert '<label class="site-search__label" for="site-search-query">' in form


def test_synonyms_expand_across_languages_and_spellings():
    assert set(expand("leucémies")) >= {"leucémies", "leukaemia", "leukemia"}
    assert "gliome infiltrant du tronc cérébral traitement" in expand("DIPG traitement")
    assert "diffuse intrinsic pontine glioma" in expand("dipg")
    assert "néphroblastome" in expand("Wilms tumour")
    assert "CAR-T" in expand("CAR T cells")


def test_everyday_words_are_not_taken_for_acronyms():
    assert expand("all programs") == ["all programs"]
    assert "acute lymphoblastic leukaemia" in expand("ALL")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="French stemming is PostgreSQL's")
def test_french_plurals_and_accents_match_on_postgresql(client, nephroblastoma, dipg):
    assert result_titles(client.get("/fr/recherche/", {"q": "néphroblastomes"})) == [
        "Néphroblastome"
    ]
    assert result_titles(client.get("/fr/recherche/", {"q": "tumeurs cerebrales"})) == [
        "Gliome infiltrant du tronc cérébral"
    ]


def test_a_search_kept_in_the_cache_finds_a_page_published_since(
    client, fragment_cache, program_index, biomede
):
    search = reverse("search")
    assert result_titles(client.get(search, {"q": "MAPPYACTS"})) == []
    assert result_titles(client.get(search, {"q": "BIOMEDE"})) == ["BIOMEDE"]

    ProgramPageFactory(title="MAPPYACTS", acronym="MAPPYACTS")

    assert result_titles(client.get(search, {"q": "MAPPYACTS"})) == ["MAPPYACTS"]
    assert result_titles(client.get(search, {"q": "BIOMEDE"})) == ["BIOMEDE"]


def test_a_repeated_search_does_not_rank_the_pages_again(
    client, fragment_cache, program_index, biomede
):
    search = reverse("search")
    SiteSettings.for_site(program_index.get_site())  # made on first use, which purges
    client.get(search, {"q": "BIOMEDE"})

    with CaptureQueriesContext(connection) as queries:
        again = client.get(search, {"q": "BIOMEDE", "utm_source": "newsletter"})

    assert result_titles(again) == ["BIOMEDE"]
    assert not [query for query in queries if "wagtailsearch_indexentry" in query["sql"]]
