import datetime

from django.utils import translation

import pytest

from diseases.models import DiseaseCategory
from tests.factories import DiseasePageFactory

pytestmark = pytest.mark.django_db

LISTING_URL = "/admin/diseases/"


def listed_titles(response):
    assert response.status_code == 200
    return [page.title for page in response.context["object_list"]]


def test_disease_listing_shows_category_and_next_review(english_admin_client, disease_index):
    DiseasePageFactory(
        title="Néphroblastome",
        category=DiseaseCategory.SOLID_TUMOUR,
        next_review_due=datetime.date(2099, 3, 1),
    )
    DiseasePageFactory(title="Leucémie", next_review_due=datetime.date(2001, 1, 1))
    DiseasePageFactory(title="Lymphome", next_review_due=None)

    response = english_admin_client.get(LISTING_URL)

    assert response.status_code == 200
    # The labels are lazy: read them in the admin's language, not the test's.
    with translation.override("en"):
        headers = [str(column.label) for column in response.context["table"].columns.values()]
    assert "Category" in headers
    assert "Next review due" in headers
    html = response.content.decode()
    assert "Solid tumour" in html
    assert "2099" in html
    assert "(overdue)" in html
    assert "Not planned" in html


def test_disease_listing_puts_the_most_urgent_review_first(english_admin_client, disease_index):
    DiseasePageFactory(title="Later", next_review_due=datetime.date(2030, 1, 1))
    DiseasePageFactory(title="Sooner", next_review_due=datetime.date(2027, 1, 1))

    assert listed_titles(english_admin_client.get(LISTING_URL))[:2] == ["Sooner", "Later"]


def test_disease_listing_filters_by_category(english_admin_client, disease_index):
    DiseasePageFactory(title="Leucémie", category=DiseaseCategory.BLOOD_CANCER)
    DiseasePageFactory(title="Gliome", category=DiseaseCategory.BRAIN_TUMOUR)

    response = english_admin_client.get(LISTING_URL, {"category": DiseaseCategory.BLOOD_CANCER})

    assert listed_titles(response) == ["Leucémie"]


def test_disease_listing_is_in_the_admin_menu(english_admin_client):
    assert f'"{LISTING_URL}"' in english_admin_client.get("/admin/").content.decode()
