"""Moderation through the admin, with real staff accounts: editors submit, moderators decide."""

import datetime
import re

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry, TaskState, WorkflowState
from wagtail.test.utils import WagtailTestUtils
from wagtail.users.models import UserProfile

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


def in_english(user):
    """The user's admin in English, so that the checked wording does not wait for its
    French translation."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def shown_messages(response):
    """The text of each message shown at the top of the page, its buttons' labels last."""
    return [
        WagtailTestUtils.get_soup(str(message)).get_text(" ", strip=True)
        for message in response.context["messages"]
    ]


def test_editor_sees_the_page_in_moderation_after_submitting(client_for, editor, draft):
    client = client_for(in_english(editor))
    data = edit_form_data(client, draft, title="Notre stratégie 2026")
    data["action-submit"] = "1"

    response = client.post(edit_url(draft), data, follow=True)

    assert response.redirect_chain[-1][0] == reverse(
        "wagtailadmin_explore", args=[draft.get_parent().pk]
    )
    [message] = shown_messages(response)
    assert message.startswith("Page 'Notre stratégie 2026' has been submitted for moderation.")
    rows = WagtailTestUtils.get_soup(response.content).select("tbody tr")
    [row] = [row.get_text(" ", strip=True) for row in rows if "Notre stratégie 2026" in row.text]
    assert "in moderation" in row


def test_a_page_in_moderation_opens_locked_for_its_editor(client_for, editor, submitted):
    response = client_for(editor).get(edit_url(submitted))

    soup = WagtailTestUtils.get_soup(response.content)
    assert "content-locked" in soup.body["class"]
    assert soup.find("script", src=re.compile(r"js/admin/locked-form\.js"))
    actions = soup.select("footer button[type=submit]")
    assert actions[0].has_attr("disabled"), "the main button only says the page is locked"
    assert "action-cancel-workflow" in [button.get("name") for button in actions[1:]]


def dashboard_action_url(client, page, action):
    """The URL the dashboard's "Awaiting your review" panel posts the action to."""
    soup = WagtailTestUtils.get_soup(client.get(reverse("wagtailadmin_home")).content)
    [button] = soup.select(
        f"#awaiting-review-section button[data-workflow-action-url*='/{page.pk}/{action}/']"
        ":not([data-launch-modal])"
    )
    return button["data-workflow-action-url"]


def test_moderator_approving_from_the_dashboard_is_told_the_page_is_published(
    client_for, moderator, submitted
):
    client = client_for(in_english(moderator))
    url = dashboard_action_url(client, submitted, "approve")

    response = client.post(url, {"next": reverse("wagtailadmin_home")}, follow=True)

    submitted.refresh_from_db()
    assert submitted.live
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert shown_messages(response) == ["“Notre stratégie 2026” approved and published. View live"]
    buttons = WagtailTestUtils.get_soup(str(list(response.context["messages"])[0])).select("a")
    assert [button["href"] for button in buttons] == [submitted.url]


def test_moderator_approving_a_scheduled_page_is_told_when_it_goes_live(
    client_for, editor, moderator, draft
):
    go_live = timezone.now() + datetime.timedelta(days=3)
    draft.go_live_at = go_live
    draft.save_revision(user=editor)
    draft.get_workflow().start(draft, editor)
    client = client_for(in_english(moderator))

    response = client.post(
        dashboard_action_url(client, draft, "approve"),
        {"next": reverse("wagtailadmin_home")},
        follow=True,
    )

    draft.refresh_from_db()
    assert not draft.live
    [message] = shown_messages(response)
    assert message.startswith("“Notre stratégie” approved: it will be published on ")
    assert str(timezone.localtime(go_live).year) in message


def test_moderator_requesting_changes_from_the_dashboard_is_told_so(
    client_for, moderator, submitted
):
    client = client_for(in_english(moderator))
    url = dashboard_action_url(client, submitted, "approve").replace("/approve/", "/reject/")

    response = client.post(
        url, {"comment": "Ajouter la source.", "next": reverse("wagtailadmin_home")}, follow=True
    )

    assert WorkflowState.objects.get().status == WorkflowState.STATUS_NEEDS_CHANGES
    assert shown_messages(response) == [
        "Changes requested on “Notre stratégie 2026”: it is back with its author."
    ]
