import pytest

from partners.models import PartnerKind
from tests.factories import (
    DiseasePageFactory,
    FundingGrantFactory,
    ImageFactory,
    PartnerPageFactory,
    ProgramPageFactory,
)
from tests.query_counts import assert_same_query_count, render_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_indexing")]


def small_image():
    return ImageFactory(file__width=160, file__height=90)


def test_partner_index_costs_the_same_queries_for_5_or_25_partners(client, partner_index):
    kinds = list(PartnerKind)

    def add_partners(count):
        for number in range(count):
            PartnerPageFactory(kind=kinds[number % len(kinds)], logo=small_image())

    add_partners(5)
    few = render_queries(client, partner_index.url)
    add_partners(20)
    many = render_queries(client, partner_index.url)

    assert_same_query_count(few, many)


def test_partner_page_costs_the_same_queries_for_5_or_25_programs(
    client, partner_index, program_index, disease_index
):
    partner = PartnerPageFactory(logo=small_image())
    disease = DiseasePageFactory()

    def add_programs(count):
        for number in range(count):
            program = ProgramPageFactory(hero_image=small_image(), diseases=[disease])
            link = number % 3
            if link == 0:
                program.institutions.create(partner=partner)
            elif link == 1:
                FundingGrantFactory(program=program, co_funders=[partner])
            else:
                program.recommended_by.add(partner)
                program.save()

    add_programs(5)
    few = render_queries(client, partner.url)
    add_programs(20)
    many = render_queries(client, partner.url)

    assert_same_query_count(few, many)
