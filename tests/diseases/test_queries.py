import pytest

from tests.factories import DiseasePageFactory, ImageFactory, ProgramPageFactory
from tests.query_counts import assert_same_query_count, render_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_indexing")]


def small_image():
    return ImageFactory(file__width=160, file__height=90)


def test_disease_index_costs_the_same_queries_for_5_or_25_diseases(client, disease_index):
    def add_diseases(count):
        for number in range(count):
            category = ["blood", "brain", "solid", "sarcoma", "lymphoma"][number % 5]
            DiseasePageFactory(category=category, hero_image=small_image())

    add_diseases(5)
    few = render_queries(client, disease_index.url)
    add_diseases(20)
    many = render_queries(client, disease_index.url)

    assert_same_query_count(few, many)


def test_disease_page_costs_the_same_queries_for_5_or_25_programs(
    client, disease_index, program_index
):
    disease = DiseasePageFactory(hero_image=small_image())

    def add_programs(count):
        for _ in range(count):
            ProgramPageFactory(
                hero_image=small_image(),
                diseases=[disease, DiseasePageFactory()],
                grants=["5000", "7000"],
            )

    add_programs(5)
    few = render_queries(client, disease.url)
    add_programs(20)
    many = render_queries(client, disease.url)

    assert_same_query_count(few, many)
