"""A visitor subscribes from the footer, confirms through the e-mail's link, is listed in
the admin for a moderator, then unsubscribes in one click."""

from importlib import import_module

from django.apps import apps
from django.core import mail
from django.urls import reverse

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, MOBILE
from tests.newsletter.conftest import confirmation_link, unsubscribe_link

pytestmark = pytest.mark.browser

ADDRESS = "lea.martin@example.org"
CONSENT = "J’accepte de recevoir par e-mail la lettre d’information"


@pytest.fixture
def subscriber_permissions(staff_roles):
    """What newsletter/migrations/0002 gives Moderators and Administrators: the live
    server's flush removed it."""
    migration = import_module("newsletter.migrations.0002_subscriber_permissions")
    migration.grant_subscriber_permissions(apps, None)


def test_subscribe_confirm_listed_then_unsubscribe(
    open_context, site, staff, sign_in, subscriber_permissions, axe
):
    mail.outbox.clear()
    page = open_context(viewport=MOBILE).new_page()
    page.goto(site.urls["fr"]["home"])
    footer = page.locator(".site-footer")
    footer.get_by_label("Adresse e-mail").fill(ADDRESS)
    expect(footer.get_by_label("Langue de la lettre")).to_have_value("fr")
    footer.get_by_label(CONSENT).check()
    footer.get_by_role("button", name="S’abonner").click()
    page.wait_for_url("**/fr/lettre-d-information/merci/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Consultez votre boîte de réception")
    assert axe(page) == []

    [message] = mail.outbox
    assert message.to == [ADDRESS]
    page.goto(confirmation_link(message))
    assert axe(page) == []
    page.get_by_role("button", name="Oui, je confirme mon abonnement").click()
    page.wait_for_url("**/fr/lettre-d-information/confirmee/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Vous êtes abonné")

    admin = sign_in(staff("moderator"))
    admin.goto(reverse("newsletter_subscribers:index"))
    row = admin.locator("tr", has_text=ADDRESS)
    expect(row).to_contain_text("Confirmé")

    page.goto(unsubscribe_link(message))
    page.get_by_role("button", name="Se désinscrire").click()
    page.wait_for_url("**/fr/lettre-d-information/desinscription-faite/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Vous êtes désinscrit")

    admin.reload()
    expect(admin.locator("tr", has_text=ADDRESS)).to_contain_text("Désinscrit")


@pytest.mark.parametrize("viewport", [MOBILE, DESKTOP], ids=["mobile", "desktop"])
def test_the_sign_up_page_with_errors_is_accessible(open_context, site, axe, viewport):
    page = open_context(viewport=viewport).new_page()
    page.goto("/en/newsletter/")
    form = page.locator("main form")
    form.get_by_label("E-mail address").fill("not an address")
    # The browser's own check would stop the form: the server's errors are what is tested.
    page.evaluate("document.querySelector('main form').noValidate = true")
    form.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("alert")).to_contain_text("Tick this box to receive the newsletter.")
    expect(form.get_by_label("E-mail address")).to_have_value("not an address")
    assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 0
    assert axe(page) == []
