import pytest

from charity.models import HomePage
from programs.models import ProgramIndexPage, ProgramPage
from tests.factories import DiseaseIndexPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def test_program_index_lives_only_under_a_home_page():
    assert ProgramIndexPage.allowed_parent_page_models() == [HomePage]
    assert ProgramIndexPage.allowed_subpage_models() == [ProgramPage]


def test_program_lives_only_under_the_program_index():
    assert ProgramPage.allowed_parent_page_models() == [ProgramIndexPage]
    assert ProgramPage.allowed_subpage_models() == []


def test_each_home_page_has_at_most_one_program_index(program_index, english_home_page):
    assert not ProgramIndexPage.can_create_at(program_index.get_parent())
    assert ProgramIndexPage.can_create_at(english_home_page)


def test_program_cannot_be_created_elsewhere_than_the_program_index(program_index, home_page):
    assert ProgramPage.can_create_at(program_index)
    for elsewhere in [
        home_page,
        DiseaseIndexPageFactory(parent=home_page),
        StandardPageFactory(parent=home_page),
    ]:
        assert not ProgramPage.can_create_at(elsewhere)


def test_program_index_cannot_be_created_under_another_index_or_standard_page(home_page):
    standard = StandardPageFactory(parent=home_page)
    diseases = DiseaseIndexPageFactory(parent=home_page)
    assert not ProgramIndexPage.can_create_at(standard)
    assert not ProgramIndexPage.can_create_at(diseases)
