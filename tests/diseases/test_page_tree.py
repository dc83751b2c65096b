import pytest

from charity.models import HomePage
from diseases.models import DiseaseIndexPage, DiseasePage
from tests.factories import ProgramIndexPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def test_disease_index_lives_only_under_a_home_page():
    assert DiseaseIndexPage.allowed_parent_page_models() == [HomePage]
    assert DiseaseIndexPage.allowed_subpage_models() == [DiseasePage]


def test_disease_page_lives_only_under_the_disease_index():
    assert DiseasePage.allowed_parent_page_models() == [DiseaseIndexPage]
    assert DiseasePage.allowed_subpage_models() == []


def test_each_home_page_has_at_most_one_disease_index(disease_index, home_page, english_home_page):
    assert not DiseaseIndexPage.can_create_at(home_page)
    assert DiseaseIndexPage.can_create_at(english_home_page)


def test_disease_page_cannot_be_created_elsewhere_than_the_disease_index(disease_index, home_page):
    assert DiseasePage.can_create_at(disease_index)
    assert not DiseasePage.can_create_at(home_page)
    assert not DiseasePage.can_create_at(ProgramIndexPageFactory(parent=home_page))
    assert not DiseasePage.can_create_at(StandardPageFactory(parent=home_page))
