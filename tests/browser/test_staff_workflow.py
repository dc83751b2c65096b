"""Moderation as staff live it in the browser: an editor writes a program and submits it,
a moderator approves it or asks for changes from the dashboard, and visitors find the
published program, with the page cache on."""

import datetime
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

import pytest
from playwright.sync_api import expect

from partners.models import PartnerKind
from programs.models import ProgramIndexPage, ProgramPage
from tests.browser.admin_ui import (
    WAGTAIL_WORDS,
    add_inline_row,
    add_page,
    add_paragraph,
    approve_from_dashboard,
    choose_page,
    choose_recommending_partners,
    edit_page,
    fill,
    footer_actions,
    messages,
    preview,
    request_changes_from_dashboard,
    review_row,
    save_draft,
    saved_message,
    show_tab_of,
    submit_for_moderation,
    visit_after_change,
)
from tests.factories import PartnerPageFactory, ProgramPageFactory

pytestmark = pytest.mark.browser

TITLE = "Cibler les gliomes de l'enfant"
ACRONYM = "GLIOCIBLE"
SUMMARY = "Un essai qui propose une thérapie ciblée à chaque enfant atteint d'un gliome."
PARAGRAPH = "Chaque enfant reçoit le traitement qui correspond à sa tumeur."
DISEASE = "Neuroblastome"
INSTITUTION = "Gustave Roussy"
RECOMMENDERS = ["ITCC", "SFCE"]
GRANT_NOTE = "Décision du conseil d'administration"


@pytest.fixture
def committees(site):
    """The expert committees that recommend programs, beside the site's partners."""
    return [
        PartnerPageFactory(title=name, short_name=name, kind=PartnerKind.EXPERT_COMMITTEE)
        for name in RECOMMENDERS
    ]


def program_index():
    return ProgramIndexPage.objects.get(locale__language_code="fr")


def search_url(query):
    with translation.override("fr"):
        return f"{reverse('search')}?q={query}"


def write_program(page):
    """Fill in the new program's form, every tab of it, as an editor does."""
    add_page(page, ProgramPage, program_index())
    fill(page, "#id_title", TITLE)
    fill(page, "#id_acronym", ACRONYM)
    fill(page, "#id_summary", SUMMARY)
    add_paragraph(page, "body", PARAGRAPH)
    show_tab_of(page, "#id_kind").select_option("clinical-trial")
    disease = add_inline_row(page, "program_diseases")
    choose_page(page, f"id_{disease}-disease", DISEASE)
    institution = add_inline_row(page, "institutions")
    choose_page(page, f"id_{institution}-partner", INSTITUTION)
    choose_recommending_partners(page, RECOMMENDERS)
    grant = add_inline_row(page, "grants")
    fill(page, f"#id_{grant}-year", "2025")
    fill(page, f"#id_{grant}-amount_eur", "80000")
    fill(page, f"#id_{grant}-note", GRANT_NOTE)


def visit(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    return response


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_editor_writes_a_program_that_a_moderator_approves_and_visitors_find(
    language, site, staff, sign_in, open_context, committees, page_cache_in_redis
):
    words = WAGTAIL_WORDS[language]
    listings = [
        site.urls["fr"]["program_index"],
        site.urls["fr"]["disease"],
        search_url(ACRONYM),
    ]
    visitor = open_context().new_page()
    for url in listings:
        visit(visitor, url)
        assert visit(visitor, url).headers.get("x-page-cache") == "hit", url
        # Program cards and search results show the summary.
        expect(visitor.locator("main")).not_to_contain_text(SUMMARY)

    editor = sign_in(staff("editor", language))
    write_program(editor)
    save_draft(editor)
    expect(messages(editor)).to_contain_text(saved_message(words, TITLE))
    assert ProgramPage.objects.get(title=TITLE).has_unpublished_changes

    page_preview = preview(editor)
    expect(page_preview.locator("h1")).to_have_text(ACRONYM)
    expect(page_preview.locator("main")).to_contain_text(TITLE)
    expect(page_preview.locator("main")).to_contain_text(PARAGRAPH)
    card_preview = preview(editor, "card")
    expect(card_preview.locator(".card-grid")).to_contain_text(ACRONYM)
    expect(card_preview.locator(".card-grid")).to_contain_text(SUMMARY)

    actions = footer_actions(editor)
    assert not [action for action in actions if words["publish"] in action], actions
    assert [action for action in actions if action.startswith(words["submit"])], actions
    submit_for_moderation(editor)
    expect(messages(editor)).to_contain_text(words["submitted"].format(title=TITLE))

    moderator = sign_in(staff("moderator", language))
    expect(moderator.locator("#awaiting-review-heading")).to_have_text(words["awaiting_review"])
    expect(review_row(moderator, TITLE)).to_contain_text("Emma Durand")
    approve_from_dashboard(moderator, TITLE)
    expect(review_row(moderator, TITLE)).to_have_count(0)

    for url in listings:
        assert visit_after_change(visitor, url).status == 200, url
        expect(visitor.locator("main")).to_contain_text(SUMMARY)
    visit(visitor, site.urls["fr"]["program_index"])
    visitor.locator("main").get_by_role("link", name=ACRONYM).click()
    expect(visitor.locator("h1")).to_have_text(ACRONYM)
    main = visitor.locator("main")
    for text in (SUMMARY, PARAGRAPH, DISEASE, INSTITUTION, *RECOMMENDERS, GRANT_NOTE):
        expect(main).to_contain_text(text)


@pytest.fixture
def submitted_program(staff):
    """A program its editor has written and submitted for moderation."""
    editor = staff("editor")
    program = ProgramPageFactory(
        title=TITLE, acronym=ACRONYM, summary=SUMMARY, live=False, owner=editor
    )
    program.save_revision(user=editor)
    program.get_workflow().start(program, editor)
    mail.outbox.clear()
    return program


def test_a_moderator_requests_changes_with_a_comment_that_the_editor_gets(
    staff, sign_in, submitted_program
):
    comment = "Merci d'ajouter le nombre d'enfants inclus et la source du financement."
    moderator = sign_in(staff("moderator"))

    request_changes_from_dashboard(moderator, TITLE, comment)

    expect(review_row(moderator, TITLE)).to_have_count(0)
    editor_email = submitted_program.owner.email
    [to_editor] = [message for message in mail.outbox if editor_email in message.to]
    assert TITLE in to_editor.subject
    assert comment in to_editor.body

    editor = sign_in(submitted_program.owner)
    edit_page(editor, submitted_program)
    editor.locator("[data-side-panel-toggle=status]").click()
    status = editor.locator("[data-side-panel=status]")
    expect(status).to_contain_text(WAGTAIL_WORDS["fr"]["changes_requested"])
    status.locator("[data-a11y-dialog-show=workflow-status-dialog]").click()
    expect(editor.locator("#workflow-status-dialog")).to_contain_text(comment)


def test_a_page_scheduled_by_its_editor_goes_live_when_its_time_comes(
    site, staff, sign_in, open_context
):
    program = ProgramPageFactory(title=TITLE, acronym=ACRONYM, summary=SUMMARY, live=False)
    program_url = f"{site.urls['fr']['program_index']}{program.slug}/"
    go_live = timezone.localtime() + datetime.timedelta(days=2)
    editor = sign_in(staff("editor"))

    edit_page(editor, program)
    editor.locator("[data-side-panel-toggle=status]").click()
    editor.locator("[data-a11y-dialog-show=schedule-publishing-dialog]").first.click()
    schedule = editor.locator("#schedule-publishing-dialog")
    # ISO, which the go-live field reads whatever the admin's language.
    schedule.locator("#id_go_live_at").fill(go_live.strftime("%Y-%m-%d %H:%M"))
    # The date picker opens on the field and covers the dialog's button: click away.
    date_picker = editor.locator(".xdsoft_datetimepicker:visible")
    expect(date_picker).to_be_visible()
    schedule.get_by_role("heading").first.click()
    expect(date_picker).to_be_hidden()
    with editor.expect_navigation():
        schedule.locator("button.action-save").click()
    submit_for_moderation(editor)
    moderator = sign_in(staff("moderator"))
    approve_from_dashboard(moderator, TITLE)

    moderator.goto(reverse("wagtailadmin_explore", args=[program_index().pk]))
    listed = moderator.locator("tbody tr").filter(has_text=TITLE)
    expect(listed).to_contain_text(WAGTAIL_WORDS["fr"]["scheduled"])
    program.refresh_from_db()
    assert not program.live
    visitor = open_context().new_page()
    assert visitor.goto(program_url).status == 404
    visit(visitor, site.urls["fr"]["program_index"])
    expect(visitor.locator("main")).not_to_contain_text(ACRONYM)

    # The go-live time comes, and with it the periodic run of publish_scheduled.
    later = go_live + datetime.timedelta(minutes=1)
    with mock.patch.object(timezone, "now", return_value=later):
        call_command("publish_scheduled")

    visit(visitor, program_url)
    expect(visitor.locator("h1")).to_have_text(ACRONYM)
    visit(visitor, site.urls["fr"]["program_index"])
    expect(visitor.locator("main")).to_contain_text(ACRONYM)
