from wagtail.models import Page

import pytest

from charity.models import EventIndexPage, EventPage, HomePage, StandardPage
from diseases.models import DiseaseIndexPage, DiseasePage
from partners.models import PartnerIndexPage, PartnerPage
from programs.models import ProgramIndexPage, ProgramPage
from tests.factories import ProgramIndexPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def test_home_page_lives_only_at_the_root_and_holds_the_sections_not_their_pages():
    assert HomePage.allowed_parent_page_models() == [Page]
    allowed = set(HomePage.allowed_subpage_models())
    assert {
        ProgramIndexPage,
        DiseaseIndexPage,
        PartnerIndexPage,
        EventIndexPage,
        StandardPage,
    } <= allowed
    assert not allowed & {ProgramPage, DiseasePage, PartnerPage, EventPage, HomePage}


def test_no_second_home_page_under_the_root(home_page):
    assert not HomePage.can_create_at(home_page.get_parent())
    assert not HomePage.can_create_at(home_page)


def test_standard_pages_nest_under_the_home_page_or_each_other(home_page):
    about = StandardPageFactory(parent=home_page)
    assert StandardPage.can_create_at(home_page)
    assert StandardPage.can_create_at(about)
    assert not StandardPage.can_create_at(ProgramIndexPageFactory(parent=home_page))


def test_event_index_lives_only_under_a_home_page():
    assert EventIndexPage.allowed_parent_page_models() == [HomePage]
    assert EventIndexPage.allowed_subpage_models() == [EventPage]


def test_each_home_page_has_at_most_one_event_index(event_index, home_page, english_home_page):
    assert not EventIndexPage.can_create_at(home_page)
    assert EventIndexPage.can_create_at(english_home_page)


def test_event_lives_only_under_the_event_index(event_index, home_page):
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert EventPage.allowed_subpage_models() == []
    assert EventPage.can_create_at(event_index)
    assert not EventPage.can_create_at(home_page)
    assert not EventPage.can_create_at(StandardPageFactory(parent=home_page))
