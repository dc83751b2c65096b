"""The news feeds read in an independent parser, and the articles' JSON-LD."""

import datetime

from django.utils import translation

import feedparser
import pytest

from news.kinds import ArticleKind
from tests.charity.visitors.test_structured_data import json_ld, of_type
from tests.factories import ImageFactory, PersonFactory, ProgramPageFactory, publish_translation
from tests.news.factories import ArticlePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_indexing")]


def parsed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize(("name", "version"), [("rss.xml", "rss20"), ("atom.xml", "atom10")])
def test_feeds_parse_with_every_article_in_full(client, news_index, name, version):
    article = ArticlePageFactory(
        title="Des survivants à long terme",
        date=datetime.date(2025, 4, 2),
        body=[("paragraph", '<p>Huit enfants <a href="https://example.org/">vivent</a>.</p>')],
        authors=[PersonFactory(honorific="Dr", name="Jacques Grill")],
    )
    article.save_revision().publish()
    ArticlePageFactory(title="Plus ancien", date=datetime.date(2024, 1, 1))
    ArticlePageFactory(title="Brouillon", live=False)

    response, feed = parsed(client, f"{news_index.url}{name}")

    assert feed.version == version
    assert feed.feed.title.startswith(news_index.title)
    assert [entry.title for entry in feed.entries] == ["Des survivants à long terme", "Plus ancien"]
    entry = feed.entries[0]
    assert entry.link == article.full_url
    assert "Huit enfants" in entry.content[0].value
    assert 'href="https://example.org/"' in entry.content[0].value
    assert entry.author == "Dr Jacques Grill"
    assert entry.id.startswith("tag:")


def test_feed_ids_stay_when_an_article_is_renamed_and_are_not_permalinks(client, news_index):
    article = ArticlePageFactory(title="Premier titre")
    article.save_revision().publish()
    _, before = parsed(client, f"{news_index.url}rss.xml")
    article.title, article.slug = "Nouveau titre", "nouveau-titre"
    article.save_revision().publish()
    response, after = parsed(client, f"{news_index.url}rss.xml")

    assert before.entries[0].id == after.entries[0].id
    assert after.entries[0].link.endswith("/nouveau-titre/")
    assert b'<guid isPermaLink="false">tag:' in response.content


def test_each_language_has_its_own_feeds_linked_from_the_head(client, news_index):
    article = ArticlePageFactory(title="Une avancée")
    english_article = publish_translation(article, title="A breakthrough", slug="a-breakthrough")
    english_index = english_article.get_parent()

    with translation.override("en"):
        _, feed = parsed(client, f"{english_index.url}atom.xml")
        page = client.get(english_article.url).content.decode()
    index = client.get(news_index.url).content.decode()

    assert [entry.title for entry in feed.entries] == ["A breakthrough"]
    assert f'title="{english_index.title} (Atom)" href="{english_index.url}atom.xml"' in page
    assert 'rel="alternate" type="application/rss+xml"' in index
    assert f'href="{news_index.url}rss.xml"' in index


def test_article_is_a_news_article_with_author_dates_and_image(client, news_index):
    program = ProgramPageFactory(acronym="BIOMEDE")
    article = ArticlePageFactory(
        title="BIOMEDE : des survivants à long terme",
        kind=ArticleKind.RESEARCH_NEWS,
        date=datetime.date(2025, 4, 2),
        hero_image=ImageFactory(),
        authors=[PersonFactory(honorific="Dr", name="Jacques Grill", role="Pédiatre")],
        about=[program],
    )

    entity = of_type(json_ld(client, article.url), "NewsArticle")

    assert entity["headline"] == "BIOMEDE : des survivants à long terme"
    assert entity["datePublished"] == "2025-04-02"
    assert entity["dateModified"]
    grill = {"@type": "Person", "name": "Jacques Grill", "honorificPrefix": "Dr"}
    assert entity["author"] == [{**grill, "jobTitle": "Pédiatre"}]
    assert entity["image"].startswith("http://testserver/")
    assert entity["url"] == article.full_url
    assert entity["about"][0]["name"] == program.title


def test_article_without_authors_is_signed_by_the_charity(client, news_index):
    article = ArticlePageFactory()

    entity = of_type(json_ld(client, article.url), "NewsArticle")

    assert entity["author"][0]["@type"] == "NGO"
