"""Suggestions in the header's search field: a combobox used from the keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP
from tests.browser.test_keyboard import tab_to

pytestmark = pytest.mark.browser


def test_a_suggested_page_is_chosen_and_opened_from_the_keyboard(open_context, site, axe):
    page = open_context(viewport=DESKTOP).new_page()
    page.goto(site.urls["fr"]["home"])
    field = page.locator("#site-search-query")
    tab_to(page, "#site-search-query")

    page.keyboard.type("neuro")

    listbox = page.locator("#site-search-suggestions")
    expect(listbox).to_be_visible()
    expect(field).to_have_attribute("role", "combobox")
    expect(field).to_have_attribute("aria-expanded", "true")
    expect(listbox.locator("[role=option]")).to_have_count(1)
    expect(listbox.locator("[role=option]")).to_contain_text("Neuroblastome")
    expect(page.locator("[data-search-status]")).to_have_text(re.compile(r"\b1\b"))
    assert axe(page) == []

    page.keyboard.press("ArrowDown")
    expect(field).to_have_attribute("aria-activedescendant", "site-search-suggestions-0")
    expect(listbox.locator("[role=option]").first).to_have_attribute("aria-selected", "true")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url.endswith(site.urls["fr"]["disease"])


def test_escape_closes_the_suggestions_and_enter_still_sends_the_form(open_context, site):
    page = open_context(viewport=DESKTOP).new_page()
    page.goto(site.urls["fr"]["home"])
    field = page.locator("#site-search-query")
    tab_to(page, "#site-search-query")
    page.keyboard.type("neuro")
    expect(page.locator("#site-search-suggestions")).to_be_visible()

    page.keyboard.press("Escape")

    expect(page.locator("#site-search-suggestions")).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/fr/recherche/?q=neuro" in page.url
