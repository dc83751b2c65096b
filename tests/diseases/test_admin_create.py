import datetime

from wagtail.test.utils.form_data import streamfield

import pytest

from diseases.models import DiseaseCategory, DiseaseIndexPage, DiseasePage
from tests.factories import PersonFactory
from tests.wagtail_admin import add_page_in_admin, form_errors

pytestmark = pytest.mark.django_db


def disease_fields(**overrides):
    return {
        "title": "Néphroblastome",
        "slug": "nephroblastome",
        "other_names": "Tumeur de Wilms",
        "category": DiseaseCategory.SOLID_TUMOUR,
        "summary": "Un cancer du rein du jeune enfant.",
        "body": streamfield([("heading", "Les symptômes")]),
        "key_facts": streamfield([("fact", {"value": "90 %", "label": "de guérison"})]),
        "sources": streamfield(
            [("source", {"title": "Institut national du cancer", "url": "", "publisher": ""})]
        ),
        "reviewed_by": "",
        "reviewed_on": "",
        "next_review_due": "",
        **overrides,
    }


def test_editor_can_create_the_disease_index(admin_client, home_page):
    fields = {"title": "Les cancers de l'enfant", "slug": "cancers", "intro": ""}

    response = add_page_in_admin(admin_client, home_page, DiseaseIndexPage, fields)

    assert response.status_code == 302, form_errors(response)
    assert DiseaseIndexPage.objects.get(slug="cancers").live


def test_editor_can_create_a_reviewed_disease_page(admin_client, disease_index):
    reviewer = PersonFactory()
    fields = disease_fields(
        reviewed_by=str(reviewer.pk), reviewed_on="2025-01-15", next_review_due="2026-01-15"
    )

    response = add_page_in_admin(admin_client, disease_index, DiseasePage, fields)

    assert response.status_code == 302, form_errors(response)
    disease = DiseasePage.objects.get(slug="nephroblastome")
    assert disease.live
    assert disease.reviewed_by == reviewer
    assert disease.next_review_due == datetime.date(2026, 1, 15)
    assert disease.key_facts[0].value["value"] == "90 %"
    assert disease.other_names_list == ["Tumeur de Wilms"]


def test_admin_refuses_a_next_review_before_the_last_one(admin_client, disease_index):
    fields = disease_fields(reviewed_on="2025-01-15", next_review_due="2024-12-31")

    response = add_page_in_admin(admin_client, disease_index, DiseasePage, fields)

    assert response.status_code == 200
    assert "next_review_due" in response.context["form"].errors
    assert not DiseasePage.objects.exists()
