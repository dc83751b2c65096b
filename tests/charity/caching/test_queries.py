import datetime

from django.utils import timezone

from wagtail.test.utils.form_data import rich_text

import pytest

from charity.models import HomePageFeaturedProgram
from partners.models import PartnerKind
from tests.factories import (
    DiseasePageFactory,
    EventPageFactory,
    ImageFactory,
    PartnerPageFactory,
    PersonFactory,
    ProgramPageFactory,
    StandardPageFactory,
    TestimonialFactory,
)
from tests.query_counts import assert_same_query_count, render_queries

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_indexing")]


def small_image():
    return ImageFactory(file__width=160, file__height=90)


def test_event_index_costs_the_same_queries_for_5_or_35_events(client, event_index):
    def add_events(count):
        # One in five upcoming: the first page lists upcoming and past events either way.
        for number in range(count):
            days = (number + 1) * 20
            start = timezone.now() + datetime.timedelta(days=days if number % 5 == 1 else -days)
            EventPageFactory(start=start, hero_image=small_image())

    add_events(5)
    few = render_queries(client, event_index.url)
    # More than the 30 events of a page: the many are paginated, the few are not.
    add_events(30)
    many = render_queries(client, event_index.url)

    assert_same_query_count(few, many)


def test_event_page_costs_the_same_queries_for_5_or_25_speakers(client, event_index, partner_index):
    event = EventPageFactory(hero_image=small_image())

    def add_speakers(count):
        start = event.speakers.count()
        for position in range(start, start + count):
            person = PersonFactory(photo=small_image(), organisation=PartnerPageFactory())
            event.speakers.create(person=person, sort_order=position)

    add_speakers(5)
    few = render_queries(client, event.url)
    add_speakers(20)
    many = render_queries(client, event.url)

    assert_same_query_count(few, many)


def test_standard_page_costs_the_same_queries_for_5_or_25_blocks_and_subpages(client, home_page):
    page = StandardPageFactory(hero_image=small_image())

    def add_content(count):
        for _ in range(count):
            page.body.append(("paragraph", rich_text("<p>Texte.</p>")))
            page.body.append(("image", {"image": {"image": small_image(), "decorative": True}}))
            StandardPageFactory(parent=page)
        page.save()

    add_content(5)
    few = render_queries(client, page.url)
    add_content(20)
    many = render_queries(client, page.url)

    assert_same_query_count(few, many)


def test_home_page_costs_the_same_queries_for_5_or_25_of_everything(
    client, home_page, program_index, disease_index, partner_index, event_index
):
    def add_content(count):
        for number in range(count):
            disease = DiseasePageFactory(hero_image=small_image())
            program = ProgramPageFactory(
                hero_image=small_image(), diseases=[disease], grants=["20000"]
            )
            if home_page.featured_programs.count() < 6:
                HomePageFeaturedProgram.objects.create(
                    home_page=home_page, program=program, sort_order=number
                )
            EventPageFactory(hero_image=small_image())
            TestimonialFactory(program=program, person=PersonFactory(photo=small_image()))
            PartnerPageFactory(kind=PartnerKind.SCIENTIFIC_PARTNER, logo=small_image())

    add_content(5)
    few = render_queries(client, home_page.url)
    add_content(20)
    many = render_queries(client, home_page.url)

    assert_same_query_count(few, many)
