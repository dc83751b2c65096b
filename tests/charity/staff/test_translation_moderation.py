"""A translation goes through moderation like any change: "Translate this page" makes a
draft, the translator saves and submits it from the translation editor, moderators are
told, and the translated page is live only once one of them approves it."""

from django.core import mail
from django.urls import reverse

from wagtail.models import Locale, TaskState, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

import pytest

from programs.models import ProgramPage
from tests.factories import ProgramPageFactory, publish_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def program(program_index):
    publish_translation(program_index)
    return ProgramPageFactory(
        title="Séquencer les tumeurs des enfants en rechute",
        slug="sequencer-les-tumeurs",
        acronym="MAPPYACTS",
        summary="Séquencer chaque tumeur en rechute.",
        grants=["150000"],
    )


@pytest.fixture
def grant_note(program):
    grant = program.grants.get()
    grant.note = "Rapport annuel 2019"
    grant.save()
    program.save_revision().publish()
    return grant.note


def request_translation(client, page, locale):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk]},
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    return ProgramPage.objects.get(translation_key=page.translation_key, locale=locale)


def translate(page, english, **strings):
    """What the translator types in wagtail-localize's editor, string by string."""
    translation = Translation.objects.get(source__object_id=page.translation_key)
    for source_text, translated in strings.items():
        segment = StringSegment.objects.select_related("string", "context").get(
            source=translation.source, string__data=source_text
        )
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=english,
            context=segment.context,
            defaults={"data": translated},
        )


def translation_action(client, page, action):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {"translation-action": action},
        follow=True,
    )


def draft_of(page):
    return ProgramPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def test_translate_this_page_makes_a_draft_even_from_an_editor(
    client_for, editor, program, english
):
    client = client_for(editor)

    translated = request_translation(client, program, english)

    assert not translated.live
    assert client.get(translated.url or "/en/no-url/").status_code == 404


def test_editor_saves_a_draft_then_submits_and_moderators_are_told(
    client_for, editor, moderator, program, english, grant_note
):
    client = client_for(editor)
    translated = request_translation(client, program, english)
    translate(
        program,
        english,
        **{
            program.title: "Sequencing relapsed tumours in children",
            program.summary: "Sequence every relapsed tumour.",
            grant_note: "Annual report 2019",
        },
    )

    saved = translation_action(client, translated, "save-draft")
    assert "Un brouillon de la traduction en English" in saved.content.decode()
    draft = draft_of(translated)
    assert draft.title == "Sequencing relapsed tumours in children"
    # The address follows the translated title, since nobody translated it.
    assert draft.slug == "sequencing-relapsed-tumours-in-children"
    assert [grant.note for grant in draft.grants.all()] == ["Annual report 2019"]
    assert [grant.amount_eur for grant in draft.grants.all()] == [150000]
    assert not ProgramPage.objects.get(pk=translated.pk).live

    mail.outbox.clear()
    submitted = translation_action(client, translated, "submit")
    assert "a été soumise aux modérateurs" in submitted.content.decode()
    state = WorkflowState.objects.get(object_id=str(translated.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert moderator.email in {address for message in mail.outbox for address in message.to}
    assert not ProgramPage.objects.get(pk=translated.pk).live


def test_editor_is_offered_save_and_submit_and_never_publish(client_for, editor, program, english):
    client = client_for(editor)
    translated = request_translation(client, program, english)

    html = client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk])).content.decode()

    assert 'name="translation-action" value="save-draft"' in html
    assert 'name="translation-action" value="submit"' in html
    assert "Non publiée" in html
    # wagtail-localize's own footer, whose main action would convert the page to an alias.
    assert ".js-translation-editor footer { display: none; }" in html


def test_moderator_approval_publishes_the_translation(
    client_for, editor, moderator, program, english
):
    client = client_for(editor)
    translated = request_translation(client, program, english)
    translate(program, english, **{program.title: "Sequencing relapsed tumours"})
    translation_action(client, translated, "submit")

    task_state = TaskState.objects.get(workflow_state__object_id=str(translated.pk))
    client = client_for(moderator)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action", args=[translated.pk, "approve", task_state.pk]
        ),
        {"comment": ""},
    )

    assert response.status_code in (200, 302)
    live = ProgramPage.objects.get(pk=translated.pk)
    assert live.live
    assert live.title == "Sequencing relapsed tumours"
    client.logout()
    assert client.get("/en/").status_code == 200
    page = client.get(live.url)
    assert page.status_code == 200
    assert live.url.endswith("/sequencing-relapsed-tumours/")


def test_a_new_draft_of_a_live_translation_leaves_the_published_text(
    client_for, editor, program, english
):
    client = client_for(editor)
    translated = request_translation(client, program, english)
    translate(program, english, **{program.summary: "Sequence every relapsed tumour."})
    translation_action(client, translated, "save-draft")
    draft_of(translated).save_revision().publish()

    translate(program, english, **{program.summary: "A new summary, not approved yet."})
    translation_action(client, translated, "save-draft")

    live = ProgramPage.objects.get(pk=translated.pk)
    assert live.summary == "Sequence every relapsed tumour."
    assert draft_of(translated).summary == "A new summary, not approved yet."
    assert live.has_unpublished_changes


def test_editor_cannot_save_a_translation_locked_in_moderation(
    client_for, editor, program, english
):
    client = client_for(editor)
    translated = request_translation(client, program, english)
    translation_action(client, translated, "submit")
    translate(program, english, **{program.summary: "Changed while in moderation."})

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[translated.pk]),
        {"translation-action": "save-draft"},
    )

    assert response.status_code in (302, 403)
    assert response.get("Location", "") != reverse("wagtailadmin_pages:edit", args=[translated.pk])
    assert draft_of(translated).summary != "Changed while in moderation."
