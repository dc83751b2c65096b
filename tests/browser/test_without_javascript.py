"""Every page works with JavaScript turned off: the menu, the program filters, the search."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, MOBILE

pytestmark = pytest.mark.browser


@pytest.fixture
def page_without_javascript(open_context):
    return lambda viewport: open_context(viewport=viewport, java_script_enabled=False).new_page()


def test_the_mobile_menu_opens_without_javascript(page_without_javascript, site):
    page = page_without_javascript(MOBILE)
    page.goto(site.urls["fr"]["home"])
    first_link = page.locator(".site-nav__link").first
    expect(first_link).to_be_hidden()

    page.locator(".site-menu__toggle").click()

    expect(first_link).to_be_visible()
    destination = first_link.get_attribute("href")
    first_link.click()
    assert page.evaluate("location.pathname") == destination


def test_the_program_filters_apply_without_javascript(page_without_javascript, site):
    page = page_without_javascript(DESKTOP)
    page.goto(site.urls["fr"]["program_index"])
    cards = page.locator(".card-grid > li")
    expect(cards).to_have_count(2)

    page.select_option("select[name=status]", "completed")
    page.get_by_role("button", name="Appliquer les filtres").click()

    assert "status=completed" in page.url
    expect(cards).to_have_count(1)
    expect(cards.first).to_contain_text("BEACON")


def test_the_site_search_works_without_javascript(page_without_javascript, site):
    page = page_without_javascript(MOBILE)
    page.goto(site.urls["en"]["home"])

    page.locator("#site-search-query").fill("neuroblastoma")
    page.locator("#site-search-query").press("Enter")

    assert page.url.split("?")[0].endswith("/en/search/")
    results = page.locator(".search-result__title a")
    expect(results.first).to_be_visible()
    expect(page.locator(".search-results")).to_contain_text("Neuroblastoma")
