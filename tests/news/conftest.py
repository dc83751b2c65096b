import pytest

from tests.news.factories import NewsIndexPageFactory


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory()
