"""The program form as a French-speaking editor meets it in the browser, and the moderation
that follows: a partner found by typing part of its name and ticked from the keyboard, the
disease chooser opening on the diseases, a page in moderation that cannot be typed into,
and a moderator told what their approval did."""

import re

from django.core import mail

import pytest
from playwright.sync_api import expect

from diseases.models import DiseaseIndexPage
from partners.models import PartnerKind
from programs.models import ProgramPage
from tests.browser.admin_ui import (
    approve_from_dashboard,
    edit_page,
    footer_actions,
    messages,
    review_row,
    save_draft,
    show_tab_of,
    submit_for_moderation,
)
from tests.factories import PartnerPageFactory, publish_translation

pytestmark = pytest.mark.browser

COMMITTEE = "Société Française des Cancers de l'Enfant (SFCE)"


@pytest.fixture
def committee(site):
    """An expert committee beside the site's partners, translated as all of them are."""
    french = PartnerPageFactory(
        title="Société Française des Cancers de l'Enfant",
        short_name="SFCE",
        kind=PartnerKind.EXPERT_COMMITTEE,
    )
    publish_translation(french, title="French Society of Childhood Cancers", slug="sfce")
    return french


def partner_choices(page):
    return page.locator("[data-contentpath=recommended_by] label")


def test_an_editor_finds_a_partner_by_typing_and_ticks_it_from_the_keyboard(
    site, staff, sign_in, committee
):
    editor = sign_in(staff("editor"))
    edit_page(editor, site.program)
    search = show_tab_of(editor, "[data-contentpath=recommended_by] input[type=search]")

    # French partners only, each once: Gustave Roussy has an English translation too.
    expect(partner_choices(editor)).to_have_text(["Gustave Roussy (GR)", COMMITTEE])
    search.press_sequentially("societe")
    expect(partner_choices(editor).filter(visible=True)).to_have_text([COMMITTEE])
    search.press("ArrowDown")
    editor.keyboard.press("Space")
    expect(editor.get_by_role("checkbox", name=COMMITTEE)).to_be_checked()
    search.fill("cancers de l'enfant zzz")
    expect(partner_choices(editor).filter(visible=True)).to_have_count(0)
    expect(editor.locator("[data-contentpath=recommended_by] [role=status]")).to_be_visible()
    # Enter in the box filters: it does not send the page's form.
    search.press("Enter")
    editor.wait_for_timeout(1000)
    expect(search).to_be_focused()
    expect(search).to_have_value("cancers de l'enfant zzz")

    save_draft(editor)

    draft = ProgramPage.objects.get(pk=site.program.pk).get_latest_revision_as_object()
    assert list(draft.recommended_by.all()) == [committee]


def test_the_disease_chooser_opens_on_the_french_diseases(site, staff, sign_in):
    disease_index = DiseaseIndexPage.objects.get(locale__language_code="fr")
    editor = sign_in(staff("editor"))
    edit_page(editor, site.program)

    show_tab_of(editor, "#id_program_diseases-ADD").click()
    new_row = editor.locator("#id_program_diseases-FORMS > [data-inline-panel-child]").last
    new_row.locator("[data-chooser-action-choose]").click()

    # Opened on the index, not on the tree's root: its diseases can be chosen at once.
    modal = editor.locator(".modal-dialog")
    expect(modal).to_contain_text(disease_index.title)
    choosable = modal.locator("a.choose-page")
    expect(choosable).to_have_text(["Neuroblastome", "Gliome infiltrant du tronc cérébral"])
    choosable.filter(has_text="Gliome").click()
    expect(new_row.locator("[data-chooser-title]")).to_have_text(
        "Gliome infiltrant du tronc cérébral"
    )


def test_after_submitting_the_editor_sees_it_in_moderation_and_cannot_type_into_it(
    site, staff, sign_in
):
    editor = sign_in(staff("editor"))
    edit_page(editor, site.program)

    submit_for_moderation(editor)

    title = site.program.title
    expect(messages(editor)).to_contain_text(f"La page « {title} » a été soumise pour modération.")
    listed = editor.locator("tbody tr").filter(has_text=title)
    expect(listed).to_contain_text(re.compile("en cours de modération", re.IGNORECASE))

    edit_page(editor, site.program)
    acronym = editor.locator("#id_acronym")
    acronym.focus()
    editor.keyboard.type("XYZ")
    expect(acronym).to_have_value(site.program.acronym)
    main_action = editor.locator("footer .actions--primary button[type=submit]").first
    expect(main_action).to_have_text("Page verrouillée")
    expect(main_action).to_be_disabled()
    assert "Annuler le workflow" in footer_actions(editor)[1:]


@pytest.fixture
def submitted_program(site, staff):
    """The site's program, renamed by an editor who submitted the change for moderation."""
    editor = staff("editor")
    program = site.program
    program.title = "Séquencer les tumeurs en rechute"
    program.save_revision(user=editor)
    program.get_workflow().start(program, editor)
    mail.outbox.clear()
    return program


def test_a_moderator_approving_from_the_dashboard_is_told_the_program_is_published(
    site, staff, sign_in, submitted_program
):
    moderator = sign_in(staff("moderator"))
    title = submitted_program.title

    approve_from_dashboard(moderator, title)

    expect(messages(moderator)).to_contain_text(title)
    live_link = messages(moderator).get_by_role("link", name="Visualiser la version publiée")
    expect(live_link).to_have_attribute("href", submitted_program.url)
    expect(review_row(moderator, title)).to_have_count(0)
    submitted_program.refresh_from_db()
    assert submitted_program.live and submitted_program.title == title
