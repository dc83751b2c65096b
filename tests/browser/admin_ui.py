"""The steps staff take in the admin, in a browser page signed in as them.

Elements are found by their ids, names and data attributes, which do not change with the
admin's language or with a reworded label; the tests assert the wording where it is what
they check.
"""

import json
import re
import time

from django.urls import reverse

from playwright.sync_api import expect

# Wagtail's own wording, which the tests check staff see, in each admin language.
WAGTAIL_WORDS = {
    "fr": {
        "awaiting_review": "En attente de votre vérification",
        "publish": "Publier",
        "submit": "Soumettre",
        "changes_requested": "Modifications demandées",
        "scheduled": "programmée",
        # The first save says "created", unless the autosave created the page first.
        "saved": ("Page « {title} » créée.", "La page « {title} » a été mise à jour."),
        "submitted": "La page « {title} » a été soumise pour modération.",
    },
    "en": {
        "awaiting_review": "Awaiting your review",
        "publish": "Publish",
        "submit": "Submit",
        "changes_requested": "Changes requested",
        "scheduled": "scheduled",
        "saved": ("Page '{title}' created.", "Page '{title}' has been updated."),
        "submitted": "Page '{title}' has been submitted for moderation.",
    },
}


def add_page(page, model, parent):
    """Open the form that creates a page of ``model`` under ``parent``."""
    page.goto(
        reverse(
            "wagtailadmin_pages:add",
            args=[model._meta.app_label, model._meta.model_name, parent.pk],
        )
    )


def edit_page(page, wagtail_page):
    page.goto(reverse("wagtailadmin_pages:edit", args=[wagtail_page.pk]))


def show_tab_of(page, selector):
    """Bring up the editing tab that holds the element, whatever the tab is called."""
    panel = page.locator("[role=tabpanel]").filter(has=page.locator(selector))
    page.locator(f"[role=tab][aria-controls='{panel.get_attribute('id')}']").click()
    return page.locator(selector)


def fill(page, selector, value):
    show_tab_of(page, selector).fill(value)


def add_paragraph(page, stream_name, text):
    """Add a paragraph to a stream field through its "+" menu, and write its text."""
    stream = page.locator(f"[data-contentpath='{stream_name}']").first
    show_tab_of(page, f"[data-contentpath='{stream_name}'] .c-sf-add-button")
    stream.locator(".c-sf-add-button").last.click()
    # The menu lists the blocks by label and icon: the paragraph block's is the pilcrow.
    page.locator("[role=option]").filter(has=page.locator("use[href='#icon-pilcrow']")).click()
    stream.locator("[contenteditable=true]").last.fill(text)
    # Draftail copies what was typed into the block's hidden input a moment later; a form
    # sent before that would carry an empty paragraph.
    expect(stream.locator("input[type=hidden][name$='-value']").last).to_have_value(
        re.compile(re.escape(json.dumps(text, ensure_ascii=False)[1:-1]))
    )


def choose_page(page, field_id, title):
    """Choose the French page called ``title`` in a page chooser, searching for it in the
    chooser's window as staff do."""
    show_tab_of(page, f"#{field_id}-chooser").locator("[data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-dialog")
    modal.locator("input[name=q]").fill(title)
    modal.locator("a.choose-page[data-url^='/fr/']").filter(
        has_text=re.compile(f"^{re.escape(title)}$")
    ).click()
    expect(modal).to_be_hidden()
    expect(page.locator(f"#{field_id}-title")).to_have_text(title)


def add_inline_row(page, relation):
    """Add a row to an inline panel ("Add disease", "Add grant"…); returns its form prefix."""
    rows = page.locator(f"[id^='inline_child_{relation}-']:not([id*='__prefix__'])")
    index = rows.count()
    show_tab_of(page, f"#id_{relation}-ADD").click()
    return f"{relation}-{index}"


def choose_recommending_partners(page, names):
    """Tick the partners who recommended the program in the "Recommended by" list, finding
    each through the list's filter box."""
    show_tab_of(page, "#id_recommended_by")
    field = page.locator("[data-contentpath=recommended_by]")
    for name in names:
        field.locator("input[type=search]").fill(name)
        field.get_by_role("checkbox", name=name, exact=True).check()


def save_draft(page):
    with page.expect_navigation():
        page.locator("footer button.action-save").click()


def saved_message(words, title):
    """What the admin says once a new page's draft is saved, in either of its wordings."""
    # Wagtail's French puts no-break spaces inside « »: any space matches any space.
    wordings = (re.escape(text.format(title=title)) for text in words["saved"])
    return re.compile("|".join(wording.replace(r"\ ", r"\s+") for wording in wordings))


def footer_actions(page):
    """The labels of every action the footer's action menu offers, its main one first."""
    footer = page.locator("footer .actions--primary")
    footer.locator("[data-w-dropdown-target=toggle]").click()
    actions = footer.locator("button[type=submit], a")
    return [label.strip() for label in actions.all_inner_texts()]


def submit_for_moderation(page):
    footer = page.locator("footer .actions--primary")
    toggle = footer.locator("[data-w-dropdown-target=toggle]")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    with page.expect_navigation():
        footer.locator("button[name=action-submit]").click()


def preview(page, mode=""):
    """Show the preview panel in the given mode ("" for the page itself) and return its
    frame."""
    toggle = page.locator("[data-side-panel-toggle=preview]")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    mode_select = page.locator("#id_preview_mode")
    if mode_select.input_value() != mode:
        mode_select.select_option(mode)
    expect(page.locator("#w-preview-iframe")).to_have_attribute(
        "src", re.compile(f"mode={re.escape(mode)}&")
    )
    return page.frame_locator("#w-preview-iframe")


def review_row(page, title):
    """The page's row in the dashboard's "Awaiting your review" panel."""
    return page.locator("#awaiting-review-section tbody tr").filter(
        has=page.get_by_role("link", name=title, exact=True)
    )


def review_action(page, title, action, with_comment=False):
    """Click a moderation action (``approve`` or ``reject``) in the page's dashboard row."""
    row = review_row(page, title)
    row.locator("[data-w-dropdown-target=toggle]").click()
    modal = "[data-launch-modal]" if with_comment else ":not([data-launch-modal])"
    row.locator(f"button[data-workflow-action-url*='/{action}/']{modal}").click()


def approve_from_dashboard(page, title):
    with page.expect_navigation():
        review_action(page, title, "approve")


def request_changes_from_dashboard(page, title, comment):
    review_action(page, title, "reject", with_comment=True)
    modal = page.locator(".modal-dialog")
    modal.locator("textarea[name=comment]").fill(comment)
    with page.expect_navigation():
        modal.locator("button[type=submit]").click()


def messages(page):
    """The messages the admin shows at the top of the page after an action."""
    return page.locator(".messages")


def visit_after_change(page, url, seconds=10):
    """Open ``url`` as a visitor after staff changed the site: the first answers may be the
    page cache's copy from before the change, marked stale, while it is rendered again in
    the background. Returns the first answer that is not stale."""
    deadline = time.monotonic() + seconds
    while True:
        response = page.goto(url)
        if response.headers.get("x-page-cache") != "stale" or time.monotonic() > deadline:
            return response
        page.wait_for_timeout(100)
