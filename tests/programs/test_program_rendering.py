import re
from decimal import Decimal

import pytest

from programs.models import ProgramIndexPage, ProgramKind, ProgramStatus
from tests.factories import (
    DiseasePageFactory,
    FundingGrantFactory,
    PartnerPageFactory,
    ProgramPageFactory,
    publish_translation,
)
from tests.rendering import NBSP, html_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def production_like(settings):
    settings.DEBUG = False


@pytest.fixture
def programs(program_index, disease_index):
    glioma = DiseasePageFactory(title="Gliome", slug="gliome")
    ProgramPageFactory(
        acronym="BIOMEDE",
        kind=ProgramKind.CLINICAL_TRIAL,
        status=ProgramStatus.COMPLETED,
        diseases=[glioma],
    )
    ProgramPageFactory(
        acronym="BIOMEDE 2",
        kind=ProgramKind.CLINICAL_TRIAL,
        status=ProgramStatus.ONGOING,
        diseases=[glioma],
    )
    ProgramPageFactory(acronym="SACHA", kind=ProgramKind.DATA_REGISTRY)


def test_program_index_combines_filters_and_counts_the_results(client, programs, program_index):
    html = html_of(
        client, program_index.url, disease="gliome", kind="clinical-trial", status="ongoing"
    )
    assert re.search(r'<p class="result-count" role="status">\s*1 ', html)
    assert "BIOMEDE 2" in html
    assert ">BIOMEDE<" not in html and "SACHA" not in html
    assert f'class="filter-form__reset" href="{program_index.url}"' in html


def test_program_index_filter_form_works_without_javascript(client, programs, program_index):
    html = html_of(client, program_index.url)
    form = re.search(r'<form class="filter-form".*?</form>', html, re.S).group()
    assert 'method="get"' in form
    assert 'type="submit"' in form
    for name in ("disease", "kind", "status"):
        assert f'<label for="id_{name}">' in form


def test_program_index_shows_why_a_bad_filter_was_refused(client, programs, program_index):
    html = html_of(client, program_index.url, 400, kind="not-a-kind")
    assert 'role="alert"' in html
    assert "not-a-kind" in html
    assert 'aria-invalid="true"' in html
    assert "BIOMEDE" not in html


def test_program_index_says_when_no_program_matches_and_offers_a_reset(
    client, programs, program_index
):
    english_index = publish_translation(program_index)
    html = html_of(client, english_index.url, kind="immunotherapy")
    assert "No research program matches these filters." in html
    assert f'class="button button--secondary" href="{english_index.url}"' in html
    html = html_of(client, program_index.url, kind="immunotherapy")
    assert 'class="empty-state"' in html
    assert f'class="button button--secondary" href="{program_index.url}"' in html


def test_program_index_pages_keep_the_filters(client, program_index):
    ProgramPageFactory.create_batch(13, kind=ProgramKind.CLINICAL_TRIAL)
    html = html_of(client, program_index.url, kind="clinical-trial")
    assert 'href="?kind=clinical-trial&amp;page=2"' in html


def test_a_long_listing_links_to_the_pages_around_this_one_and_to_both_ends(
    client, program_index, monkeypatch
):
    monkeypatch.setattr(ProgramIndexPage, "per_page", 1)
    ProgramPageFactory.create_batch(12)

    html = html_of(client, program_index.url, page="6")

    shown = re.findall(r'href="\?page=(\d+)"', html)
    assert sorted(set(map(int, shown))) == [1, 4, 5, 6, 7, 8, 12]
    assert html.count('<span class="pagination__gap">…</span>') == 2


@pytest.mark.parametrize("page", ["2", "999999", "9" * 40, "-1", "abc"])
def test_program_index_answers_404_to_a_page_number_that_does_not_exist(
    client, programs, program_index, page
):
    html_of(client, program_index.url, 404, page=page)


# Program page


def test_program_page_shows_its_facts_result_and_funding_ledger(
    client, program_index, partner_index
):
    kick = PartnerPageFactory(title="KickCancer", short_name="")
    program = ProgramPageFactory(
        acronym="BIOMEDE",
        full_title="Biological Medicine for DIPG Eradication",
        start_year=2014,
        end_year=2022,
        patients_included=230,
        headline_result="8 survivants à long terme",
    )
    FundingGrantFactory(program=program, year=2014, amount_eur=Decimal("1100000"))
    FundingGrantFactory(program=program, year=2017, amount_eur=Decimal("500000"), co_funders=[kick])

    html = html_of(client, program.url)

    assert "Biological Medicine for DIPG Eradication" in html
    assert "2014–2022" in html
    assert "8 survivants à long terme" in html
    ledger = re.search(r'<table class="ledger">.*?</table>', html, re.S).group()
    assert "<caption id=" in ledger and '<th scope="col"' in ledger
    assert ledger.index("2014") < ledger.index("2017")
    assert f"1{NBSP}600{NBSP}000{NBSP}€" in ledger.split("<tfoot>")[1]
    assert "KickCancer" in ledger


def test_program_page_links_its_predecessor_and_follow_ons(client, program_index):
    first = ProgramPageFactory(acronym="BIOMEDE")
    second = ProgramPageFactory(acronym="BIOMEDE 2", follows=first)
    assert f'href="{second.url}"' in html_of(client, first.url)
    assert f'href="{first.url}"' in html_of(client, second.url)
