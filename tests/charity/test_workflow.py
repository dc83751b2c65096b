"""Moderation through the admin, with real staff accounts: editors submit, moderators decide."""

from django.core import mail
from django.urls import reverse

from wagtail.models import PageLogEntry, TaskState, WorkflowState

import pytest

from tests.charity.page_editing import edit_form_data, edit_url
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def workflow_action(client, page, action, **data):
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, data)


@pytest.fixture
def draft(home_page):
    return StandardPageFactory(parent=home_page, title="Notre stratégie", live=False)


@pytest.fixture
def submitted(client_for, editor, moderator, draft):
    """A draft the editor has submitted for moderation."""
    client = client_for(editor)
    data = edit_form_data(client, draft, title="Notre stratégie 2026")
    data["action-submit"] = "1"
    response = client.post(edit_url(draft), data)
    assert response.status_code == 302
    mail.outbox.clear()
    draft.refresh_from_db()
    return draft


def test_editor_cannot_publish(client_for, editor, draft):
    client = client_for(editor)
    data = edit_form_data(client, draft, title="Publiée sans relecture")
    data["action-publish"] = "1"

    client.post(edit_url(draft), data)

    draft.refresh_from_db()
    assert not draft.live
    assert draft.get_latest_revision().content["title"] == "Publiée sans relecture"
    assert not PageLogEntry.objects.filter(page=draft, action="wagtail.publish").exists()


def test_editor_cannot_publish_changes_to_a_live_page(client_for, editor, home_page):
    page = StandardPageFactory(parent=home_page, title="Qui sommes-nous")
    client = client_for(editor)
    data = edit_form_data(client, page, title="Titre non relu")
    data["action-publish"] = "1"

    client.post(edit_url(page), data)

    page.refresh_from_db()
    assert page.title == "Qui sommes-nous"
    assert page.has_unpublished_changes
    assert "Titre non relu" not in client.get(page.url).content.decode()


def test_editor_cannot_unpublish(client_for, editor, home_page):
    page = StandardPageFactory(parent=home_page)
    response = client_for(editor).post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    assert response.url == reverse("wagtailadmin_home"), "refused, back to the dashboard"
    page.refresh_from_db()
    assert page.live


def test_editor_can_submit_for_moderation_and_moderators_are_told(
    client_for, editor, moderator, draft
):
    client = client_for(editor)
    data = edit_form_data(client, draft, title="Notre stratégie 2026")
    data["action-submit"] = "1"

    client.post(edit_url(draft), data)

    draft.refresh_from_db()
    assert not draft.live
    assert draft.workflow_in_progress
    assert draft.current_workflow_task.name == "Moderators approval"
    assert draft.current_workflow_state.requested_by == editor
    notified = [message for message in mail.outbox if moderator.email in message.to]
    assert notified, "moderators receive an e-mail when a page is submitted"
    assert "Notre stratégie 2026" in notified[0].subject + notified[0].body


def test_page_in_moderation_is_locked_for_its_editor(client_for, editor, submitted):
    client = client_for(editor)
    data = edit_form_data(client, submitted, title="Changée pendant la relecture")

    client.post(edit_url(submitted), data)

    assert submitted.get_latest_revision().content["title"] == "Notre stratégie 2026"


def test_editor_cannot_approve_a_submission(client_for, editor, submitted):
    response = workflow_action(client_for(editor), submitted, "approve", comment="")
    assert response.url == reverse("wagtailadmin_home"), "refused, back to the dashboard"
    submitted.refresh_from_db()
    assert not submitted.live


def test_moderator_can_approve_and_publish(client_for, editor, moderator, submitted):
    workflow_action(client_for(moderator), submitted, "approve", comment="")

    submitted.refresh_from_db()
    assert submitted.live
    assert submitted.title == "Notre stratégie 2026"
    assert not submitted.workflow_in_progress
    assert WorkflowState.objects.get().status == "approved"
    assert PageLogEntry.objects.filter(
        page=submitted, action="wagtail.publish", user=moderator
    ).exists()
    assert any(editor.email in message.to for message in mail.outbox), (
        "the editor is told the page was approved"
    )


def test_moderator_can_reject_with_a_comment(client_for, editor, moderator, submitted):
    comment = "Merci de citer la source du chiffre de 2 500 enfants."

    workflow_action(client_for(moderator), submitted, "reject", comment=comment)

    submitted.refresh_from_db()
    assert not submitted.live
    state = WorkflowState.objects.get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state = TaskState.objects.get(workflow_state=state)
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == comment
    assert task_state.finished_by == moderator
    [to_editor] = [message for message in mail.outbox if editor.email in message.to]
    assert comment in to_editor.body


def test_editor_resubmits_after_changes_were_requested(client_for, editor, moderator, submitted):
    workflow_action(client_for(moderator), submitted, "reject", comment="Ajouter la source.")
    client = client_for(editor)
    data = edit_form_data(client, submitted, title="Notre stratégie 2026 (sourcée)")
    data["action-submit"] = "1"

    client.post(edit_url(submitted), data)

    submitted.refresh_from_db()
    assert submitted.workflow_in_progress
    assert submitted.get_latest_revision().content["title"] == "Notre stratégie 2026 (sourcée)"


def test_moderator_can_publish_directly(client_for, moderator, draft):
    client = client_for(moderator)
    data = edit_form_data(client, draft, title="Notre stratégie 2026")
    data["action-publish"] = "1"

    client.post(edit_url(draft), data)

    draft.refresh_from_db()
    assert draft.live
    assert draft.title == "Notre stratégie 2026"
