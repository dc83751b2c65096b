"""The site used from the keyboard alone: skip link, menu, filters and search."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, MOBILE

pytestmark = pytest.mark.browser

FOCUS_STYLE = """element => {
    const style = getComputedStyle(element);
    return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join(" ");
}"""


def focused(page):
    return page.evaluate(
        "() => { const e = document.activeElement;"
        " return e ? (e.id || e.className || e.tagName) : null; }"
    )


def tab_to(page, selector, limit=40):
    """Press Tab until the element matching ``selector`` has the focus; the number of presses."""
    target = page.locator(selector)
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return presses
    raise AssertionError(f"{selector} is not reached in {limit} presses of Tab")


@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["mobile", "desktop"])
def test_the_skip_link_is_the_first_tab_stop_shows_on_focus_and_moves_focus_to_main(
    open_context, site, viewport
):
    page = open_context(viewport=viewport).new_page()
    page.goto(site.urls["fr"]["program"])
    skip_link = page.locator(".skip-link")
    assert not skip_link.is_visible() or skip_link.bounding_box()["y"] + 1 < 0, (
        "the skip link shows before it has the focus"
    )

    page.keyboard.press("Tab")

    assert skip_link.evaluate("element => element === document.activeElement")
    box = skip_link.bounding_box()
    assert box["y"] >= 0 and box["x"] >= 0 and box["height"] > 10, "the skip link stays hidden"
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")

    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.locator("main").evaluate("main => main.contains(document.activeElement)"), (
        f"the next Tab after the skip link leaves the main content: {focused(page)}"
    )


def test_the_mobile_menu_opens_from_the_keyboard_and_its_links_are_reachable(open_context, site):
    page = open_context(viewport=MOBILE).new_page()
    page.goto(site.urls["en"]["home"])
    links = page.locator(".site-nav__link")
    expect(links.first).to_be_hidden()

    tab_to(page, ".site-menu__toggle")
    page.keyboard.press("Enter")

    expect(links.first).to_be_visible()
    assert links.count() >= 4
    for index in range(links.count()):
        page.keyboard.press("Tab")
        link = links.nth(index)
        assert link.evaluate("link => link === document.activeElement"), (
            f"menu link {index + 1} is not the next Tab stop: {focused(page)}"
        )
        expect(link).to_be_in_viewport()

    page.keyboard.press("Escape")
    expect(links.first).to_be_hidden()
    assert page.locator(".site-menu__toggle").evaluate(
        "toggle => toggle === document.activeElement"
    ), "closing the menu with Escape loses the focus"


@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["mobile", "desktop"])
def test_the_search_box_and_program_filters_are_reachable_and_show_the_focus(
    open_context, site, viewport
):
    page = open_context(viewport=viewport).new_page()
    page.goto(site.urls["fr"]["program_index"])
    controls = [
        "#site-search-query",
        ".site-search__button",
        ".filter-form select >> nth=0",
        ".filter-form select >> nth=1",
        ".filter-form select >> nth=2",
        ".filter-form button[type=submit]",
    ]
    unfocused = {selector: page.locator(selector).evaluate(FOCUS_STYLE) for selector in controls}

    for selector in controls:
        tab_to(page, selector)
        control = page.locator(selector)
        expect(control).to_be_in_viewport()
        assert control.evaluate(FOCUS_STYLE) != unfocused[selector], (
            f"{selector} looks the same with and without the focus"
        )
