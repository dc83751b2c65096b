"""Every public page type, in French and English, on a phone and on a desktop screen."""

import pytest

from tests.browser.conftest import DESKTOP, MOBILE, NARROWEST

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["mobile", "desktop"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_type_renders_cleanly_and_passes_the_accessibility_audit(
    open_context, site, problems_of, axe, language, viewport
):
    page = open_context(viewport=viewport).new_page()
    problems = problems_of(page)
    failures = []
    for page_type, url in site.urls[language].items():
        problems.clear()
        expected_status = 404 if page_type == "not_found" else 200
        response = page.goto(url)
        if response.status != expected_status:
            failures.append(f"{url}: status {response.status}, expected {expected_status}")
        if page.evaluate("document.documentElement.lang") != language:
            failures.append(f"{url}: the page is not marked as written in {language}")
        widths = [viewport["width"]]
        if viewport == MOBILE:
            widths.append(NARROWEST["width"])
        for width in widths:
            page.set_viewport_size({**viewport, "width": width})
            overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
            if overflow > 0:
                failures.append(f"{url}: scrolls sideways by {overflow}px at {width}px wide")
        page.set_viewport_size(viewport)
        failures += [f"{url}: {violation}" for violation in axe(page)]
        # The browser reports the 404 page's own status as an error: it is the one expected.
        errors = [
            error
            for error in problems.errors
            if not (expected_status == 404 and error.endswith(f"({response.url})"))
        ]
        failures += [f"{url}: console: {error}" for error in errors]
        failures += [f"{url}: CSP: {violation}" for violation in problems.csp_violations]
    assert not failures, "\n".join(failures)
