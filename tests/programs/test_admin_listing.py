from django.utils import translation

from wagtail.models import Locale

import pytest

from programs.models import ProgramKind, ProgramStatus
from tests.factories import ProgramPageFactory, publish_translation
from tests.query_counts import assert_same_query_count, render_queries

pytestmark = pytest.mark.django_db

LISTING_URL = "/admin/programs/"


def listed_acronyms(response):
    assert response.status_code == 200
    return {page.acronym for page in response.context["object_list"]}


def test_program_listing_shows_acronym_status_kind_start_year_and_funding(
    english_admin_client, program_index
):
    ProgramPageFactory(
        acronym="MAPPYACTS",
        kind=ProgramKind.GENOMIC_SEQUENCING,
        status=ProgramStatus.COMPLETED,
        start_year=2016,
        grants=["1000000", "600000"],
    )

    response = english_admin_client.get(LISTING_URL)

    assert response.status_code == 200
    # The labels are lazy: read them in the admin's language, not the test's.
    with translation.override("en"):
        headers = [str(column.label) for column in response.context["table"].columns.values()]
    for label in ["Acronym", "Program status", "Kind", "Start year", "Funding committed"]:
        assert label in headers
    html = response.content.decode()
    for value in ["MAPPYACTS", "Completed", "Genomic sequencing", "2016", "€1,600,000"]:
        assert value in html


def test_program_listing_is_in_the_admin_menu(english_admin_client):
    response = english_admin_client.get("/admin/")
    assert f'"{LISTING_URL}"' in response.content.decode()


def test_program_listing_filters_by_kind_and_status(english_admin_client, program_index):
    ProgramPageFactory(acronym="BIOMEDE", kind=ProgramKind.CLINICAL_TRIAL, status="completed")
    ProgramPageFactory(acronym="BIOMEDE 2", kind=ProgramKind.CLINICAL_TRIAL, status="ongoing")
    ProgramPageFactory(acronym="CAR-T", kind=ProgramKind.IMMUNOTHERAPY, status="ongoing")

    by_kind = english_admin_client.get(LISTING_URL, {"kind": ProgramKind.CLINICAL_TRIAL})
    by_both = english_admin_client.get(
        LISTING_URL, {"kind": ProgramKind.CLINICAL_TRIAL, "status": "ongoing"}
    )

    assert listed_acronyms(by_kind) == {"BIOMEDE", "BIOMEDE 2"}
    assert listed_acronyms(by_both) == {"BIOMEDE 2"}


def test_program_listing_filters_by_language(english_admin_client, program_index):
    french = ProgramPageFactory(acronym="MICCHADO")
    publish_translation(french, acronym="MICCHADO-EN")

    assert listed_acronyms(english_admin_client.get(LISTING_URL, {"locale": "en"})) == {
        "MICCHADO-EN"
    }
    assert listed_acronyms(english_admin_client.get(LISTING_URL, {"locale": "fr"})) == {"MICCHADO"}
    assert Locale.objects.count() == 2


def test_program_listing_sorts_by_funding_committed(english_admin_client, program_index):
    ProgramPageFactory(acronym="SMALL", grants=["1000"])
    ProgramPageFactory(acronym="LARGE", grants=["900000", "100000"])
    ProgramPageFactory(acronym="NONE")

    response = english_admin_client.get(LISTING_URL, {"ordering": "-funding_total"})

    assert [page.acronym for page in response.context["object_list"]] == [
        "LARGE",
        "SMALL",
        "NONE",
    ]


def test_program_listing_sums_funding_without_a_query_per_program(
    english_admin_client, program_index
):
    # wagtail-localize's translate button costs queries per row; the funding column must not.
    def ledger_queries():
        queries = render_queries(english_admin_client, LISTING_URL)
        return [sql for sql in queries if "programs_fundinggrant" in sql]

    ProgramPageFactory.create_batch(5, grants=["1000", "2000"])
    few = ledger_queries()
    ProgramPageFactory.create_batch(45, grants=["1000", "2000"])
    many = ledger_queries()

    assert len(few) == 1
    assert_same_query_count(few, many)
