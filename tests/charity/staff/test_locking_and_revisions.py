"""Page locking and revision history, Wagtail's own, for the charity's staff."""

from django.urls import reverse

import pytest

from tests.charity.page_editing import edit_form_data, edit_url
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home_page):
    return StandardPageFactory(parent=home_page, title="Nos engagements", intro="Version 1.")


def save_draft(client, page, **changes):
    return client.post(edit_url(page), edit_form_data(client, page, **changes))


def test_a_page_locked_by_a_moderator_cannot_be_edited_by_an_editor(
    client_for, moderator, editor, page
):
    client_for(moderator).post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    page.refresh_from_db()
    assert page.locked and page.locked_by == moderator

    client = client_for(editor)
    data = edit_form_data(client, page, intro="Modifiée pendant le verrou.")
    response = client.post(edit_url(page), data)

    assert response.status_code == 200, "the form comes back with the lock message"
    assert page.revisions.count() == 0
    page.refresh_from_db()
    assert page.intro == "Version 1."


def test_an_unlocked_page_can_be_edited_again(client_for, moderator, editor, page):
    client_for(moderator).post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    client_for(moderator).post(reverse("wagtailadmin_pages:unlock", args=[page.pk]))

    save_draft(client_for(editor), page, intro="Version 2.")

    page.refresh_from_db()
    assert page.get_latest_revision().content["intro"] == "Version 2."


def test_editors_cannot_lock_pages(client_for, editor, page):
    client_for(editor).post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    page.refresh_from_db()
    assert not page.locked


def test_every_save_keeps_a_revision_that_can_be_compared(client_for, editor, page):
    client = client_for(editor)
    save_draft(client, page, intro="Version 2.")
    save_draft(client, page, intro="Version 3.")
    first, second = page.revisions.order_by("created_at")

    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    compare = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk])
    )

    assert history.status_code == 200
    assert compare.status_code == 200
    html = compare.content.decode()
    assert '<span class="deletion">2.</span><span class="addition">3.</span>' in html


def test_a_moderator_can_revert_to_an_earlier_revision(client_for, moderator, page):
    client = client_for(moderator)
    save_draft(client, page, intro="Version 2.")
    save_draft(client, page, intro="Version 3.")
    first = page.revisions.order_by("created_at").first()

    response = client.get(reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first.pk]))

    assert response.status_code == 200
    assert "Version 2." in response.content.decode()
