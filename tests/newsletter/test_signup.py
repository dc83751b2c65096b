"""Signing up, confirming and leaving, through the views, with Django's mail outbox."""

import time

from django.core import signing
from django.test import Client

import pytest

from newsletter.models import Subscriber, SubscriberStatus
from tests.newsletter.conftest import (
    ADDRESS,
    confirmation_link,
    page_url,
    path_of,
    signup_url,
    unsubscribe_link,
)

pytestmark = pytest.mark.django_db


def test_the_sign_up_page_exists_in_both_languages_with_the_page_language_chosen(client):
    french = client.get("/fr/lettre-d-information/")
    english = client.get("/en/newsletter/")
    assert french.status_code == english.status_code == 200
    assert french.context["form"]["language"].value() == "fr"
    assert english.context["form"]["language"].value() == "en"
    assert "Lettre d’information" in french.content.decode()
    assert 'name="consent"' in english.content.decode()


def test_the_footer_of_every_page_has_the_form_without_a_csrf_token(client, home_page):
    content = client.get(home_page.url).content.decode()
    assert 'action="/fr/lettre-d-information/"' in content
    assert 'id="newsletter-footer-email"' in content
    assert "csrfmiddlewaretoken" not in content
    # The trap is out of sight, out of the tab order and hidden from screen readers.
    assert 'class="newsletter-form__trap" aria-hidden="true"' in content
    assert (
        'name="website" id="newsletter-footer-website" value="" tabindex="-1" autocomplete="off"'
        in content
    )


def test_signing_up_records_consent_and_sends_a_confirmation_in_the_chosen_language(
    sign_up, outbox
):
    response = sign_up(language="en", page_language="fr")
    assert response.status_code == 302
    assert response["Location"] == page_url("thanks", "fr")

    subscriber = Subscriber.objects.get()
    assert subscriber.email == ADDRESS
    assert subscriber.status == SubscriberStatus.PENDING
    assert subscriber.language == "en"
    # Consent as it was shown: on the French page, in French.
    assert subscriber.consent_language == "fr"
    assert subscriber.consent_text.startswith("J’accepte de recevoir par e-mail")
    assert subscriber.consent_at is not None
    assert subscriber.confirmed_at is None

    [message] = outbox
    assert message.to == [ADDRESS]
    assert message.subject == "Confirm your subscription to the Imagine for Margo newsletter"
    assert "/en/newsletter/confirm/" in confirmation_link(message)
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert confirmation_link(message).replace("&", "&amp;") in html


def test_the_whole_flow_confirm_then_unsubscribe(client, sign_up, outbox):
    sign_up()
    link = path_of(confirmation_link(outbox[0]))
    assert link.startswith("/fr/lettre-d-information/confirmer/")

    # Opening the link (as a mail scanner does) changes nothing.
    page = client.get(link)
    assert page.status_code == 200
    assert "Oui, je confirme mon abonnement" in page.content.decode()
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING

    response = client.post(link)
    assert response.status_code == 302
    assert response["Location"] == page_url("confirmed")
    subscriber = Subscriber.objects.get()
    assert subscriber.status == SubscriberStatus.CONFIRMED
    assert subscriber.confirmed_at is not None
    assert client.get(response["Location"]).status_code == 200

    # The link again: already confirmed, no error.
    assert client.get(link)["Location"] == page_url("confirmed")

    leave = path_of(unsubscribe_link(outbox[0]))
    assert client.get(leave).status_code == 200
    assert Subscriber.objects.get().status == SubscriberStatus.CONFIRMED
    response = client.post(leave)
    assert response["Location"] == page_url("unsubscribed")
    subscriber = Subscriber.objects.get()
    assert subscriber.status == SubscriberStatus.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
    assert "déjà désinscrite" in client.get(leave).content.decode()


def test_every_e_mail_has_one_click_unsubscribe_headers(sign_up, outbox):
    sign_up(secure=True)
    [message] = outbox
    link = unsubscribe_link(message)
    assert link.startswith("https://testserver/fr/lettre-d-information/desinscription/")
    assert message.extra_headers["List-Unsubscribe"] == f"<{link}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    sent = message.message()
    assert sent["List-Unsubscribe"] == f"<{link}>"
    assert link in message.alternatives[0][0]


def test_a_one_click_post_unsubscribes_without_a_page(sign_up, outbox):
    sign_up()
    Subscriber.objects.get().confirm()
    # A mail client posts from nowhere: no CSRF token, no cookie.
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(
        path_of(unsubscribe_link(outbox[0])), {"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert Subscriber.objects.get().status == SubscriberStatus.UNSUBSCRIBED


def test_the_answer_is_the_same_whatever_the_address_state(client, sign_up, outbox, settings):
    settings.NEWSLETTER_SIGNUPS_PER_ADDRESS_PER_DAY = 10

    def answer():
        response = sign_up()
        return response.status_code, response["Location"]

    new = answer()
    assert len(outbox) == 1
    pending = answer()
    # A pending address gets a fresh confirmation.
    assert len(outbox) == 2
    client.post(path_of(confirmation_link(outbox[1])))
    confirmed = answer()
    # A confirmed one gets nothing.
    assert len(outbox) == 2
    assert Subscriber.objects.get().status == SubscriberStatus.CONFIRMED
    Subscriber.objects.get().unsubscribe()
    unsubscribed = answer()
    assert new == pending == confirmed == unsubscribed
    # Someone who left and signs up again must confirm again.
    assert len(outbox) == 3
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING


def test_addresses_are_unique_whatever_their_case(sign_up, outbox, settings):
    settings.NEWSLETTER_SIGNUPS_PER_ADDRESS_PER_DAY = 10
    sign_up(email="Alice@Example.org")
    sign_up(email="alice@example.ORG", language="en")
    subscriber = Subscriber.objects.get()
    assert subscriber.language == "en"
    assert len(outbox) == 2


def test_a_robot_filling_the_honeypot_is_answered_like_a_person(sign_up, outbox):
    person = sign_up(email="person@example.org")
    robot = sign_up(email="robot@example.org", website="https://spam.example")
    assert (robot.status_code, robot["Location"]) == (person.status_code, person["Location"])
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["person@example.org"]
    assert [message.to for message in outbox] == [["person@example.org"]]


def test_errors_are_shown_beside_the_fields_and_keep_what_was_typed(sign_up, outbox):
    response = sign_up(email="not-an-address", consent="")
    assert response.status_code == 200
    content = response.content.decode()
    assert 'value="not-an-address"' in content
    assert 'aria-invalid="true" aria-describedby="id_email-error"' in content
    assert "Cochez cette case pour recevoir la lettre d’information." in content
    assert not Subscriber.objects.exists()
    assert outbox == []


@pytest.mark.parametrize(
    "fields",
    [
        {"email": "alice\x00@example.org"},
        {"email": "alice@example.org", "language": "fr\x00"},
        {"email": "alice@example.org", "website": "\x00"},
        {"email": "alice@example.org", "consent": "\x00"},
        {"email": "a" * 5000 + "@example.org"},
        {"email": "alice@example.org", "language": "de"},
        {"email": ["a@example.org", "b@example.org"]},
    ],
)
def test_hostile_input_gets_form_errors_never_a_5xx(sign_up, fields):
    response = sign_up(**fields)
    assert response.status_code < 500


def test_undecodable_bytes_get_form_errors(client, db, outbox):
    response = client.post(
        signup_url(),
        "email=%ED%A0%80%40example.org&language=fr%ED%A0%80&consent=on&website=",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert outbox == []


def test_a_post_from_another_site_is_refused(sign_up, outbox):
    response = sign_up(HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert sign_up(HTTP_REFERER="https://evil.example/page").status_code == 403
    assert outbox == []
    assert sign_up(HTTP_ORIGIN="http://testserver").status_code == 302


def test_the_form_works_without_a_csrf_token(db, outbox):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        signup_url("en"), {"email": ADDRESS, "language": "en", "consent": "on", "website": ""}
    )
    assert response.status_code == 302
    assert len(outbox) == 1


def sign_token_in_the_past(monkeypatch, seconds):
    """Tokens made from now on carry a timestamp ``seconds`` ago."""
    monkeypatch.setattr(
        signing.TimestampSigner,
        "timestamp",
        lambda self: signing.b62_encode(int(time.time()) - seconds),
    )


def test_a_confirmation_link_expires(client, sign_up, outbox, settings, monkeypatch):
    settings.NEWSLETTER_CONFIRMATION_MAX_AGE = 3600
    sign_token_in_the_past(monkeypatch, 3600 + 5)
    sign_up()
    monkeypatch.undo()
    link = path_of(confirmation_link(outbox[0]))
    assert client.get(link).status_code == 410
    assert client.post(link).status_code == 410
    assert Subscriber.objects.get().status == SubscriberStatus.PENDING


def test_a_confirmation_link_is_valid_until_it_expires(
    client, sign_up, outbox, settings, monkeypatch
):
    settings.NEWSLETTER_CONFIRMATION_MAX_AGE = 3600
    sign_token_in_the_past(monkeypatch, 3600 - 60)
    sign_up()
    monkeypatch.undo()
    assert client.post(path_of(confirmation_link(outbox[0]))).status_code == 302
    assert Subscriber.objects.get().status == SubscriberStatus.CONFIRMED


def test_tampered_and_unknown_links_get_a_clear_4xx(client, sign_up, outbox):
    sign_up()
    confirm = path_of(confirmation_link(outbox[0]))
    leave = path_of(unsubscribe_link(outbox[0]))
    subscriber = Subscriber.objects.get()
    tampered = confirm.replace(f"/{subscriber.pk}:", f"/{subscriber.pk + 1}:")
    assert client.get(tampered).status_code == 400
    assert client.get(confirm[:-5] + "/").status_code == 400
    assert client.post(leave.replace(f"/{subscriber.pk}:", "/999:")).status_code == 400
    assert client.get("/fr/lettre-d-information/confirmer/%00/").status_code == 400
    assert client.get("/en/newsletter/unsubscribe/" + "x" * 3000 + "/").status_code == 400
    # A link of an address deleted since (purged, or erased on request).
    subscriber.delete()
    response = client.get(confirm)
    assert response.status_code == 404
    assert "Ce lien n’est pas valide" in response.content.decode()
    assert client.post(leave).status_code == 404


def test_an_unsubscribed_address_cannot_be_confirmed_by_an_old_link(client, sign_up, outbox):
    sign_up()
    Subscriber.objects.get().unsubscribe()
    assert client.post(path_of(confirmation_link(outbox[0]))).status_code == 410
    assert Subscriber.objects.get().status == SubscriberStatus.UNSUBSCRIBED


def test_link_pages_are_never_kept_by_the_page_cache(client, sign_up, outbox, settings):
    sign_up()
    settings.PAGE_CACHE = True
    link = path_of(confirmation_link(outbox[0]))
    for url in (link, path_of(unsubscribe_link(outbox[0]))):
        first = client.get(url)
        second = client.get(url)
        assert "no-store" in first["Cache-Control"]
        assert second.get("X-Page-Cache") is None
        assert ADDRESS in second.content.decode()
    # The sign-up page itself is the same for everyone: it may be kept.
    client.get(signup_url())
    assert client.get(signup_url()).get("X-Page-Cache") == "hit"
