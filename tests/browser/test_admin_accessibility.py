"""axe on the admin's edit view of every page type and snippet, as an editor sees it.

The pages' stream fields hold one block of each kind the project defines, so that every
block's form is checked, on every tab of the form. What the project's code puts in the
form must pass; what Wagtail itself renders the same way on any Wagtail site is listed
in WAGTAIL_OWN, and anything else fails.
"""

import pytest

from tests.browser.conftest import AXE_TAGS

pytestmark = pytest.mark.browser

# Violations of Wagtail's own markup, by axe rule and the CSS selector of the element axe
# reports, each with the reason it is Wagtail's.
WAGTAIL_OWN = {
    ("aria-input-field-name", ".public-DraftEditor-content[role=textbox]"): (
        "Draftail, Wagtail's rich text editor, types into a contenteditable textbox that has "
        "neither aria-label nor aria-labelledby: the field's label points at the hidden "
        "input the editor replaces (wagtail/wagtail#14205). Every rich text field and "
        "rich text block has it."
    ),
    ("scrollable-region-focusable", ".w-minimap__list"): (
        "Wagtail's minimap, beside every long edit form: while it is collapsed its links are "
        "out of the tab order (tabindex=-1), and its list scrolls when the form has many "
        "sections."
    ),
}

EDITED_TYPES = {
    "HomePage",
    "ProgramIndexPage",
    "ProgramPage",
    "DiseaseIndexPage",
    "DiseasePage",
    "EventIndexPage",
    "EventPage",
    "PartnerIndexPage",
    "PartnerPage",
    "StandardPage",
    "DonatePage",
    "FundingPage",
    "NewsIndexPage",
    "ArticlePage",
    "ContactPage",
    "Person",
    "Testimonial",
}

UNKNOWN_VIOLATIONS = """async ({tags, known}) => {
    const results = await axe.run(document, {runOnly: {type: "tag", values: tags}});
    const unknown = [];
    for (const violation of results.violations) {
        for (const node of violation.nodes) {
            const element = document.querySelector(node.target[0]);
            const isKnown = known.some(
                ([rule, selector]) => rule === violation.id && element?.matches(selector)
            );
            if (!isKnown) {
                const html = node.html.slice(0, 160);
                unknown.push(`${violation.id}: ${node.target.join(" ")} ${html}`);
            }
        }
    }
    return unknown;
}"""


def every_body_block(image):
    """One block of each kind of the body stream (charity.foundations.blocks.BodyBlock)."""
    return [
        {"type": "heading", "value": "Objectifs du programme"},
        {"type": "paragraph", "value": "<p>Le programme séquence les tumeurs en rechute.</p>"},
        {
            "type": "key_result",
            "value": {"figure": "40 %", "label": "des enfants", "detail": "ont une cible."},
        },
        {
            "type": "quote",
            "value": {"quote": "La recherche avance.", "attribution": "Patricia", "role": "Mère"},
        },
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "decorative": False, "alt_text": "Un laboratoire"},
                "caption": "Le laboratoire de Gustave Roussy.",
            },
        },
        {"type": "embed", "value": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
    ]


@pytest.fixture
def edit_views(site):
    """{type name: admin address of its edit view}, for one French page of each type, one
    person and one testimonial; each stream field holds one block of each kind."""
    from django.urls import reverse

    from wagtail.models import Page

    from charity.models import Person, Testimonial
    from tests.factories import ImageFactory

    streams = {
        "body": every_body_block(ImageFactory(title="Un laboratoire de recherche")),
        "key_facts": [{"type": "fact", "value": {"value": "80 %", "label": "sont guéris"}}],
        "sources": [
            {
                "type": "source",
                "value": {
                    "title": "Les cancers de l'enfant",
                    "url": "https://www.e-cancer.fr/",
                    "publisher": "Institut national du cancer",
                },
            }
        ],
        "key_figures": [{"type": "figure", "value": {"value": "350", "label": "chercheurs"}}],
    }
    views = {}
    for page in Page.objects.filter(locale__language_code="fr", depth__gt=1).specific():
        type_name = type(page).__name__
        if type_name in views:
            continue
        for field, stream in streams.items():
            if hasattr(page, field):
                setattr(page, field, stream)
        # The edit view shows the latest revision.
        page.save_revision()
        views[type_name] = reverse("wagtailadmin_pages:edit", args=[page.pk])
    for model in (Person, Testimonial):
        snippet = model.objects.filter(locale__language_code="fr").first()
        url_name = snippet.snippet_viewset.get_url_name("edit")
        views[model.__name__] = reverse(url_name, args=[snippet.pk])
    assert set(views) == EDITED_TYPES
    return views


def unknown_violations(page, axe_source):
    """axe's violations on each tab of the form in turn, but for Wagtail's own."""
    page.evaluate(axe_source)
    found = set()
    tabs = page.get_by_role("tab").all()
    for tab in tabs or [None]:
        if tab:
            tab.click()
        found.update(
            page.evaluate(UNKNOWN_VIOLATIONS, {"tags": AXE_TAGS, "known": list(WAGTAIL_OWN)})
        )
    return sorted(found)


def test_the_edit_views_have_no_violation_but_wagtails_own(edit_views, staff, sign_in, axe_source):
    page = sign_in(staff("editor", language="fr"))
    failures = []
    for type_name, url in edit_views.items():
        page.goto(url)
        page.wait_for_load_state("networkidle")
        failures += [
            f"{type_name} {url}: {found}" for found in unknown_violations(page, axe_source)
        ]
    assert not failures, "\n".join(failures)
