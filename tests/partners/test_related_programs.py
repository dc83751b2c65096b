import pytest

from tests.factories import (
    FundingGrantFactory,
    PartnerPageFactory,
    ProgramPageFactory,
    publish_translation,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(partner_index, program_index):
    return PartnerPageFactory(title="Gustave Roussy")


def test_partner_lists_programs_it_hosts(partner):
    hosted = ProgramPageFactory(institutions=[partner])
    ProgramPageFactory(institutions=[PartnerPageFactory()])

    assert list(partner.related_programs()) == [hosted]


def test_partner_lists_programs_it_co_funds(partner):
    co_funded = ProgramPageFactory()
    FundingGrantFactory(program=co_funded, co_funders=[partner])
    FundingGrantFactory(program=ProgramPageFactory(), co_funders=[PartnerPageFactory()])

    assert list(partner.related_programs()) == [co_funded]


def test_partner_lists_programs_it_recommended(partner):
    recommended = ProgramPageFactory(recommended_by=[partner])

    assert list(partner.related_programs()) == [recommended]


def test_partner_lists_each_program_once_however_many_ways_they_are_linked(partner):
    program = ProgramPageFactory(institutions=[partner], recommended_by=[partner])
    FundingGrantFactory(program=program, co_funders=[partner])
    FundingGrantFactory(program=program, co_funders=[partner])

    assert list(partner.related_programs()) == [program]


def test_partner_leaves_out_draft_programs(partner):
    ProgramPageFactory(institutions=[partner], live=False)

    assert list(partner.related_programs()) == []


def test_translated_partner_lists_translated_programs_linked_in_every_way(partner):
    hosted = ProgramPageFactory(acronym="HOSTED", start_year=2018, institutions=[partner])
    co_funded = ProgramPageFactory(acronym="COFUNDED", start_year=2017)
    FundingGrantFactory(program=co_funded, co_funders=[partner])
    recommended = ProgramPageFactory(
        acronym="RECOMMENDED", start_year=2016, recommended_by=[partner]
    )
    english_partner = publish_translation(partner)
    english_programs = [publish_translation(p) for p in (hosted, co_funded, recommended)]

    assert list(english_partner.related_programs()) == english_programs
    assert list(partner.related_programs()) == [hosted, co_funded, recommended]
