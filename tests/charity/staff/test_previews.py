"""Every page type previews in the admin, and a program also previews as its listing card."""

from django.urls import reverse

import pytest

from tests import factories
from tests.charity.page_editing import edit_form_data

pytestmark = pytest.mark.django_db

PAGE_FACTORIES = [
    factories.StandardPageFactory,
    factories.EventIndexPageFactory,
    factories.EventPageFactory,
    factories.ProgramIndexPageFactory,
    factories.ProgramPageFactory,
    factories.DiseaseIndexPageFactory,
    factories.DiseasePageFactory,
    factories.PartnerIndexPageFactory,
    factories.PartnerPageFactory,
]


def preview(client, page, mode="", **changes):
    """Send the edit form to the preview view, then load the preview, as the editor's panel does."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    data = edit_form_data(client, page, **changes)
    response = client.post(f"{url}?mode={mode}", data)
    assert response.json() == {"is_valid": True, "is_available": True}
    return client.get(url, {"mode": mode})


@pytest.fixture
def superuser_client(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.mark.parametrize("page_factory", PAGE_FACTORIES, ids=lambda f: f._meta.model.__name__)
def test_every_page_type_previews(superuser_client, home_page, page_factory):
    page = page_factory()

    response = preview(superuser_client, page, title="Aperçu avant publication")

    assert response.status_code == 200
    assert "Aperçu avant publication" in response.content.decode()


def test_home_page_previews(superuser_client, home_page):
    response = preview(superuser_client, home_page, hero_heading="Guérir tous les enfants")
    assert response.status_code == 200
    assert "Guérir tous les enfants" in response.content.decode()


def test_editor_previews_unsaved_changes_without_changing_the_live_page(
    client_for, editor, home_page, client
):
    page = factories.StandardPageFactory(parent=home_page, title="Nos missions")

    response = preview(client_for(editor), page, title="Nos missions (brouillon)")

    assert "Nos missions (brouillon)" in response.content.decode()
    client.logout()
    assert "(brouillon)" not in client.get(page.url).content.decode()


def test_program_previews_as_a_card_in_listings(superuser_client, home_page):
    disease = factories.DiseasePageFactory(title="Gliome infiltrant du tronc cérébral")
    program = factories.ProgramPageFactory(acronym="BIOMEDE", diseases=[disease])

    response = preview(superuser_client, program, mode="card", summary="Un essai pour les DIPG.")

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="card card--program"' in html
    assert "BIOMEDE" in html
    assert "Un essai pour les DIPG." in html
    assert "Gliome infiltrant du tronc cérébral" in html


def test_program_offers_the_card_preview_mode():
    modes = dict(factories.ProgramPageFactory.build().preview_modes)
    assert set(modes) == {"", "card"}


@pytest.mark.parametrize("mode", ["", "card"])
def test_preview_may_be_framed_by_the_admin_only(superuser_client, home_page, mode):
    """The preview panel frames the preview: the public policy forbids any framing, so a
    preview keeps that policy but lets the site's own admin frame it."""
    program = factories.ProgramPageFactory()

    response = preview(superuser_client, program, mode=mode)

    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy
    assert "'unsafe-inline'" not in policy
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    superuser_client.logout()
    public = superuser_client.get(program.url)
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
    assert public["X-Frame-Options"] == "DENY"
