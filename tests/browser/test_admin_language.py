"""The admin in Chromium, in the language of each person's account: a French editor and an
English editor each read their own language on the dashboard, in the moderation workflow's
name and status, and in wagtail-localize's translation screens."""

import datetime
from zoneinfo import ZoneInfo

from django.urls import reverse

import pytest
from playwright.sync_api import expect

from charity.models import StandardPage
from tests.browser.admin_ui import edit_page, footer_actions, submit_for_moderation
from tests.factories import EventPageFactory, StandardPageFactory

pytestmark = pytest.mark.browser

PARIS = ZoneInfo("Europe/Paris")

WORDS = {
    "fr": {
        "upcoming_events": "Événements à venir",
        "event_date": "12 mars 2031",
        "submit": "Soumettre à Validation des modérateurs",
        "awaiting": "En attente Validation des modérateurs",
        "sent_to": "Envoyé vers Validation des modérateurs",
        "translate_page": "Traduire la page Notre histoire",
        "translate": "Traduire",
        "download_po": "Télécharger un fichier PO",
        "translation_into": "Traduction en English",
    },
    "en": {
        "upcoming_events": "Upcoming events",
        "event_date": "March 12, 2031",
        "submit": "Submit to Moderators approval",
        "awaiting": "Awaiting Moderators approval",
        "sent_to": "Sent to Moderators approval",
        "translate_page": "Translate page Notre histoire",
        "translate": "Translate",
        "download_po": "Download PO file",
        "translation_into": "Translation into English",
    },
}
OTHER_LANGUAGE = {"fr": "en", "en": "fr"}


@pytest.fixture
def seminar(site):
    return EventPageFactory(
        title="Séminaire des familles",
        start=datetime.datetime(2031, 3, 12, 9, 0, tzinfo=PARIS),
        end=datetime.datetime(2031, 3, 12, 17, 0, tzinfo=PARIS),
    )


@pytest.fixture
def our_story(site):
    return StandardPageFactory(title="Notre histoire")


def open_translate_this_page(page, french_page):
    page.goto(reverse("wagtail_localize:submit_page_translation", args=[french_page.pk]))


def translate_into_english(page, french_page):
    """Submit the "Translate this page" form for English, then open the translation's
    editor."""
    page.get_by_label("English", exact=True).check()
    with page.expect_navigation():
        page.locator("main form [type=submit]").first.click()
    english_page = StandardPage.objects.get(
        translation_key=french_page.translation_key, locale__language_code="en"
    )
    edit_page(page, english_page)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_editor_reads_the_admin_in_their_own_language(
    site, seminar, our_story, staff, sign_in, language
):
    words, other = WORDS[language], WORDS[OTHER_LANGUAGE[language]]
    staff("moderator", language="fr")
    editor = sign_in(staff("editor", language=language))

    events = editor.locator("[id^=upcoming-events]").first
    expect(events).to_contain_text(words["upcoming_events"])
    expect(events).to_contain_text(words["event_date"])

    edit_page(editor, site.program)
    assert words["submit"] in footer_actions(editor)
    submit_for_moderation(editor)

    editor.goto(reverse("wagtailadmin_home"))
    expect(editor.locator("main")).to_contain_text(words["awaiting"])
    edit_page(editor, site.program)
    editor.locator("[data-side-panel-toggle=status]").click()
    status = editor.locator("[data-side-panel=status]")
    expect(status).to_contain_text(words["sent_to"])
    expect(status).not_to_contain_text(other["sent_to"])

    open_translate_this_page(editor, our_story)
    expect(editor.locator("main")).to_contain_text(words["translate_page"])
    translate_into_english(editor, our_story)
    expect(editor.get_by_role("button", name=words["translate"], exact=True).first).to_be_visible()
    expect(editor.locator("main")).to_contain_text(words["download_po"])
    expect(editor.locator("main")).to_contain_text(words["translation_into"])
    expect(editor.locator("main")).not_to_contain_text(other["download_po"])


def test_a_french_moderator_publishes_a_translation_in_french(our_story, staff, sign_in):
    moderator = sign_in(staff("moderator", language="fr"))

    open_translate_this_page(moderator, our_story)
    translate_into_english(moderator, our_story)

    footer = moderator.locator(".js-translation-editor footer")
    expect(footer).to_contain_text("Publier en English")
