from django.utils import translation

import pytest

from programs.models import ProgramKind, ProgramPage, ProgramStatus

pytestmark = pytest.mark.django_db


def test_program_facts_list_what_is_known_in_the_visitors_language():
    program = ProgramPage(
        kind=ProgramKind.CLINICAL_TRIAL,
        status=ProgramStatus.COMPLETED,
        start_year=2016,
        end_year=2020,
        supported_since=2018,
        patients_included=7200,
        centres_count=0,
    )
    with translation.override("en"):
        assert program.facts() == [
            ("Kind of research", "Clinical trial"),
            ("Status", "Completed"),
            ("Years", "2016–2020"),
            ("Funded by the charity since", "2018"),
            ("Patients included", "7,200"),
            ("Hospitals and centres", "0"),
        ]
    with translation.override("fr"):
        labels = [label for label, _value in program.facts()]
        assert labels == [
            "Type de recherche",
            "Statut",
            "Années",
            "Financé par l’association depuis",
            "Patients inclus",
            "Hôpitaux et centres",
        ]
        assert dict(program.facts())["Patients inclus"] == "7\u00a0200"


def test_program_facts_leave_out_the_funding_year_when_it_is_the_start_year():
    program = ProgramPage(
        kind=ProgramKind.DATA_REGISTRY,
        status=ProgramStatus.ONGOING,
        start_year=2014,
        supported_since=2014,
    )
    with translation.override("en"):
        assert program.facts() == [
            ("Kind of research", "Data and registry"),
            ("Status", "Ongoing"),
            ("Years", "since 2014"),
        ]
