"""A visitor reads the news and follows an article to the program it is about."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, MOBILE

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["mobile", "desktop"])
def test_a_visitor_reads_an_article_and_follows_it_to_its_program(open_context, site, viewport):
    page = open_context(viewport=viewport).new_page()
    page.goto(site.urls["fr"]["news_index"])
    expect(page.get_by_role("heading", level=1)).to_have_text("Actualités")

    page.select_option("select[name=kind]", "yearly-report")
    page.get_by_role("button", name="Appliquer les filtres").click()
    assert "kind=yearly-report" in page.url
    page.get_by_role("link", name=site.article.title).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(site.article.title)
    expect(page.get_by_text("Huit enfants sont les premiers survivants")).to_be_visible()
    about = page.get_by_role("complementary", name="Cet article parle de")
    about.get_by_role("link", name="MAPPYACTS").click()

    expect(page).to_have_url(re.compile(re.escape(site.program.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("MAPPYACTS")
    latest = page.get_by_role("region", name="Derniers articles")
    expect(latest.get_by_role("link", name=site.article.title)).to_be_visible()
