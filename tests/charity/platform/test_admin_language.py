"""Each staff member reads the admin in the language of their account, French or English:
the names that migrations created (groups, workflow, task, root collection), wagtail-localize's
screens, notification e-mails and dates included."""

import datetime
import re
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group
from django.core import mail
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from wagtail.log_actions import log
from wagtail.models import Collection, Locale, Task, Workflow
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

import pytest

from tests.charity.conftest import staff_member
from tests.charity.page_editing import edit_form_data, edit_url
from tests.factories import DiseasePageFactory, EventPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
WORKFLOW = {"fr": "Validation des modérateurs", "en": "Moderators approval"}


def in_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def editor_in():
    return lambda language: in_language(staff_member(f"editor-{language}", "Editors"), language)


@pytest.fixture
def moderator_in():
    return lambda language: in_language(
        staff_member(f"moderator-{language}", "Moderators"), language
    )


@pytest.fixture
def draft(home_page):
    return StandardPageFactory(parent=home_page, title="Notre stratégie", live=False)


def text_of(response):
    """The page's HTML with its white space run together, as a reader sees the words."""
    assert response.status_code == 200, response.status_code
    return re.sub(r"\s+", " ", response.content.decode())


def submit(client, page):
    data = edit_form_data(client, page)
    data["action-submit"] = "1"
    response = client.post(edit_url(page), data)
    assert response.status_code == 302, response.status_code


@pytest.mark.parametrize(
    "language, label",
    [("fr", "Soumettre à Validation des modérateurs"), ("en", "Submit to Moderators approval")],
)
def test_submit_button_names_the_workflow_in_the_editors_language(
    client_for, editor_in, draft, language, label
):
    html = text_of(client_for(editor_in(language)).get(edit_url(draft)))

    assert label in html
    assert WORKFLOW["en" if language == "fr" else "fr"] not in html


@pytest.mark.parametrize(
    "language, awaiting, sent_to",
    [
        ("fr", "En attente Validation des modérateurs", "Envoyé vers Validation des modérateurs"),
        ("en", "Awaiting Moderators approval", "Sent to Moderators approval"),
    ],
)
def test_workflow_status_names_the_task_in_the_editors_language(
    client_for, editor_in, moderator_in, draft, language, awaiting, sent_to
):
    moderator_in("fr")
    client = client_for(editor_in(language))
    submit(client, draft)

    assert awaiting in text_of(client.get(reverse("wagtailadmin_home")))
    assert sent_to in text_of(client.get(edit_url(draft)))


def test_each_moderator_is_emailed_in_their_own_language(
    client_for, editor_in, moderator_in, draft
):
    french, english = moderator_in("fr"), moderator_in("en")

    submit(client_for(editor_in("fr")), draft)

    for moderator, language in ((french, "fr"), (english, "en")):
        [message] = [message for message in mail.outbox if message.to == [moderator.email]]
        email = message.subject + "\n" + message.body
        assert WORKFLOW[language] in email, email
        assert WORKFLOW["en" if language == "fr" else "fr"] not in email, email


def test_the_editor_is_told_of_changes_requested_in_their_own_language(
    client_for, editor_in, moderator_in, draft
):
    editor = editor_in("fr")
    moderator = moderator_in("en")
    submit(client_for(editor), draft)
    draft.refresh_from_db()
    task_state = draft.current_workflow_task_state
    mail.outbox.clear()

    client_for(moderator).post(
        reverse("wagtailadmin_pages:workflow_action", args=[draft.pk, "reject", task_state.pk]),
        {"comment": "Merci de citer vos sources."},
    )

    [message] = [message for message in mail.outbox if message.to == [editor.email]]
    assert "Validation des modérateurs" in message.subject + message.body
    assert "Moderators approval" not in message.subject + message.body


@pytest.mark.parametrize("language", ["fr", "en"])
def test_history_names_the_workflow_in_the_readers_language(
    client_for, editor_in, admin_user, draft, language
):
    submit(client_for(editor_in("fr")), draft)
    log(instance=Group.objects.get(name="Moderators"), action="wagtail.edit", user=admin_user)
    client = client_for(in_language(admin_user, language))

    history = text_of(client.get(reverse("wagtailadmin_pages:history", args=[draft.pk])))
    site_history = text_of(client.get(reverse("wagtailadmin_reports:site_history")))

    other = "en" if language == "fr" else "fr"
    assert WORKFLOW[language] in history
    assert WORKFLOW[other] not in history
    moderators = {"fr": "Modérateurs", "en": "Moderators"}
    assert moderators[language] in site_history
    assert moderators[other] not in site_history


def test_names_created_by_migrations_read_in_the_active_language():
    names = {
        Group.objects.get(name="Editors"): ("Rédacteurs", "Editors"),
        Group.objects.get(name="Moderators"): ("Modérateurs", "Moderators"),
        Group.objects.get(name="Administrators"): ("Administrateurs", "Administrators"),
        Workflow.objects.get(name="Moderators approval"): (WORKFLOW["fr"], WORKFLOW["en"]),
        Task.objects.get(name="Moderators approval").specific: (WORKFLOW["fr"], WORKFLOW["en"]),
        Collection.get_first_root_node(): ("Racine", "Root"),
    }
    shown = Template("{{ instance }}, {{ instance.name }}")
    for instance, (french, english) in names.items():
        with translation.override("fr"):
            assert shown.render(Context({"instance": instance})) == f"{french}, {french}"
            assert f"« {instance.name} »" == f"« {french} »"
        with translation.override("en"):
            assert shown.render(Context({"instance": instance})) == f"{english}, {english}"
        assert instance.name == english, "code and queries see the English name"


def test_a_name_saved_as_an_edit_form_shows_it_stays_in_english():
    group = Group.objects.get(name="Moderators")
    with translation.override("fr"):
        group.name = str(group.name)
    assert group.name == "Modérateurs"

    group.save()

    assert Group.objects.filter(name="Moderators").exists()
    assert not Group.objects.filter(name="Modérateurs").exists()
    with translation.override("fr"):
        assert f"{group.name}" == "Modérateurs", "the message after saving names it in French"


def test_a_name_copied_from_another_object_is_stored_in_english():
    task = Task.objects.get(name="Moderators approval")
    with translation.override("fr"):
        workflow = Workflow.objects.create(name=task.name)

    assert Workflow.objects.filter(pk=workflow.pk, name="Moderators approval").exists()


def test_a_name_typed_in_the_admin_is_kept_as_typed():
    group = Group.objects.get(name="Editors")
    group.name = "Modérateurs"
    group.save()
    workflow = Workflow.objects.get(name="Moderators approval")
    workflow.name = "Relecture du comité"
    workflow.save()

    assert Group.objects.filter(name="Modérateurs").exists()
    with translation.override("en"):
        assert str(Workflow.objects.get(pk=workflow.pk)) == "Relecture du comité"


@pytest.mark.parametrize(
    "language, names",
    [
        ("fr", ["Administrateurs", "Rédacteurs", "Modérateurs"]),
        ("en", ["Administrators", "Editors", "Moderators"]),
    ],
)
def test_group_listing_in_the_administrators_language(client_for, admin_user, language, names):
    html = text_of(
        client_for(in_language(admin_user, language)).get(reverse("wagtailusers_groups:index"))
    )

    for name in names:
        assert f">{name}<" in html.replace("> ", ">").replace(" <", "<")


@pytest.mark.parametrize("language, count", [("fr", "1 traduction"), ("en", "1 translation")])
def test_translations_report_counts_in_the_readers_language(
    client_for, admin_user, home_page, language, count
):
    page = StandardPageFactory(parent=home_page, title="Notre histoire")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(source=source, target_locale=Locale.objects.get(language_code="en"))

    client = client_for(in_language(admin_user, language))
    html = text_of(client.get(reverse("wagtail_localize:translations_report")))

    assert count in html


def test_translation_editor_script_has_the_sites_french(client_for, editor_in):
    french = client_for(editor_in("fr")).get(reverse("wagtail_localize:javascript_catalog"))
    assert '"Publish in ": "Publier en "' in french.content.decode()

    english = client_for(editor_in("en")).get(reverse("wagtail_localize:javascript_catalog"))
    assert "Publier" not in english.content.decode()


@pytest.mark.parametrize("language, starts", [("fr", "12 mars 2031"), ("en", "March 12, 2031")])
def test_dashboard_dates_in_the_readers_language(
    client_for, editor_in, home_page, language, starts
):
    EventPageFactory(
        title="Colloque de la recherche",
        start=datetime.datetime(2031, 3, 12, 9, 0, tzinfo=PARIS),
        end=datetime.datetime(2031, 3, 12, 17, 30, tzinfo=PARIS),
    )

    html = text_of(client_for(editor_in(language)).get(reverse("wagtailadmin_home")))

    assert starts in html


@pytest.mark.parametrize(
    "language, due", [("fr", "3 novembre 2025 (en retard)"), ("en", "Nov. 3, 2025 (overdue)")]
)
def test_disease_listing_dates_in_the_readers_language(
    client_for, editor_in, disease_index, language, due
):
    DiseasePageFactory(title="Néphroblastome", next_review_due=datetime.date(2025, 11, 3))

    html = text_of(client_for(editor_in(language)).get(reverse("diseases:index")))

    assert due in html
