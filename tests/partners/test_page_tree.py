import pytest

from charity.models import HomePage
from partners.models import PartnerIndexPage, PartnerPage
from tests.factories import DiseaseIndexPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def test_partner_index_lives_only_under_a_home_page():
    assert PartnerIndexPage.allowed_parent_page_models() == [HomePage]
    assert PartnerIndexPage.allowed_subpage_models() == [PartnerPage]


def test_partner_page_lives_only_under_the_partner_index():
    assert PartnerPage.allowed_parent_page_models() == [PartnerIndexPage]
    assert PartnerPage.allowed_subpage_models() == []


def test_each_home_page_has_at_most_one_partner_index(partner_index, home_page, english_home_page):
    assert not PartnerIndexPage.can_create_at(home_page)
    assert PartnerIndexPage.can_create_at(english_home_page)


def test_partner_page_cannot_be_created_elsewhere_than_the_partner_index(partner_index, home_page):
    assert PartnerPage.can_create_at(partner_index)
    assert not PartnerPage.can_create_at(home_page)
    assert not PartnerPage.can_create_at(DiseaseIndexPageFactory(parent=home_page))
    assert not PartnerPage.can_create_at(StandardPageFactory(parent=home_page))
