import datetime
from decimal import Decimal

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

import pytest

from charity.models import SiteSettings
from tests.factories import FundingGrantFactory, ProgramPageFactory, publish_translation

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 5, 4)


@pytest.fixture
def site_settings(home_page):
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def programs(program_index):
    mappyacts = ProgramPageFactory(
        acronym="MAPPYACTS",
        patients_included=120,
        therapies_tested=3,
        grants=["100000", "50000.50"],
    )
    ProgramPageFactory(acronym="MICCHADO", patients_included=None, grants=["25000"])
    ProgramPageFactory(acronym="DRAFT", live=False, patients_included=1000, grants=["999"])
    return mappyacts


def values(figures):
    return {name: figure.value for name, figure in figures.items()}


def test_figures_are_computed_from_live_programs_and_their_grant_ledgers(
    programs, site_settings, home_page
):
    figures = home_page.key_figures(site_settings, today=TODAY)

    assert values(figures) == {
        "funding_total_eur": Decimal("175000.50"),
        "programs_count": 2,
        "children_count": 120,
        "therapies_count": 3,
        "years_active": 15,
    }
    assert all(figure.computed and figure.as_of == TODAY for figure in figures.values())


def test_figures_count_only_the_programs_in_the_home_page_s_language(
    programs, site_settings, home_page, english_home_page
):
    publish_translation(programs)

    english_figures = values(english_home_page.key_figures(site_settings, today=TODAY))
    french_figures = values(home_page.key_figures(site_settings))

    assert english_figures["programs_count"] == 1
    assert english_figures["funding_total_eur"] == Decimal("150000.50")
    assert french_figures["programs_count"] == 2
    assert french_figures["funding_total_eur"] == Decimal("175000.50")


def test_figures_are_zero_without_programs(home_page, site_settings):
    figures = values(home_page.key_figures(site_settings, today=TODAY))

    assert figures["funding_total_eur"] == Decimal(0)
    assert figures["programs_count"] == figures["children_count"] == figures["therapies_count"] == 0


def test_staff_override_replaces_a_figure_with_its_own_date(programs, site_settings, home_page):
    site_settings.funding_total_eur = Decimal("2300000")
    site_settings.funding_total_as_of = datetime.date(2025, 12, 31)
    site_settings.children_count = 0
    site_settings.save()

    figures = home_page.key_figures(site_settings, today=TODAY)

    funding = figures["funding_total_eur"]
    assert (funding.value, funding.as_of, funding.computed) == (
        Decimal("2300000"),
        datetime.date(2025, 12, 31),
        False,
    )
    # Zero is a value staff chose, not an empty override.
    assert figures["children_count"].value == 0
    assert not figures["children_count"].computed
    assert figures["children_count"].as_of is None
    assert figures["programs_count"].computed
    assert figures["programs_count"].value == 2


def test_years_active_counts_from_the_founding_year(home_page, site_settings):
    site_settings.founding_year = 2011

    figures = home_page.key_figures(site_settings, today=datetime.date(2031, 1, 1))

    assert figures["years_active"].value == 20


def test_figures_cost_the_same_queries_however_many_programs_and_grants(
    program_index, site_settings, home_page
):
    # As when the home page is served, its locale is known already.
    assert home_page.locale.language_code == "fr"

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            home_page.key_figures(site_settings, today=TODAY)
        return len(queries)

    ProgramPageFactory(grants=["1000"])
    few = count_queries()
    for _ in range(5):
        program = ProgramPageFactory(grants=["1000", "2000"])
        FundingGrantFactory(program=program)

    assert count_queries() == few
