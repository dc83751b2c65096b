from django.utils import translation

import pytest

from diseases.models import DiseasePage

pytestmark = pytest.mark.django_db


def test_disease_facts_are_the_figures_filled_in_then_the_other_key_facts():
    disease = DiseasePage(
        share_of_childhood_cancers="5% to 14%",
        typical_age="Before 5",
        key_facts=[("fact", {"value": "80%", "label": "of children are cured"})],
    )
    with translation.override("en"):
        assert disease.facts() == [
            ("Share of childhood cancers", "5% to 14%"),
            ("Usual age at diagnosis", "Before 5"),
            ("of children are cured", "80%"),
        ]
    with translation.override("fr"):
        assert [label for label, _value in disease.facts()] == [
            "Part des cancers de l’enfant",
            "Âge habituel au diagnostic",
            "of children are cured",
        ]


def test_a_disease_without_facts_has_none():
    assert DiseasePage().facts() == []
