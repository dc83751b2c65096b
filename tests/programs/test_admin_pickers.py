"""A program's partners and diseases are picked among the French pages only, each named so
that no two read alike, in the French program's form and in its English translation's:
links are made in French and synchronised to the translations."""

import json
import re

from django.urls import reverse

from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset

import pytest

from partners.models import PartnerKind
from programs.models import ProgramPage
from tests.factories import (
    DiseasePageFactory,
    PartnerPageFactory,
    ProgramPageFactory,
    publish_translation,
)
from tests.programs.test_admin_create import program_fields
from tests.wagtail_admin import add_page_in_admin

pytestmark = pytest.mark.django_db

COMMITTEE = "Innovative Therapies for Children with Cancer (ITCC)"
HOSPITAL = "Gustave Roussy"


@pytest.fixture
def partners(partner_index):
    """A committee and a hospital, each translated under the same name, as most partners are."""
    committee = PartnerPageFactory(
        title="Innovative Therapies for Children with Cancer",
        short_name="ITCC",
        kind=PartnerKind.EXPERT_COMMITTEE,
    )
    hospital = PartnerPageFactory(title="Gustave Roussy", short_name="Gustave Roussy")
    english = [publish_translation(partner) for partner in (committee, hospital)]
    return committee, hospital, english


@pytest.fixture
def program(partners, disease_index):
    committee, hospital, _english = partners
    return ProgramPageFactory(acronym="MAPPYACTS", recommended_by=[committee], grants=["1000"])


def edit_form(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return WagtailTestUtils.get_soup(response.content)


def checkbox_choices(soup, name):
    """Each checkbox's label, and whether it is ticked."""
    return {
        soup.find("label", attrs={"for": box["id"]}).get_text(strip=True): box.has_attr("checked")
        for box in soup.select(f"input[type=checkbox][name='{name}']")
    }


def chooser_options(soup, field_id):
    """What the page's script gives the page chooser of ``field_id`` to open with."""
    script = soup.find("script", string=re.compile(re.escape(f'Chooser("{field_id}"')))
    return json.loads(re.search(r", (\{.*\})\);", script.string).group(1))


def test_recommending_committees_and_co_funders_are_french_partners_under_one_name_each(
    english_admin_client, program
):
    soup = edit_form(english_admin_client, program)

    assert checkbox_choices(soup, "recommended_by") == {COMMITTEE: True, HOSPITAL: False}
    assert checkbox_choices(soup, "grants-0-co_funders") == {COMMITTEE: False, HOSPITAL: False}
    search_boxes = soup.select("input[type=search][aria-controls]")
    assert {box["aria-controls"] for box in search_boxes} >= {
        "id_recommended_by",
        "id_grants-0-co_funders",
    }


def test_the_english_translation_picks_the_same_french_partners(english_admin_client, program):
    english_program = publish_translation(program)

    soup = edit_form(english_admin_client, english_program)

    assert checkbox_choices(soup, "recommended_by") == {COMMITTEE: True, HOSPITAL: False}


def test_disease_and_institution_choosers_open_on_the_french_index_pages(
    english_admin_client, program, partners, disease_index, partner_index
):
    DiseasePageFactory(title="Neuroblastome")
    english_program = publish_translation(program)

    for page in (program, english_program):
        soup = edit_form(english_admin_client, page)

        disease = chooser_options(soup, "id_program_diseases-__prefix__-disease")
        institution = chooser_options(soup, "id_institutions-__prefix__-partner")
        assert disease["sectionId"] == disease_index.pk
        assert disease["modelNames"] == ["diseases.diseasepage"]
        assert institution["sectionId"] == partner_index.pk
        assert institution["modelNames"] == ["partners.partnerpage"]


def test_an_english_partner_or_disease_cannot_be_linked(
    admin_client, program_index, partners, disease_index
):
    _committee, _hospital, (english_committee, english_hospital) = partners
    english_disease = publish_translation(DiseasePageFactory(title="Neuroblastome"))
    fields = program_fields(
        program_diseases=inline_formset([{"disease": english_disease.pk}]),
        institutions=inline_formset([{"partner": english_hospital.pk}]),
    )

    response = add_page_in_admin(
        admin_client, program_index, ProgramPage, fields, {"recommended_by": [english_committee.pk]}
    )

    assert response.status_code == 200
    form = response.context["form"]
    assert "recommended_by" in form.errors
    assert "disease" in form.formsets["program_diseases"].errors[0]
    assert "partner" in form.formsets["institutions"].errors[0]
    assert not ProgramPage.objects.exists()


def test_french_partners_and_diseases_are_linked(
    admin_client, program_index, partners, disease_index
):
    committee, hospital, _english = partners
    disease = DiseasePageFactory(title="Neuroblastome")
    fields = program_fields(
        program_diseases=inline_formset([{"disease": disease.pk}]),
        institutions=inline_formset([{"partner": hospital.pk}]),
    )

    response = add_page_in_admin(
        admin_client, program_index, ProgramPage, fields, {"recommended_by": [committee.pk]}
    )

    assert response.status_code == 302
    program = ProgramPage.objects.get()
    assert list(program.recommended_by.all()) == [committee]
    assert [link.disease for link in program.program_diseases.all()] == [disease]
    assert [link.partner for link in program.institutions.all()] == [hospital]
