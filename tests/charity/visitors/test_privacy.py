from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, admin_user):
    client.force_login(admin_user)
    return client


def test_page_privacy_offers_no_shared_password(editor_client, home_page):
    response = editor_client.get(f"/admin/pages/{home_page.pk}/privacy/")
    assert response.status_code == 200
    choices = [
        value for value, _label in response.context["form"].fields["restriction_type"].choices
    ]
    assert PageViewRestriction.PASSWORD not in choices
    assert PageViewRestriction.LOGIN in choices
    assert 'name="password"' not in response.json()["html"]


def test_document_privacy_offers_no_shared_password(editor_client):
    collection = Collection.get_first_root_node()
    response = editor_client.get(f"/admin/collections/{collection.pk}/privacy/")
    assert response.status_code == 200
    choices = [
        value for value, _label in response.context["form"].fields["restriction_type"].choices
    ]
    assert CollectionViewRestriction.PASSWORD not in choices


def test_a_private_page_sends_anonymous_visitors_to_sign_in(client, home_page, admin_user):
    from wagtail.models import Page

    private = home_page.add_child(instance=Page(title="Conseil d'administration", slug="conseil"))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(private.url)
    assert response.status_code == 302
    assert "login" in response["Location"]

    client.force_login(admin_user)
    assert client.get(private.url).status_code == 200


def test_a_document_in_a_private_collection_is_not_served_to_anonymous_visitors(client, home_page):
    root = Collection.get_first_root_node()
    board = root.add_child(name="Conseil")
    CollectionViewRestriction.objects.create(
        collection=board, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = Document.objects.create(
        title="Procès-verbal",
        collection=board,
        file=ContentFile(b"%PDF-1.4\n", name="proces-verbal.pdf"),
    )
    response = client.get(document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
