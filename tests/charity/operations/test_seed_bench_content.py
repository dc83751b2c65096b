"""The benchmark's content: many linked pages in both languages, on an empty site only."""

from django.core.management import CommandError, call_command

import pytest

from charity.models import EventPage, Testimonial
from diseases.models import DiseasePage
from partners.models import PartnerPage
from programs.models import ProgramIndexPage, ProgramPage

pytestmark = pytest.mark.django_db

SMALL = {"programs": 4, "diseases": 3, "partners": 3, "events": 4, "images": 2, "people": 3}


def test_it_fills_both_languages_with_linked_pages_that_render(client, home_page):
    call_command("seed_bench_content", **SMALL)

    for language in ("fr", "en"):
        programs = ProgramPage.objects.filter(locale__language_code=language)
        assert programs.count() == 4
        assert all(program.program_diseases.exists() for program in programs)
        assert DiseasePage.objects.filter(locale__language_code=language).count() == 3
        assert PartnerPage.objects.filter(locale__language_code=language).count() == 3
        assert EventPage.objects.filter(locale__language_code=language).count() == 4
        assert Testimonial.objects.filter(locale__language_code=language).count() == 3
    index = ProgramIndexPage.objects.get(locale__language_code="en")
    for url in (home_page.url, index.url, ProgramPage.objects.first().url):
        assert client.get(url).status_code == 200


def test_it_refuses_a_site_that_has_programs(home_page):
    call_command("seed_bench_content", **SMALL)

    with pytest.raises(CommandError):
        call_command("seed_bench_content", **SMALL)
