"""Articles and the pages that list them: the index's filters, the home page, and the
programs, diseases, partners and events an article is about."""

import datetime

from django.utils import translation
from django.utils.translation import gettext

import pytest

from news.kinds import ArticleKind
from news.models import latest_articles_about
from tests.factories import (
    DiseasePageFactory,
    EventPageFactory,
    PartnerPageFactory,
    PersonFactory,
    ProgramPageFactory,
    publish_translation,
)
from tests.news.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def titles(response):
    return [article.title for article in response.context["page_obj"].object_list]


def test_index_lists_the_articles_newest_first(client, news_index):
    ArticlePageFactory(title="Ancien", date=datetime.date(2023, 5, 1))
    ArticlePageFactory(title="Récent", date=datetime.date(2025, 5, 1))
    ArticlePageFactory(title="Brouillon", live=False)

    response = client.get(news_index.url)

    assert response.status_code == 200
    assert titles(response) == ["Récent", "Ancien"]


def test_index_filters_by_kind_and_year(client, news_index):
    report = ArticleKind.YEARLY_REPORT
    ArticlePageFactory(title="Rapport 2024", kind=report, date=datetime.date(2024, 6, 1))
    ArticlePageFactory(title="Rapport 2025", kind=report, date=datetime.date(2025, 6, 1))
    ArticlePageFactory(
        title="Communiqué 2025", kind=ArticleKind.PRESS_RELEASE, date=datetime.date(2025, 2, 1)
    )

    by_kind = client.get(news_index.url, {"kind": "yearly-report"})
    by_both = client.get(news_index.url, {"kind": "yearly-report", "year": "2025"})
    by_year = client.get(news_index.url, {"year": "2025"})

    assert titles(by_kind) == ["Rapport 2025", "Rapport 2024"]
    assert titles(by_both) == ["Rapport 2025"]
    assert titles(by_year) == ["Rapport 2025", "Communiqué 2025"]
    # The form offers the years that have articles, and keeps what was chosen.
    assert '<option value="2024">2024</option>' in by_both.content.decode()
    assert '<option value="2025" selected>2025</option>' in by_both.content.decode()


@pytest.mark.parametrize(
    "params",
    [{"kind": "nonsense"}, {"year": "1999"}, {"year": "abc"}, {"year": "2025'--"}, {"kind": "<b>"}],
)
def test_a_bad_filter_is_a_400_with_the_error_beside_the_field(client, news_index, params):
    ArticlePageFactory(date=datetime.date(2025, 1, 1))

    response = client.get(news_index.url, params)

    assert response.status_code == 400
    content = response.content.decode()
    assert gettext("These filters could not be applied.") in content
    assert 'class="filter-form__field filter-form__field--error"' in content


@pytest.mark.parametrize("number", ["0", "99", "abc", "-1", "1" * 20])
def test_a_bad_page_number_is_a_404(client, news_index, number):
    ArticlePageFactory()

    assert client.get(news_index.url, {"page": number}).status_code == 404


def test_index_is_paginated(client, news_index):
    for day in range(1, 15):
        ArticlePageFactory(date=datetime.date(2025, 1, day))

    first = client.get(news_index.url)
    second = client.get(news_index.url, {"page": "2"})

    assert len(first.context["page_obj"].object_list) == news_index.per_page
    assert len(second.context["page_obj"].object_list) == 14 - news_index.per_page
    assert 'rel="next"' in first.content.decode()


def test_empty_index_and_empty_filter_say_so(client, news_index):
    empty = client.get(news_index.url).content.decode()
    assert gettext("No article has been published yet.") in empty
    ArticlePageFactory(kind=ArticleKind.PRESS_RELEASE, date=datetime.date(2025, 1, 1))

    response = client.get(news_index.url, {"kind": "event-recap"})

    assert response.status_code == 200
    assert gettext("No article matches these filters.") in response.content.decode()


def test_article_shows_its_date_kind_authors_and_what_it_is_about(client, news_index):
    program = ProgramPageFactory(acronym="MICCHADO")
    disease = DiseasePageFactory(title="Neuroblastome")
    author = PersonFactory(honorific="Dr", name="Gudrun Schleiermacher")
    article = ArticlePageFactory(
        kind=ArticleKind.YEARLY_REPORT,
        date=datetime.date(2025, 3, 14),
        authors=[author],
        about=[program, disease],
    )

    content = client.get(article.url).content.decode()

    assert str(ArticleKind.YEARLY_REPORT.label) in content
    assert '<time datetime="2025-03-14">14 mars 2025</time>' in content
    assert "Dr Gudrun Schleiermacher" in content
    assert f'href="{program.url}">MICCHADO</a>' in content
    assert f'href="{disease.url}">Neuroblastome</a>' in content


def test_pages_list_their_latest_three_articles(client, news_index, event_index):
    program = ProgramPageFactory()
    disease = DiseasePageFactory()
    partner = PartnerPageFactory()
    event = EventPageFactory()
    for day in range(1, 5):
        ArticlePageFactory(
            title=f"Article du {day}",
            date=datetime.date(2025, 1, day),
            about=[program, disease, partner, event],
        )
    ArticlePageFactory(title="Sans lien")
    ArticlePageFactory(title="Non publié", live=False, about=[program])

    for page in (program, disease, partner, event):
        content = client.get(page.url).content.decode()
        assert gettext("Latest articles") in content
        listed = [article.title for article in latest_articles_about(page)]
        assert listed == ["Article du 4", "Article du 3", "Article du 2"]
        assert "Article du 4" in content
        assert "Article du 1" not in content
        assert "Sans lien" not in content
        assert "Non publié" not in content


def test_english_pages_list_the_english_articles_linked_on_the_french_ones(client, news_index):
    program = ProgramPageFactory()
    article = ArticlePageFactory(title="Une avancée", about=[program])
    english_program = publish_translation(program)
    publish_translation(article, title="A breakthrough", slug="a-breakthrough")

    with translation.override("en"):
        content = client.get(english_program.url).content.decode()

    assert [a.title for a in latest_articles_about(english_program)] == ["A breakthrough"]
    assert "A breakthrough" in content
    assert "Une avancée" not in content


def test_home_page_shows_the_latest_three_articles(client, home_page, news_index):
    for day in range(1, 6):
        ArticlePageFactory(title=f"Nouvelle {day}", date=datetime.date(2025, 2, day))

    response = client.get(home_page.url)

    assert [a.title for a in response.context["latest_articles"]] == [
        "Nouvelle 5",
        "Nouvelle 4",
        "Nouvelle 3",
    ]
    assert f'href="{news_index.url}"' in response.content.decode()


def test_articles_are_in_the_sitemap_and_found_by_the_site_search(client, news_index):
    article = ArticlePageFactory(
        title="Doxorubicine et ostéosarcome", summary="Une piste contre la résistance."
    )

    sitemap = client.get("/sitemap.xml").content.decode()
    results = client.get("/fr/recherche/", {"q": "doxorubicine", "type": "news"})

    assert article.full_url in sitemap
    assert results.status_code == 200
    assert [result["page"].pk for result in results.context["results"]] == [article.pk]
