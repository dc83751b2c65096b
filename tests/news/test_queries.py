import datetime

import pytest

from tests.factories import DiseasePageFactory, PersonFactory, ProgramPageFactory
from tests.news.factories import ArticlePageFactory
from tests.programs.test_queries import small_image
from tests.query_counts import assert_same_query_count, render_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_indexing")]


def add_articles(count):
    for day in range(count):
        ArticlePageFactory(
            hero_image=small_image(), date=datetime.date(2024, 1, 1) + datetime.timedelta(days=day)
        )


def test_news_index_costs_the_same_queries_for_5_or_30_articles(client, news_index):
    add_articles(5)
    few = render_queries(client, news_index.url)
    add_articles(25)
    many = render_queries(client, news_index.url)

    assert_same_query_count(few, many)


def test_filtered_news_index_costs_the_same_queries_for_5_or_30_articles(client, news_index):
    filters = {"kind": "research-news", "year": "2024"}
    add_articles(5)
    few = render_queries(client, news_index.url, filters)
    add_articles(25)
    many = render_queries(client, news_index.url, filters)

    assert_same_query_count(few, many)


def test_article_costs_the_same_queries_for_1_or_10_links_and_authors(client, news_index):
    def article(count):
        return ArticlePageFactory(
            hero_image=small_image(),
            authors=[PersonFactory(photo=small_image()) for _ in range(count)],
            about=[ProgramPageFactory() for _ in range(count)]
            + [DiseasePageFactory() for _ in range(count)],
        )

    few = render_queries(client, article(1).url)
    many = render_queries(client, article(10).url)

    assert_same_query_count(few, many)


def test_program_page_lists_1_or_3_articles_with_the_same_queries(client, news_index):
    program = ProgramPageFactory()
    ArticlePageFactory(about=[program])
    few = render_queries(client, program.url)
    ArticlePageFactory.create_batch(5, about=[program])
    many = render_queries(client, program.url)

    assert_same_query_count(few, many)
