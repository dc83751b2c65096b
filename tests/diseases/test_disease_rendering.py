import datetime

import pytest

from tests.factories import (
    DiseasePageFactory,
    PersonFactory,
    ProgramPageFactory,
    publish_translation,
)
from tests.rendering import html_of, main_of, text_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def production_like(settings):
    settings.DEBUG = False


def test_disease_page_shows_its_facts_sources_and_medical_review(
    client, disease_index, program_index
):
    reviewer = PersonFactory(honorific="Pr", name="Gilles Vassal")
    disease = DiseasePageFactory(
        title="Néphroblastome",
        other_names="Tumeur de Wilms",
        incidence="1 cas pour 10 000 naissances",
        reviewed_by=reviewer,
        reviewed_on=datetime.date(2025, 3, 14),
        next_review_due=datetime.date(2027, 3, 14),
        sources=[
            {"type": "source", "value": {"title": "Le néphroblastome", "url": "https://e.example"}}
        ],
    )
    ProgramPageFactory(acronym="MICCHADO", diseases=[disease])

    html = html_of(client, disease.url)
    words = text_of(html)
    english = text_of(html_of(client, publish_translation(disease).url))

    assert "Tumeur de Wilms" in words
    assert "1 cas pour 10 000 naissances" in words
    assert 'href="https://e.example"' in html
    assert "14 mars 2025" in words and "14 mars 2027" in words
    assert "MICCHADO" in words
    assert "Medically reviewed by Pr Gilles Vassal on 14 March 2025." in english
    assert "Next review due 14 March 2027." in english


def test_disease_index_groups_diseases_by_category(client, disease_index):
    DiseasePageFactory(title="Leucémie", category="blood")
    DiseasePageFactory(title="Néphroblastome", category="solid")
    html = main_of(html_of(client, disease_index.url))
    assert html.index('id="category-1"') < html.index("Leucémie")
    assert html.index("Leucémie") < html.index('id="category-2"')
    assert html.index('id="category-2"') < html.index("Néphroblastome")
