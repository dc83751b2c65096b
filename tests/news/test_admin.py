from django.urls import reverse

from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

import pytest

from charity.foundations.blocks import RICH_TEXT_FEATURES
from news.kinds import ArticleKind
from news.models import ArticlePage, NewsIndexPage
from tests.factories import (
    DiseasePageFactory,
    EventPageFactory,
    PersonFactory,
    ProgramPageFactory,
    publish_translation,
)
from tests.wagtail_admin import add_page_in_admin, form_errors

pytestmark = pytest.mark.django_db


def test_staff_create_the_news_index(admin_client, home_page):
    fields = {"title": "Actualités", "slug": "actualites", "intro": ""}

    response = add_page_in_admin(admin_client, home_page, NewsIndexPage, fields)

    assert response.status_code == 302, form_errors(response)
    assert NewsIndexPage.objects.get(slug="actualites").live


def test_staff_create_an_article_with_its_authors_and_links(admin_client, news_index):
    program = ProgramPageFactory()
    disease = DiseasePageFactory()
    author = PersonFactory()
    fields = {
        "title": "BIOMEDE : des survivants à long terme",
        "slug": "biomede-survivants",
        "kind": ArticleKind.RESEARCH_NEWS,
        "date": "02/04/2025",
        "summary": "Huit enfants sont les premiers survivants à long terme.",
        "body": streamfield(
            [("paragraph", rich_text("<p>Un résultat inattendu.</p>", features=RICH_TEXT_FEATURES))]
        ),
        "authors": inline_formset([{"person": str(author.pk)}]),
    }
    multiple = {"related_programs": [str(program.pk)], "related_diseases": [str(disease.pk)]}

    response = add_page_in_admin(admin_client, news_index, ArticlePage, fields, multiple)

    assert response.status_code == 302, form_errors(response)
    article = ArticlePage.objects.get(slug="biomede-survivants")
    assert article.live
    assert str(article.date) == "2025-04-02"
    assert list(article.related_programs.all()) == [program]
    assert list(article.related_diseases.all()) == [disease]
    assert [link.person for link in article.authors.all()] == [author]


def test_an_article_without_kind_or_summary_is_refused_beside_the_fields(admin_client, news_index):
    fields = {
        "title": "Sans genre",
        "slug": "sans-genre",
        "kind": "",
        "summary": "",
        "date": "",
        "body": streamfield([]),
        "authors": inline_formset([]),
    }

    response = add_page_in_admin(admin_client, news_index, ArticlePage, fields)

    assert response.status_code == 200
    assert {"kind", "summary"} <= set(response.context["form"].errors)
    assert not ArticlePage.objects.exists()


def test_articles_only_go_under_the_news_index(home_page):
    assert ArticlePage.allowed_parent_page_models() == [NewsIndexPage]
    assert not ArticlePage.can_create_at(home_page)


def test_an_article_s_events_are_picked_from_a_filterable_list_of_the_french_events(
    admin_client, news_index, event_index
):
    seminar = EventPageFactory(parent=event_index, title="Séminaire de recherche 2026")
    publish_translation(seminar, title="Research seminar 2026", slug="research-seminar-2026")
    EventPageFactory(parent=event_index, title="Convention annuelle")
    add_url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", news_index.pk])

    response = admin_client.get(add_url)

    soup = WagtailTestUtils.get_soup(response.content)
    events = soup.select_one("[data-contentpath=related_events] .filterable-choices")
    assert events is not None
    assert events.select_one("input[type=search]") is not None
    labels = [label.get_text(strip=True) for label in events.select("label")]
    assert labels == ["Convention annuelle", "Séminaire de recherche 2026"]
