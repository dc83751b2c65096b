"""Every change staff make shows in Wagtail's page history and site history."""

from django.urls import reverse

from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.test.utils.form_data import streamfield

import pytest

from charity.models import Person, StandardPage
from tests.charity.page_editing import edit_form_data, edit_url
from tests.factories import PersonFactory, StandardPageFactory, TestimonialFactory
from tests.wagtail_admin import add_page_in_admin, form_errors

pytestmark = pytest.mark.django_db


def page_actions(page):
    return list(
        PageLogEntry.objects.filter(page=page).order_by("timestamp").values_list("action", "user")
    )


def person_data(**fields):
    return {"honorific": "", "role": "", "organisation": "", "photo": "", "bio": "", **fields}


def test_page_creation_editing_publishing_and_unpublishing_are_logged(
    client_for, moderator, home_page
):
    client = client_for(moderator)
    fields = {"title": "Rapport d'activité", "slug": "rapport", "body": streamfield([])}

    response = add_page_in_admin(client, home_page, StandardPage, fields, publish=False)
    assert response.status_code == 302, form_errors(response)
    page = StandardPage.objects.get(slug="rapport")
    client.post(edit_url(page), edit_form_data(client, page, intro="Bilan 2025."))
    data = edit_form_data(client, page)
    data["action-publish"] = "1"
    client.post(edit_url(page), data)
    client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))

    actions = [action for action, user in page_actions(page) if user == moderator.pk]
    for action in ("wagtail.create", "wagtail.edit", "wagtail.publish", "wagtail.unpublish"):
        assert action in actions


def test_the_site_history_report_shows_who_changed_what(client_for, administrator, moderator):
    person = PersonFactory(name="Birgit Geoerger")
    client_for(moderator).post(
        reverse("wagtailsnippets_charity_person:edit", args=[person.pk]),
        person_data(name="Birgit Geoerger-Vargas"),
    )

    response = client_for(administrator).get(reverse("wagtailadmin_reports:site_history"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Birgit Geoerger-Vargas" in html
    assert "Marc" in html, "the moderator who made the change"


def test_snippet_creation_edits_and_deletion_are_logged(client_for, moderator, home_page):
    client = client_for(moderator)
    add_url = reverse("wagtailsnippets_charity_person:add")
    response = client.post(f"{add_url}?locale=fr", person_data(name="Jacques Grill"))
    assert response.status_code == 302
    person = Person.objects.get(name="Jacques Grill")
    client.post(
        reverse("wagtailsnippets_charity_person:edit", args=[person.pk]),
        person_data(name="Jacques Grill", role="Pédiatre oncologue"),
    )
    testimonial = TestimonialFactory()
    client.post(reverse("wagtailsnippets_charity_testimonial:delete", args=[testimonial.pk]))

    person_actions = set(
        ModelLogEntry.objects.for_instance(person).values_list("action", "user_id")
    )
    assert {("wagtail.create", moderator.pk), ("wagtail.edit", moderator.pk)} <= person_actions
    assert ModelLogEntry.objects.filter(
        action="wagtail.delete", user=moderator, object_id=str(testimonial.pk)
    ).exists()


def test_moderation_steps_are_logged(client_for, editor, moderator, home_page):
    page = StandardPageFactory(parent=home_page, live=False)
    client = client_for(editor)
    data = edit_form_data(client, page)
    data["action-submit"] = "1"
    client.post(edit_url(page), data)
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    client_for(moderator).post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": "Parfait."},
    )

    actions = page_actions(page)
    assert ("wagtail.workflow.start", editor.pk) in actions
    assert ("wagtail.workflow.approve", moderator.pk) in actions
    assert ("wagtail.publish", moderator.pk) in actions
