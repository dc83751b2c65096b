from wagtail.models import Locale

import pytest

from programs.models import ProgramDisease, ProgramInstitution, ProgramInvestigator
from tests.factories import (
    DiseasePageFactory,
    FundingGrantFactory,
    ImageFactory,
    PartnerPageFactory,
    PersonFactory,
    ProgramPageFactory,
    TestimonialFactory,
    publish_translation,
)
from tests.query_counts import assert_same_query_count, render_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_indexing")]


def small_image():
    return ImageFactory(file__width=160, file__height=90)


@pytest.fixture
def linked_content(program_index, disease_index, partner_index):
    return {"diseases": DiseasePageFactory.create_batch(2), "partner": PartnerPageFactory()}


def add_programs(count, linked_content):
    partner = linked_content["partner"]
    for _ in range(count):
        program = ProgramPageFactory(
            hero_image=small_image(),
            diseases=linked_content["diseases"],
            institutions=[partner],
            investigators=[PersonFactory(photo=small_image())],
            grants=["10000"],
        )
        FundingGrantFactory(program=program, co_funders=[partner])


def test_program_index_costs_the_same_queries_for_5_or_25_programs(
    client, program_index, linked_content
):
    add_programs(5, linked_content)
    few = render_queries(client, program_index.url)
    add_programs(20, linked_content)
    many = render_queries(client, program_index.url)

    assert_same_query_count(few, many)


def test_filtered_program_index_costs_the_same_queries_for_5_or_25_programs(
    client, program_index, linked_content
):
    filters = {"disease": linked_content["diseases"][0].slug, "status": "ongoing"}
    add_programs(5, linked_content)
    few = render_queries(client, program_index.url, filters)
    add_programs(20, linked_content)
    many = render_queries(client, program_index.url, filters)

    assert_same_query_count(few, many)


def add_program_links(program, count):
    """Give ``program`` ``count`` more of every kind of link its page shows."""
    order = program.program_diseases.count()
    for position in range(order, order + count):
        ProgramDisease.objects.create(
            program=program, disease=DiseasePageFactory(), sort_order=position
        )
        ProgramInvestigator.objects.create(
            program=program, person=PersonFactory(photo=small_image()), sort_order=position
        )
        ProgramInstitution.objects.create(
            program=program, partner=PartnerPageFactory(), sort_order=position
        )
        program.recommended_by.add(PartnerPageFactory())
        FundingGrantFactory(
            program=program,
            sort_order=position,
            co_funders=[PartnerPageFactory(), PartnerPageFactory()],
        )
        ProgramPageFactory(follows=program)
        TestimonialFactory(program=program, person=PersonFactory(photo=small_image()))
    program.save()


def test_program_page_costs_the_same_queries_for_5_or_25_of_each_link(
    client, program_index, disease_index, partner_index
):
    program = ProgramPageFactory(hero_image=small_image(), follows=ProgramPageFactory())
    add_program_links(program, 5)
    few = render_queries(client, program.url)
    add_program_links(program, 20)
    many = render_queries(client, program.url)

    assert_same_query_count(few, many)


def test_english_program_index_costs_the_same_queries_for_5_or_25_programs(
    client, program_index, linked_content
):
    for disease in linked_content["diseases"]:
        publish_translation(disease)

    def add_english_programs(count):
        for _ in range(count):
            program = ProgramPageFactory(diseases=linked_content["diseases"], grants=["10000"])
            publish_translation(program)

    add_english_programs(5)
    english_index = program_index.get_translation(Locale.objects.get(language_code="en"))
    few = render_queries(client, english_index.url)
    add_english_programs(20)
    many = render_queries(client, english_index.url)

    assert_same_query_count(few, many)
