"""The contact page: messages stored and e-mailed to staff, bots and floods turned away,
messages deleted once their retention period is over."""

import datetime
import re

from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, rich_text

import pytest

from charity.models import ContactPage, SiteSettings
from charity.models.contact import HONEYPOT_FIELD, months_before
from tests.factories import (
    ContactPageFactory,
    ProgramIndexPageFactory,
    StandardPageFactory,
    publish_translation,
)
from tests.wagtail_admin import add_page_in_admin, form_errors

pytestmark = pytest.mark.django_db

MESSAGE = {"nom": "Camille Durand", "e_mail": "camille@example.org", "message": "Bonjour !"}


@pytest.fixture
def site_settings(db):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.contact_email = "bonjour@imagineformargo.example"
    settings.contact_form_recipient = "equipe@imagineformargo.example"
    settings.save()
    return settings


@pytest.fixture
def contact_page(home_page):
    return ContactPageFactory(parent=home_page)


def send(client, page, data=None, **headers):
    return client.post(page.url, data if data is not None else MESSAGE, **headers)


def test_contact_page_shows_the_fields_the_editors_chose_and_how_long_messages_are_kept(
    client, contact_page
):
    contact_page.retention_months = 6
    contact_page.save_revision().publish()

    response = client.get(contact_page.url)
    html = response.content.decode()

    assert response.status_code == 200
    for name in MESSAGE:
        assert f'name="{name}"' in html
    assert '<label for="id_e_mail">E-mail</label>' in html
    assert "Votre message est conservé 6 mois, puis effacé." in html
    # The trap is out of sight and out of the keyboard's way.
    trap = re.search(rf'<div class="visually-hidden" aria-hidden="true">.*?{HONEYPOT_FIELD}', html)
    assert trap is not None
    assert 'tabindex="-1"' in html.split(f'name="{HONEYPOT_FIELD}"')[1].split(">")[0]


def test_contact_page_lives_once_under_each_home_page(home_page, contact_page):
    assert not ContactPage.can_create_at(home_page)
    assert not ContactPage.can_create_at(StandardPageFactory(parent=home_page))
    assert not ContactPage.can_create_at(ProgramIndexPageFactory(parent=home_page))
    english_home = publish_translation(StandardPageFactory(parent=home_page)).get_parent()
    assert ContactPage.can_create_at(english_home)


def test_editors_build_the_contact_form_in_the_admin(admin_client, home_page):
    field = {"label": "Votre question", "field_type": "multiline", "required": True}
    response = add_page_in_admin(
        admin_client,
        home_page,
        ContactPage,
        {
            "title": "Contact",
            "slug": "contact",
            "intro": "",
            "subject": "",
            "retention_months": "12",
            "thank_you_text": rich_text("<p>Merci !</p>"),
            "form_fields": inline_formset([field]),
        },
    )

    assert response.status_code == 302, form_errors(response)
    page = ContactPage.objects.get(slug="contact")
    assert page.live
    assert [(f.clean_name, f.field_type) for f in page.form_fields.all()] == [
        ("votre_question", "multiline")
    ]


def test_a_message_is_stored_and_emailed_to_the_staff_address_with_a_reply_to_the_visitor(
    client, contact_page, site_settings
):
    response = send(client, contact_page)

    assert response.status_code == 200
    assert "Merci, votre message a bien été envoyé." in response.content.decode()
    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.get_data()["message"] == "Bonjour !"
    assert HONEYPOT_FIELD not in submission.form_data
    [message] = mail.outbox
    assert message.to == ["equipe@imagineformargo.example"]
    assert message.reply_to == ["camille@example.org"]
    assert message.subject == "Message du site"
    assert "Message: Bonjour !" in message.body
    assert HONEYPOT_FIELD not in message.body


def test_messages_go_to_the_contact_email_when_no_recipient_is_set(
    client, contact_page, site_settings
):
    site_settings.contact_form_recipient = ""
    site_settings.save()

    send(client, contact_page)

    assert [message.to for message in mail.outbox] == [["bonjour@imagineformargo.example"]]


def test_a_bot_filling_the_hidden_field_is_thanked_and_nothing_is_kept_or_sent(
    client, contact_page, site_settings
):
    response = send(client, contact_page, {**MESSAGE, HONEYPOT_FIELD: "https://spam.example"})

    assert response.status_code == 200
    assert "Merci, votre message a bien été envoyé." in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("allowed", [5, 2])
def test_each_address_may_send_a_few_messages_an_hour(
    client, contact_page, site_settings, settings, allowed
):
    settings.CONTACT_MESSAGES_PER_IP_PER_HOUR = allowed
    for _ in range(allowed):
        assert send(client, contact_page, REMOTE_ADDR="203.0.113.7").status_code == 200

    refused = send(client, contact_page, REMOTE_ADDR="203.0.113.7")

    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Vous avez envoyé plusieurs messages en peu de temps." in html
    assert "Bonjour !" in html  # what was typed is kept
    assert FormSubmission.objects.count() == allowed
    assert len(mail.outbox) == allowed

    assert send(client, contact_page, REMOTE_ADDR="198.51.100.1").status_code == 200
    assert FormSubmission.objects.count() == allowed + 1


def test_a_wrong_answer_shows_errors_beside_the_fields_and_keeps_what_was_typed(
    client, contact_page, site_settings
):
    response = send(client, contact_page, {**MESSAGE, "e_mail": "pas-une-adresse"})

    assert response.status_code == 400
    html = response.content.decode()
    assert "Votre message n’a pas pu être envoyé." in html
    assert 'aria-invalid="true"' in html
    assert 'value="pas-une-adresse"' in html
    assert "Camille Durand" in html
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "body",
    [
        "nom=Camille&e_mail=c%40example.org&message=Bonjour%00",
        "nom=%00%00&e_mail=camille%00%40example.org&message=x",
        "nom=a&nom=b&e_mail=" + "x" * 5000 + "&message=",
        "",
    ],
)
def test_hostile_input_gets_form_errors_never_a_server_error(
    client, contact_page, site_settings, body
):
    response = client.post(contact_page.url, body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()
    assert not FormSubmission.objects.exists()


def test_bytes_that_are_not_utf8_are_stored_as_replacement_characters(
    client, contact_page, site_settings
):
    response = client.post(
        contact_page.url,
        "nom=Camille&e_mail=c%40example.org&message=%ED%A0%80",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert "\ufffd" in FormSubmission.objects.get().get_data()["message"]


def test_the_contact_form_works_with_the_page_cache_on(settings, contact_page, site_settings):
    settings.PAGE_CACHE = True
    visitor = Client(enforce_csrf_checks=True)
    other_page = StandardPageFactory()
    stored = visitor.get(other_page.url)
    assert visitor.get(other_page.url)["X-Page-Cache"] == "hit"
    assert stored["X-Page-Cache"] == "miss"

    form = visitor.get(contact_page.url)
    again = visitor.get(contact_page.url)

    # The form page and its token belong to this visitor: no cache keeps them.
    for response in (form, again):
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', again.content.decode())[1]
    answer = visitor.post(contact_page.url, {**MESSAGE, "csrfmiddlewaretoken": token})

    assert answer.status_code == 200
    assert "Merci, votre message a bien été envoyé." in answer.content.decode()
    assert len(mail.outbox) == 1
    # The CSRF cookie is not personal: other pages still come from the cache.
    assert visitor.get(other_page.url)["X-Page-Cache"] == "hit"


def test_a_post_without_the_token_is_refused(settings, contact_page, site_settings):
    settings.PAGE_CACHE = True
    response = Client(enforce_csrf_checks=True).post(contact_page.url, MESSAGE)

    assert response.status_code == 403
    assert not FormSubmission.objects.exists()


def test_the_english_page_asks_in_english_and_stores_under_the_same_names(
    client, contact_page, site_settings
):
    english = publish_translation(contact_page)
    field = english.form_fields.get(clean_name="message")
    field.label = "Your message"
    field.save()

    response = client.get(english.url)
    html = response.content.decode()
    assert '<label for="id_message">Your message</label>' in html
    assert "Your message is kept 12 months, then deleted." in html

    send(client, english)
    assert FormSubmission.objects.get(page=english).get_data()["message"] == "Bonjour !"
    assert "Your message: Bonjour !" in mail.outbox[0].body


def test_form_field_labels_are_offered_for_translation_but_not_their_names():
    from wagtail_localize.fields import get_translatable_fields

    from charity.models import ContactFormField

    page_fields = {field.field_name: field for field in get_translatable_fields(ContactPage)}
    assert page_fields["form_fields"].is_translated(None)
    assert not page_fields["to_address"].is_translated(None)
    row_fields = {field.field_name: field for field in get_translatable_fields(ContactFormField)}
    assert row_fields["label"].is_translated(None)
    assert not row_fields["clean_name"].is_translated(None)


# Retention


def submit_at(page, moment):
    submission = FormSubmission.objects.create(page=page, form_data={"message": "x"})
    FormSubmission.objects.filter(pk=submission.pk).update(submit_time=moment)
    return submission.pk


def test_months_before_counts_calendar_months():
    paris = datetime.timezone(datetime.timedelta(hours=1))
    assert months_before(datetime.datetime(2027, 3, 31, 9, tzinfo=paris), 1) == (
        datetime.datetime(2027, 2, 28, 9, tzinfo=paris)
    )
    assert months_before(datetime.datetime(2027, 1, 15, tzinfo=paris), 12) == (
        datetime.datetime(2026, 1, 15, tzinfo=paris)
    )
    assert months_before(datetime.datetime(2027, 1, 15, tzinfo=paris), 13) == (
        datetime.datetime(2025, 12, 15, tzinfo=paris)
    )


def test_purge_deletes_messages_exactly_as_old_as_the_retention_period_and_nothing_younger(
    home_page,
):
    now = timezone.now().replace(microsecond=0)
    french = ContactPageFactory(parent=home_page, retention_months=12)
    english = publish_translation(french)
    english.retention_months = 3
    english.save()
    year_ago = months_before(now, 12)
    expired = submit_at(french, year_ago)
    older = submit_at(french, year_ago - datetime.timedelta(days=30))
    day_younger = submit_at(french, year_ago + datetime.timedelta(days=1))
    english_expired = submit_at(english, months_before(now, 3))
    english_kept = submit_at(english, months_before(now, 3) + datetime.timedelta(days=1))

    deleted = ContactPage.purge_expired_submissions(now=now)

    assert deleted == 3
    remaining = set(FormSubmission.objects.values_list("pk", flat=True))
    assert remaining == {day_younger, english_kept}
    assert not {expired, older, english_expired} & remaining


def test_purge_command_deletes_expired_messages(home_page, capsys):
    page = ContactPageFactory(parent=home_page, retention_months=1)
    submit_at(page, timezone.now() - datetime.timedelta(days=40))
    kept = submit_at(page, timezone.now() - datetime.timedelta(days=2))

    call_command("purge_contact_submissions")

    assert list(FormSubmission.objects.values_list("pk", flat=True)) == [kept]
    assert "1 expired contact message(s) deleted." in capsys.readouterr().out
