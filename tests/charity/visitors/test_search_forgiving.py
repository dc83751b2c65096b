"""A search that forgives: misspelt words corrected from the site's own vocabulary,
a helpful page when nothing matches, and suggestions as the visitor types."""

import io
import json
import re
import time

from django.core.management import call_command

import pytest

from charity.models import DonatePage, SearchTerm
from charity.models.search_vocabulary import close_words
from diseases.models import DiseaseCategory
from tests.factories import DiseasePageFactory, ProgramPageFactory, publish_translation

pytestmark = pytest.mark.django_db


def result_titles(response):
    return re.findall(
        r'<h3 class="search-result__title"><a href="[^"]+">([^<]+)</a></h3>',
        response.content.decode(),
    )


@pytest.fixture
def neuroblastoma(disease_index):
    page = DiseasePageFactory(
        title="Neuroblastome",
        slug="neuroblastome",
        category=DiseaseCategory.SOLID_TUMOUR,
        summary="Une tumeur du système nerveux sympathique.",
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def rhabdomyosarcoma(disease_index):
    page = DiseasePageFactory(
        title="Rhabdomyosarcome",
        slug="rhabdomyosarcome",
        category=DiseaseCategory.SOLID_TUMOUR,
        summary="Un sarcome des tissus mous.",
    )
    page.save_revision().publish()
    return page


def test_publishing_a_page_adds_its_words_and_unpublishing_removes_them(neuroblastoma):
    assert SearchTerm.objects.filter(language_code="fr", word="neuroblastome").exists()

    neuroblastoma.unpublish()

    assert not SearchTerm.objects.filter(word="neuroblastome").exists()


def test_a_translation_adds_words_in_its_own_language(neuroblastoma):
    english = publish_translation(neuroblastoma, title="Neuroblastoma", slug="neuroblastoma")

    assert SearchTerm.objects.filter(language_code="en", word="neuroblastoma", page=english)
    assert not SearchTerm.objects.filter(language_code="fr", word="neuroblastoma").exists()


def test_deleting_a_page_deletes_its_words(neuroblastoma):
    neuroblastoma.delete()

    assert not SearchTerm.objects.exists()


def test_close_words_are_the_sites_own_spellings(neuroblastoma, rhabdomyosarcoma):
    assert close_words("fr", ["neuroblastme", "rabdomyosarcome", "Neuroblastome", "xylophone"]) == {
        "neuroblastme": "neuroblastome",
        "rabdomyosarcome": "rhabdomyosarcome",
    }
    assert close_words("en", ["neuroblastme"]) == {}


def test_the_rebuild_command_adds_the_synonyms_in_every_language(home_page):
    call_command("rebuild_search_vocabulary", stdout=io.StringIO())

    assert close_words("en", ["retinoblastma"]) == {"retinoblastma": "retinoblastoma"}
    assert close_words("fr", ["rétinoblastme"]) == {"rétinoblastme": "rétinoblastome"}


def test_a_misspelt_search_shows_the_results_of_its_correction(client, neuroblastoma):
    response = client.get("/fr/recherche/", {"q": "neuroblastme"})
    html = response.content.decode()

    assert response.status_code == 200
    assert result_titles(response) == ["Neuroblastome"]
    heading = re.search(r'<h2 id="search-results-heading">(.*?)</h2>', html, re.S).group(1)
    assert "neuroblastome" in heading
    assert "neuroblastme" not in heading
    assert "q=neuroblastme&amp;exact=1" in html


def test_the_exact_words_can_still_be_searched(client, neuroblastoma):
    response = client.get("/fr/recherche/", {"q": "neuroblastme", "exact": "1"})

    assert result_titles(response) == []
    assert "search-results__correction" not in response.content.decode()


def test_a_search_that_finds_little_offers_the_correction(client, neuroblastoma, program_index):
    ProgramPageFactory(title="Neuroblastme", acronym="NEUROBLASTME")

    response = client.get("/fr/recherche/", {"q": "neuroblastme"})
    html = response.content.decode()

    assert result_titles(response) == ["Neuroblastme"]
    assert re.search(r'<a href="\?q=neuroblastome[^"]*">neuroblastome</a>', html)


def test_a_correct_search_is_not_corrected(client, neuroblastoma):
    html = client.get("/fr/recherche/", {"q": "neuroblastome"}).content.decode()

    assert "search-results__correction" not in html


def test_an_empty_result_page_links_to_the_sections_and_the_donate_page(client, neuroblastoma):
    donate = DonatePage(title="Faire un don", slug="faire-un-don")
    neuroblastoma.get_parent().get_parent().add_child(instance=donate)

    html = client.get("/fr/recherche/", {"q": "xylophone"}).content.decode()

    links = re.search(r'<div class="empty-state">.*?</div>', html, re.S).group()
    assert 'href="/fr/faire-un-don/"' in links


def suggestions(client, query, language="fr", **extra):
    path = "/fr/recherche/suggestions/" if language == "fr" else "/en/search/suggestions/"
    return client.get(path, {"q": query}, **extra)


def test_suggestions_propose_pages_by_the_beginning_of_their_words(client, neuroblastoma):
    response = suggestions(client, "neuro")
    answer = json.loads(response.content)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "public" in response["Cache-Control"]
    [result] = answer["results"]
    assert result["title"] == "Neuroblastome"
    assert result["url"] == neuroblastoma.get_url()
    assert result["kind"]


def test_suggestions_forgive_a_misspelt_word(client, neuroblastoma):
    answer = json.loads(suggestions(client, "neuroblastme").content)

    assert [result["title"] for result in answer["results"]] == ["Neuroblastome"]


def test_suggestions_wait_for_two_letters(client, neuroblastoma):
    assert json.loads(suggestions(client, "n").content)["results"] == []


@pytest.mark.parametrize(
    "query", ["\x00", "neuro\x1b", "'; DROP TABLE x; --", "%", "🎗️" * 500, "a" * 5000, '"(*&^']
)
def test_suggestions_never_fail_on_hostile_input(client, neuroblastoma, query):
    assert suggestions(client, query).status_code in {200, 400}


def test_suggestions_are_throttled_per_address(client, settings, neuroblastoma):
    settings.SEARCH_SUGGESTIONS_PER_MINUTE = 3
    answers = [suggestions(client, "neuro").status_code for _ in range(4)]
    other = suggestions(client, "neuro", REMOTE_ADDR="192.0.2.7")

    assert answers == [200, 200, 200, 429]
    assert other.status_code == 200


def test_promoted_pages_come_first_in_the_visitors_language(client, neuroblastoma, disease_index):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    other = DiseasePageFactory(title="Leucémies", slug="leucemies")
    SearchPromotion.objects.create(
        query=Query.get("Neuroblastome"), page=other, description="Le plus fréquent."
    )

    html = client.get("/fr/recherche/", {"q": "neuroblastome"}).content.decode()

    promoted = re.search(r'search-results__list--promoted">(.*?)</ul>', html, re.S)
    assert promoted, "no promoted results"
    assert "Leucémies" in promoted.group(1)
    assert "Le plus fréquent." in promoted.group(1)
    assert promoted.start() < html.index('<ol class="search-results__list"')
    assert result_titles(client.get("/en/search/", {"q": "neuroblastome"})) == []


def test_searches_are_counted_in_the_cache_and_written_by_the_flush(client, neuroblastoma):
    from wagtail.contrib.search_promotions.models import Query

    from charity.models import SearchStatistic
    from charity.models.search_statistics import flush

    client.get("/fr/recherche/", {"q": "Neuroblastome"})
    client.get("/fr/recherche/", {"q": "neuroblastome "})
    client.get("/fr/recherche/", {"q": "xylophone"})

    assert not SearchStatistic.objects.exists()
    assert not Query.objects.exists()
    later = time.time() + 3600
    call_command("flush_search_statistics", stdout=io.StringIO())
    assert not SearchStatistic.objects.exists()  # the hour is still open

    assert flush(now=later) == 3
    counts = {row.query: (row.hits, row.found_nothing) for row in SearchStatistic.objects.all()}
    assert counts == {"neuroblastome": (2, False), "xylophone": (1, True)}
    assert flush(now=later) == 0


def test_the_report_shows_frequent_searches_and_those_that_found_nothing(
    client, admin_user, home_page
):
    import datetime

    from charity.models import SearchStatistic

    today = datetime.date.today()
    SearchStatistic.objects.create(day=today, language_code="fr", query="dipg", hits=7)
    SearchStatistic.objects.create(
        day=today, language_code="en", query="xylophone", hits=2, found_nothing=True
    )
    client.force_login(admin_user)

    response = client.get("/admin/reports/site-searches/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "dipg" in html and "xylophone" in html


def test_the_report_is_for_staff_only(client, django_user_model, home_page):
    visitor = django_user_model.objects.create_user("visitor", password="x")
    client.force_login(visitor)

    assert client.get("/admin/reports/site-searches/").status_code in {302, 403}
