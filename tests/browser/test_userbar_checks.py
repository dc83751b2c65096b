"""The accessibility checker of Wagtail's user bar, as an editor runs it on the public pages.

Wagtail runs the checks when a signed-in member of staff opens any page, and shows the
number of issues on the user bar: a checker that always finds something in the site's
own templates teaches editors to ignore it.
"""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

FOOTER_TEXT = (
    "Imagine for Margo – Enfants sans cancer finance depuis 2011 la recherche "
    "contre les cancers de l'enfant."
)


@pytest.fixture
def site_with_footer_text(site):
    """The site, with the footer text every real home page has (see charity/demo)."""
    from charity.models import HomePage

    for home in HomePage.objects.all():
        home.footer_text = FOOTER_TEXT
        home.save_revision().publish()
    return site


@pytest.fixture
def editor_browser(staff, sign_in):
    """A page of the browser of a member of the Editors group, signed in, admin in French."""
    return sign_in(staff("editor", language="fr"))


def checks_on(page, url):
    """What the user bar's checks report on the page at ``url``: the issue count shown on
    the "Checks" item, and the name of each issue listed in its dialog."""
    page.goto(url)
    userbar = page.locator("wagtail-userbar")
    count = userbar.locator("#checker-trigger [data-content-checker-count]")
    # Empty until the checks have run.
    expect(count).to_have_text(re.compile(r"^\d+$"))
    userbar.locator("#wagtail-userbar-trigger").click()
    userbar.get_by_role("menuitem", name="Vérifications").click()
    issues = userbar.locator("#checker-results [data-content-checker-row]")
    expect(issues).to_have_count(int(count.inner_text()))
    return int(count.inner_text()), issues.locator("[data-content-checker-name]").all_inner_texts()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_checks_find_nothing_on_any_page_type(site_with_footer_text, editor_browser, language):
    reports = {}
    for page_type, url in site_with_footer_text.urls[language].items():
        if page_type in ("search", "not_found"):
            continue
        count, names = checks_on(editor_browser, url)
        if count:
            reports[url] = f"{count} issue(s): {', '.join(names)}"
    assert not reports, "\n".join(f"{url}: {report}" for url, report in reports.items())


def test_the_checks_report_a_paragraph_an_editor_styles_as_a_heading(
    site_with_footer_text, editor_browser
):
    from tests.factories import StandardPageFactory

    page = StandardPageFactory(
        title="Nos résultats",
        body=[
            (
                "paragraph",
                "<p><b><i>Résultats</i></b></p>"
                "<p>Trois essais cliniques ont ouvert cette année aux enfants en rechute.</p>",
            ),
        ],
    )

    count, names = checks_on(editor_browser, page.url)

    assert count == 1
    assert names == ["Utilisation de paragraphes en tant que titre"]
    badge = editor_browser.locator("wagtail-userbar #wagtail-userbar-trigger .w-userbar-axe-count")
    expect(badge).to_have_text("1")
