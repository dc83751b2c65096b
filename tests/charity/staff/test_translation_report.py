import datetime

from django.utils import timezone

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

import pytest

from charity.staff.translation_report import Problem, parity_issues
from tests.factories import PersonFactory, StandardPageFactory, publish_translation

pytestmark = pytest.mark.django_db


def issues_for(title):
    return [
        (issue.language, str(issue.problem)) for issue in parity_issues() if issue.title == title
    ]


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


def translate_with_localize(instance, english, capture):
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(source=source, target_locale=english)
    with capture(execute=True):
        translation.save_target(publish=True)
    return source, translation


def test_page_in_french_only_is_missing_in_english(home_page):
    StandardPageFactory(title="Nos statuts")

    assert issues_for("Nos statuts") == [("English", str(Problem.MISSING))]


def test_translated_pages_in_both_languages_are_not_listed(home_page):
    page = StandardPageFactory(title="À propos")
    publish_translation(page, title="About us")

    assert issues_for("À propos") == []
    assert issues_for("About us") == []


def test_unpublished_translation_is_listed(home_page):
    page = StandardPageFactory(title="À propos")
    publish_translation(page, title="About us").unpublish()

    assert issues_for("À propos") == [("English", str(Problem.NOT_PUBLISHED))]


def test_drafts_in_every_language_are_left_out(home_page):
    StandardPageFactory(title="Brouillon", live=False)

    assert issues_for("Brouillon") == []


def test_hand_translated_page_is_out_of_date_when_the_source_is_published_later(home_page):
    page = StandardPageFactory(title="À propos")
    english = publish_translation(page, title="About us")
    english.last_published_at = timezone.now() - datetime.timedelta(days=3)
    english.save(update_fields=["last_published_at"])

    page.save_revision().publish()

    [issue] = [issue for issue in parity_issues() if issue.title == "About us"]
    assert (issue.language, issue.problem) == ("English", Problem.OUT_OF_DATE)
    assert issue.edit_url == f"/admin/pages/{english.pk}/edit/"


def test_localize_translation_is_out_of_date_until_resynced(
    home_page, english, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(title="Notre stratégie")
    source, translation = translate_with_localize(page, english, django_capture_on_commit_callbacks)
    assert issues_for("Notre stratégie") == []

    page.intro = "Une stratégie revue en 2024."
    page.save_revision().publish()
    assert issues_for("Notre stratégie") == [("English", str(Problem.OUT_OF_DATE))]

    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert issues_for("Notre stratégie") == []


def test_person_without_translation_is_missing(home_page):
    PersonFactory(name="Jacques Grill")

    assert issues_for("Dr. Jacques Grill") == [("English", str(Problem.MISSING))]


def test_person_edited_since_last_synchronised_is_out_of_date(
    home_page, english, django_capture_on_commit_callbacks
):
    person = PersonFactory(name="Jacques Grill", role="Pédiatre oncologue")
    translate_with_localize(person, english, django_capture_on_commit_callbacks)
    assert issues_for("Dr. Jacques Grill") == []

    person.role = "Chef du programme de neuro-oncologie pédiatrique"
    person.save()

    assert issues_for("Dr. Jacques Grill") == [("English", str(Problem.OUT_OF_DATE))]


def test_report_is_in_the_reports_menu_and_lists_the_gaps(client, admin_user, home_page):
    StandardPageFactory(title="Nos statuts")
    client.force_login(admin_user)

    dashboard = client.get("/admin/").content.decode()
    response = client.get("/admin/reports/translation-parity/")

    assert "/admin/reports/translation-parity/" in dashboard
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nos statuts" in html
    assert str(Problem.MISSING) in html


def test_report_needs_an_admin_login(client):
    response = client.get("/admin/reports/translation-parity/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
