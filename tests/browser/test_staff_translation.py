"""Translating a page and typing dates, in Chromium, as the charity's staff do.

A translation is a draft until a moderator approves it; dates are typed the way the
admin's language writes them, and a date the form cannot read is an error, never "now".
"""

import datetime
from zoneinfo import ZoneInfo

from django.core import mail
from django.urls import reverse

import pytest
from playwright.sync_api import expect

from charity.models import EventPage
from programs.models import ProgramPage
from tests.browser.admin_ui import (
    approve_from_dashboard,
    edit_page,
    messages,
    save_draft,
    visit_after_change,
)

PARIS = ZoneInfo("Europe/Paris")

WORDS = {
    "fr": {
        "translate": "Traduire",
        "submitted": "a été soumise aux modérateurs",
        "not_published": "Non publiée",
    },
    "en": {
        "translate": "Translate",
        "submitted": "has been submitted to moderators",
        "not_published": "Not published",
    },
}


@pytest.fixture
def untranslated_program(site):
    from tests.factories import ProgramPageFactory

    return ProgramPageFactory(
        title="Immunothérapie des tumeurs cérébrales",
        acronym="CARBRAIN",
        summary="Des cellules CAR-T contre les tumeurs cérébrales.",
    )


def translate_string(page, source_text, translated, words):
    """Type the translation of one string in wagtail-localize's editor."""
    # A string's row is marked by whether it is translated yet.
    segment = page.locator("li:is(.incomplete, .complete, .errored)").filter(
        has=page.get_by_text(source_text, exact=True)
    )
    segment.get_by_role("button", name=words["translate"], exact=True).click()
    segment.locator("textarea").fill(translated)
    segment.locator("textarea").press("Enter")
    expect(segment.locator("p").filter(has_text=translated)).to_be_visible()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_translation_waits_for_a_moderator_before_visitors_see_it(
    page_cache_in_redis, site, untranslated_program, staff, sign_in, open_context, language
):
    words = WORDS[language]
    editor = sign_in(staff("editor", language=language))
    moderator = staff("moderator", language=language)

    # "Translate this page", into English.
    editor.goto(reverse("wagtail_localize:submit_page_translation", args=[untranslated_program.pk]))
    # Languages are named in their own language, as in every language switcher.
    editor.get_by_label("English", exact=True).check()
    with editor.expect_navigation():
        editor.locator("form:has(input[name=locales]) [type=submit]").click()
    english_page = ProgramPage.objects.get(
        translation_key=untranslated_program.translation_key, locale__language_code="en"
    )
    assert not english_page.live

    # The translation editor: the strings, then "Submit for moderation"; no publish action.
    edit_page(editor, english_page)
    translate_string(
        editor, "Immunothérapie des tumeurs cérébrales", "Immunotherapy for brain tumours", words
    )
    translate_string(
        editor,
        "Des cellules CAR-T contre les tumeurs cérébrales.",
        "CAR-T cells against brain tumours.",
        words,
    )
    actions = editor.locator("form.translation-moderation")
    expect(actions).to_contain_text(words["not_published"])
    expect(editor.locator(".js-translation-editor footer")).to_be_hidden()
    mail.outbox.clear()
    with editor.expect_navigation():
        actions.locator("button[value=submit]").click()
    expect(messages(editor)).to_contain_text(words["submitted"])
    assert moderator.email in {address for message in mail.outbox for address in message.to}

    # Not live yet: a visitor does not find it.
    visitor = open_context().new_page()
    english_page.refresh_from_db()
    assert not english_page.live
    english_address = f"{site.urls['en']['program_index']}immunotherapy-for-brain-tumours/"
    assert visitor.goto(english_address).status == 404
    # The English programs, kept by the page cache before the translation is approved.
    english_index = site.urls["en"]["program_index"]
    visitor.goto(english_index)
    expect(visitor.locator("main")).not_to_contain_text("CARBRAIN")

    # A moderator approves it from the dashboard; then it is there, under its English address.
    reviewer = sign_in(moderator)
    approve_from_dashboard(reviewer, "Immunotherapy for brain tumours")
    english_page.refresh_from_db()
    assert english_page.live
    assert english_page.url == english_address
    response = visit_after_change(visitor, english_address)
    assert response.status == 200
    expect(visitor.locator("main")).to_contain_text("CAR-T cells against brain tumours.")
    visit_after_change(visitor, english_index)
    # Its card: the acronym and the translated summary.
    expect(visitor.locator("main")).to_contain_text("CARBRAIN")
    expect(visitor.locator("main")).to_contain_text("CAR-T cells against brain tumours.")


def start_field(page):
    page.locator("[role=tab]").first.click()
    return page.locator("input[name=start]")


@pytest.fixture
def event_in_french_admin(site, staff, sign_in):
    """The site's event, and its edit form open for an editor whose admin is in French."""
    event = EventPage.objects.get(locale__language_code="fr")
    editor = sign_in(staff("editor", language="fr"))
    edit_page(editor, event)
    return event, editor


def test_an_event_typed_with_french_dates_keeps_them(event_in_french_admin):
    event, editor = event_in_french_admin
    start = start_field(editor)
    start.fill("05/02/2027 18:30")
    start.press("Tab")
    # Leaving the field keeps what was typed; it used to be replaced by the current time.
    expect(start).to_have_value("05/02/2027 18:30")
    end = editor.locator("input[name=end]")
    end.fill("05/02/2027 21:00")
    end.press("Tab")
    save_draft(editor)

    draft = EventPage.objects.get(pk=event.pk).get_latest_revision_as_object()
    assert draft.start == datetime.datetime(2027, 2, 5, 18, 30, tzinfo=PARIS)
    edit_page(editor, event)
    expect(start_field(editor)).to_have_value("05/02/2027 18:30")


def test_a_date_the_form_cannot_read_is_an_error(event_in_french_admin):
    event, editor = event_in_french_admin
    start = start_field(editor)
    start.fill("5 février vers 18h")
    start.press("Tab")
    expect(start).to_have_value("5 février vers 18h")
    editor.locator("footer button.action-save").click()

    error = editor.locator("[data-field-wrapper]").filter(has=editor.locator("input[name=start]"))
    expect(error).to_contain_text("Saisissez une date et une heure valides")
    expect(editor.locator("input[name=start]")).to_have_value("5 février vers 18h")
    assert EventPage.objects.get(pk=event.pk).get_latest_revision_as_object().start == event.start
