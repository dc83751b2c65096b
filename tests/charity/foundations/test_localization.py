from django.utils import translation

from wagtail.models import Locale

import pytest

from charity.foundations.localization import localize, localize_all
from tests.factories import DiseasePageFactory, PersonFactory, publish_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


def translate_person(person, english):
    english_person = person.copy_for_translation(english)
    english_person.role = "Paediatric oncologist"
    english_person.save()
    return english_person


def test_swaps_each_object_for_its_translation_in_one_query_per_model(
    disease_index, english, django_assert_num_queries
):
    diseases = [DiseasePageFactory(), DiseasePageFactory()]
    english_diseases = [publish_translation(disease) for disease in diseases]
    people = [PersonFactory(), PersonFactory()]
    english_people = [translate_person(person, english) for person in people]

    with django_assert_num_queries(2):
        localized = localize_all([diseases[0], people[0], diseases[1], people[1]], english)

    assert localized == [
        english_diseases[0],
        english_people[0],
        english_diseases[1],
        english_people[1],
    ]


def test_uses_the_active_language_when_no_locale_is_given(disease_index):
    disease = DiseasePageFactory()
    english_disease = publish_translation(disease)

    with translation.override("en"):
        assert localize(disease) == english_disease
    with translation.override("fr"):
        assert localize(disease) == disease


def test_keeps_the_original_when_there_is_no_translation(disease_index, english):
    translated, untranslated = DiseasePageFactory(), DiseasePageFactory()
    english_translated = publish_translation(translated)

    assert localize_all([translated, untranslated], english) == [english_translated, untranslated]


def test_keeps_the_original_while_the_translation_is_a_draft(disease_index, english):
    disease = DiseasePageFactory()
    disease.copy_for_translation(english, copy_parents=True)

    assert localize_all([disease], english) == [disease]


def test_objects_already_in_the_language_cost_no_query(
    disease_index, english, django_assert_num_queries
):
    english_disease = publish_translation(DiseasePageFactory())

    with django_assert_num_queries(0):
        assert localize_all([english_disease], english) == [english_disease]


def test_lists_each_object_once_and_skips_missing_links(disease_index, english):
    disease = DiseasePageFactory()
    english_disease = publish_translation(disease)

    assert localize_all([disease, None, english_disease], english) == [english_disease]
    assert localize(None, english) is None
