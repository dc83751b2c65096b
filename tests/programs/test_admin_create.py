from decimal import Decimal

from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

import pytest

from charity.foundations.blocks import RICH_TEXT_FEATURES
from programs.models import ProgramKind, ProgramPage, ProgramStatus
from tests.factories import DiseasePageFactory, PartnerPageFactory, PersonFactory
from tests.wagtail_admin import add_page_in_admin, form_errors

pytestmark = pytest.mark.django_db


def program_fields(**overrides):
    return {
        "title": "MICCHADO",
        "slug": "micchado",
        "acronym": "MICCHADO",
        "full_title": "",
        "summary": "Suivre la maladie résiduelle des lymphomes anaplasiques.",
        "body": streamfield(
            [("paragraph", rich_text("<p>Le programme.</p>", features=RICH_TEXT_FEATURES))]
        ),
        "kind": ProgramKind.TRANSLATIONAL_RESEARCH,
        "status": ProgramStatus.ONGOING,
        "start_year": "2019",
        "end_year": "",
        "program_diseases": inline_formset([]),
        "investigators": inline_formset([]),
        "institutions": inline_formset([]),
        "grants": inline_formset([]),
        **overrides,
    }


def test_editor_can_create_a_program_with_its_links_and_funding_ledger(
    admin_client, program_index, disease_index, partner_index
):
    disease = DiseasePageFactory()
    institution = PartnerPageFactory()
    co_funder = PartnerPageFactory()
    committee = PartnerPageFactory()
    investigator = PersonFactory()
    fields = program_fields(
        program_diseases=inline_formset([{"disease": disease.pk}]),
        investigators=inline_formset([{"person": investigator.pk}]),
        institutions=inline_formset([{"partner": institution.pk}]),
        grants=inline_formset(
            [
                {"year": "2019", "amount_eur": "150000", "note": "Rapport 2019"},
                {"year": "2021", "amount_eur": "50000.50", "note": ""},
            ]
        ),
    )
    multiple = {"recommended_by": [committee.pk], "grants-0-co_funders": [co_funder.pk]}

    response = add_page_in_admin(admin_client, program_index, ProgramPage, fields, multiple)

    assert response.status_code == 302, form_errors(response)
    program = ProgramPage.objects.get(slug="micchado")
    assert program.live
    assert program.get_parent().pk == program_index.pk
    assert program.funding_total_eur == Decimal("200000.50")
    assert [link.disease_id for link in program.program_diseases.all()] == [disease.pk]
    assert [link.person_id for link in program.investigators.all()] == [investigator.pk]
    assert [link.partner_id for link in program.institutions.all()] == [institution.pk]
    assert list(program.recommended_by.all()) == [committee]
    first_grant = program.grants.get(year=2019)
    assert list(first_grant.co_funders.all()) == [co_funder]


def test_admin_refuses_a_program_ending_before_it_starts(admin_client, program_index):
    fields = program_fields(start_year="2020", end_year="2018")

    response = add_page_in_admin(admin_client, program_index, ProgramPage, fields)

    assert response.status_code == 200
    assert "end_year" in response.context["form"].errors
    assert not ProgramPage.objects.exists()


def test_admin_refuses_a_negative_grant(admin_client, program_index):
    fields = program_fields(grants=inline_formset([{"year": "2020", "amount_eur": "-10"}]))

    response = add_page_in_admin(admin_client, program_index, ProgramPage, fields)

    assert response.status_code == 200
    assert "amount_eur" in response.context["form"].formsets["grants"].errors[0]
    assert not ProgramPage.objects.exists()


def test_editor_can_create_the_program_index(admin_client, home_page):
    from programs.models import ProgramIndexPage

    fields = {
        "title": "Nos programmes",
        "slug": "programmes",
        "intro": "Les programmes que nous finançons.",
        "body": streamfield([("heading", "Notre stratégie")]),
    }

    response = add_page_in_admin(admin_client, home_page, ProgramIndexPage, fields)

    assert response.status_code == 302, form_errors(response)
    index = ProgramIndexPage.objects.get(slug="programmes")
    assert index.live
    assert index.body[0].value == "Notre stratégie"


def test_a_draft_without_its_kind_is_refused_on_the_first_tab(admin_client, program_index):
    fields = program_fields(kind="", summary="")

    response = add_page_in_admin(admin_client, program_index, ProgramPage, fields, publish=False)

    assert response.status_code == 200
    # The summary may still be written later; the kind of research is chosen now.
    assert list(response.context["form"].errors) == ["kind"]
    first_tab = WagtailTestUtils.get_soup(response.content).select("[role=tabpanel]")[0]
    assert first_tab.select_one("[data-contentpath=kind] .error-message")
    assert not ProgramPage.objects.exists()


def test_a_draft_with_its_kind_is_saved_before_its_summary_is_written(admin_client, program_index):
    response = add_page_in_admin(
        admin_client, program_index, ProgramPage, program_fields(summary=""), publish=False
    )

    assert response.status_code == 302, form_errors(response)
    draft = ProgramPage.objects.get()
    assert not draft.live
    assert draft.kind == ProgramKind.TRANSLATIONAL_RESEARCH
