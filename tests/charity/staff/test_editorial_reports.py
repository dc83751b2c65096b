"""Admin reports: programs missing key data, and disease pages past their medical review date."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from tests.factories import (
    DiseasePageFactory,
    FundingGrantFactory,
    PersonFactory,
    ProgramPageFactory,
    publish_translation,
)

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def report(client, name, **params):
    response = client.get(reverse(name), params)
    assert response.status_code == 200
    return response


@pytest.fixture
def programs(program_index):
    disease, person = DiseasePageFactory(), PersonFactory()

    def program(acronym, **links):
        return ProgramPageFactory(title=acronym, acronym=acronym, **links)

    return {
        "complete": program(
            "MICCHADO", diseases=[disease], investigators=[person], grants=[120000]
        ),
        "no_disease": program("SACHA", investigators=[person], grants=[8000]),
        "no_investigator": program("BEACON", diseases=[disease], grants=[1]),
        "no_funding": program("ESMART", diseases=[disease], investigators=[person]),
    }


def test_programs_missing_key_data_are_queried_with_what_is_missing(programs):
    from programs.models import ProgramPage

    missing = {
        program.acronym: [str(label) for label in program.missing_key_data]
        for program in ProgramPage.objects.missing_key_data()
    }

    # Tests run in French, the site's first language.
    assert missing == {
        "SACHA": ["maladie"],
        "BEACON": ["investigateur principal"],
        "ESMART": ["montant du financement"],
    }


def test_a_grant_of_nothing_is_not_a_funding_figure(programs):
    from programs.models import ProgramPage

    complete = programs["complete"]
    complete.grants.all().delete()
    FundingGrantFactory(program=complete, amount_eur=0)

    assert ProgramPage.objects.missing_key_data().filter(pk=complete.pk).exists()


def test_incomplete_programs_report_lists_each_program_and_what_it_lacks(
    client_for, editor, programs
):
    html = report(client_for(editor), "incomplete_programs_report").content.decode()

    for acronym in ("SACHA", "BEACON", "ESMART"):
        assert acronym in html
    assert "MICCHADO" not in html
    assert "investigateur principal" in html
    assert reverse("wagtailadmin_pages:edit", args=[programs["no_disease"].pk]) in html


def test_incomplete_programs_report_exports_a_spreadsheet(client_for, editor, programs):
    response = report(client_for(editor), "incomplete_programs_report", export="csv")

    assert response["Content-Type"].startswith("text/csv")
    assert "programs-missing-key-data" in response["Content-Disposition"]
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert len(rows) == 4
    assert any("ESMART" in row and "montant du financement" in row for row in rows)


def test_incomplete_programs_report_lists_each_program_once_not_once_a_language(
    client_for, editor, programs
):
    for program in programs.values():
        publish_translation(program, title=f"{program.acronym} (English)")

    response = report(client_for(editor), "incomplete_programs_report")

    listed = [program.title for program in response.context["object_list"]]
    assert listed == ["BEACON", "ESMART", "SACHA"]


def test_overdue_medical_reviews_report_lists_pages_past_their_review_date(
    client_for, editor, disease_index
):
    DiseasePageFactory(title="Neuroblastome", next_review_due=TODAY - datetime.timedelta(days=40))
    DiseasePageFactory(title="Néphroblastome", next_review_due=TODAY + datetime.timedelta(days=5))
    DiseasePageFactory(title="Rétinoblastome", next_review_due=TODAY)
    DiseasePageFactory(title="Ostéosarcome", next_review_due=None)
    DiseasePageFactory(title="Gliome", next_review_due=TODAY - datetime.timedelta(days=400))

    html = report(client_for(editor), "overdue_medical_reviews_report").content.decode()

    assert "Neuroblastome" in html and "Gliome" in html
    assert html.index("Gliome") < html.index("Neuroblastome"), "the longest overdue first"
    for title in ("Néphroblastome", "Rétinoblastome", "Ostéosarcome"):
        assert title not in html


def test_reports_are_listed_in_the_reports_menu(client_for, editor, programs):
    html = report(client_for(editor), "wagtailadmin_home").content.decode()
    assert reverse("incomplete_programs_report") in html
    assert reverse("overdue_medical_reviews_report") in html


def test_reports_are_refused_to_people_without_page_permissions(client):
    user = get_user_model().objects.create_user("lecteur", password="not-used-in-tests")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    for name in ("incomplete_programs_report", "overdue_medical_reviews_report"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")


def report_query_count(client, name):
    with CaptureQueriesContext(connection) as queries:
        report(client, name)
    return len(queries)


@pytest.mark.parametrize("name", ["incomplete_programs_report", "overdue_medical_reviews_report"])
def test_report_queries_do_not_grow_with_the_rows(client_for, editor, program_index, name):
    overdue = TODAY - datetime.timedelta(days=1)
    client = client_for(editor)
    ProgramPageFactory()
    DiseasePageFactory(next_review_due=overdue)
    report(client, name)  # caches filled on the first visit
    few = report_query_count(client, name)

    ProgramPageFactory.create_batch(4)
    DiseasePageFactory.create_batch(4, next_review_due=overdue)
    many = report_query_count(client, name)

    assert many == few
