"""A visitor writes to the charity through the contact page, and finds the donate button
in the header on a phone and on a desktop screen, in French and in English."""

from django.core import mail

from wagtail.contrib.forms.models import FormSubmission

import pytest

from tests.browser.conftest import DESKTOP, MOBILE

pytestmark = pytest.mark.browser

STAFF_ADDRESS = "contact@imagineformargo.example"


def test_a_visitor_sends_the_contact_form_and_the_staff_address_receives_it(open_context, site):
    mail.outbox.clear()
    page = open_context(viewport=MOBILE).new_page()
    page.goto(site.urls["fr"]["home"])
    page.get_by_role("contentinfo").get_by_role("link", name="Nous écrire").click()

    page.get_by_label("Nom", exact=True).fill("Camille Durand")
    page.get_by_label("E-mail", exact=True).fill("camille@example.org")
    page.get_by_label("Message", exact=True).fill(
        "Comment organiser une course au profit de la recherche ?"
    )
    page.get_by_role("button", name="Envoyer").click()

    page.get_by_role("status").get_by_text("Merci, votre message a bien été envoyé.").wait_for()
    [message] = mail.outbox
    assert message.to == [STAFF_ADDRESS]
    assert message.reply_to == ["camille@example.org"]
    assert "Comment organiser une course" in message.body
    assert FormSubmission.objects.count() == 1


def test_a_mistake_is_shown_beside_the_field_and_what_was_typed_stays(open_context, site):
    mail.outbox.clear()
    page = open_context().new_page()
    page.goto(site.urls["en"]["contact"])

    page.get_by_label("Nom", exact=True).fill("Camille")
    page.get_by_label("E-mail", exact=True).fill("not an address")
    page.get_by_role("button", name="Send").click()

    page.get_by_role("alert").wait_for()
    email = page.get_by_label("E-mail", exact=True)
    assert email.get_attribute("aria-invalid") == "true"
    assert email.input_value() == "not an address"
    assert page.get_by_label("Nom", exact=True).input_value() == "Camille"
    assert mail.outbox == []


def test_a_bot_filling_the_hidden_field_is_refused_silently(open_context, site):
    mail.outbox.clear()
    page = open_context().new_page()
    page.goto(site.urls["fr"]["contact"])
    # Out of sight: clipped to a single pixel, as screen-reader-only text is.
    trap = page.locator("div:has(> [name=hp_website])").bounding_box()
    assert trap["width"] <= 1 and trap["height"] <= 1

    # What a bot does: fill every input it finds, the hidden one too.
    for name, value in (
        ("nom", "Bot"),
        ("e_mail", "bot@example.org"),
        ("message", "Buy now"),
        ("hp_website", "https://spam.example"),
    ):
        page.locator(f"[name={name}]").fill(value, force=True)
    page.get_by_role("button", name="Envoyer").click()

    page.get_by_role("status").get_by_text("Merci, votre message a bien été envoyé.").wait_for()
    assert mail.outbox == []
    assert not FormSubmission.objects.exists()


@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["375px", "1280px"])
@pytest.mark.parametrize(("language", "label"), [("fr", "Faire un don"), ("en", "Donate")])
def test_the_donate_button_is_in_sight_in_the_header(open_context, site, viewport, language, label):
    page = open_context(viewport=viewport).new_page()
    for page_type in ("home", "program", "contact"):
        page.goto(site.urls[language][page_type])
        button = page.get_by_role("banner").get_by_role("link", name=label, exact=True)
        assert button.is_visible(), page_type
        box = button.bounding_box()
        # In the first screen, without scrolling or opening the menu.
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], page_type
        assert box["y"] + box["height"] <= viewport["height"], page_type
    button.click()
    page.wait_for_url(f"**{site.urls[language]['donate']}")
