import csv
import io
import re
from decimal import Decimal

from django.utils import translation

from wagtail.models import Locale, Site
from wagtail.test.utils.form_data import streamfield

import pytest

from charity.models import SiteSettings
from programs.funding import CSV_COLUMNS, funding_summary
from programs.models import FundingPage
from tests.factories import (
    DiseasePageFactory,
    FundingGrantFactory,
    FundingPageFactory,
    PartnerPageFactory,
    ProgramPageFactory,
    publish_translation,
)
from tests.query_counts import assert_same_query_count, render_queries
from tests.wagtail_admin import add_page_in_admin, form_errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def ledger(program_index, disease_index, partner_index):
    """Three funded programs, one of them on two diseases and one on none, and one unfunded."""
    neuroblastoma = DiseasePageFactory(title="Neuroblastome")
    glioma = DiseasePageFactory(title="Gliome")
    co_funder = PartnerPageFactory(title="Fondation Amie")
    micchado = ProgramPageFactory(acronym="MICCHADO", diseases=[neuroblastoma, glioma])
    FundingGrantFactory(program=micchado, year=2019, amount_eur=Decimal("100000"))
    FundingGrantFactory(program=micchado, year=2020, amount_eur=Decimal("50000"))
    biomede = ProgramPageFactory(acronym="BIOMEDE", diseases=[neuroblastoma])
    FundingGrantFactory(
        program=biomede, year=2020, amount_eur=Decimal("30000.50"), co_funders=[co_funder]
    )
    registry = ProgramPageFactory(acronym="REGISTRE")
    FundingGrantFactory(program=registry, year=2021, amount_eur=Decimal("20000"))
    ProgramPageFactory(acronym="NOUVEAU")
    draft = ProgramPageFactory(acronym="BROUILLON", live=False)
    FundingGrantFactory(program=draft, year=2021, amount_eur=Decimal("999999"))
    return {"neuroblastoma": neuroblastoma, "glioma": glioma, "micchado": micchado}


@pytest.fixture
def funding_page(home_page):
    return FundingPageFactory(parent=home_page)


def summary_for(page):
    with translation.override(page.locale.language_code):
        return funding_summary(page.programs(), page.locale)


def test_funding_is_summed_per_program_disease_and_year(ledger, funding_page):
    summary = summary_for(funding_page)

    assert summary.total == Decimal("200000.50")
    assert [(share.label, share.amount) for share in summary.by_program] == [
        ("MICCHADO", Decimal("150000")),
        ("BIOMEDE", Decimal("30000.50")),
        ("REGISTRE", Decimal("20000")),
    ]
    assert [(share.label, share.amount) for share in summary.by_year] == [
        ("2019", Decimal("100000")),
        ("2020", Decimal("80000.50")),
        ("2021", Decimal("20000")),
    ]
    # A program on two diseases counts for both.
    assert [(share.label, share.amount) for share in summary.by_disease] == [
        ("Neuroblastome", Decimal("180000.50")),
        ("Gliome", Decimal("150000")),
    ]
    assert summary.without_disease == Decimal("20000")
    assert summary.by_program[0].percent == Decimal("75.0")


def test_english_funding_page_names_diseases_in_english(ledger, funding_page, english_home_page):
    publish_translation(ledger["glioma"], title="Glioma", slug="glioma")
    publish_translation(ledger["micchado"], slug="micchado")
    english_page = publish_translation(funding_page, slug="funding")

    summary = summary_for(english_page)

    assert [share.label for share in summary.by_program] == ["MICCHADO"]
    assert {share.label for share in summary.by_disease} == {"Glioma", "Neuroblastome"}


def test_funding_page_shows_each_breakdown_as_a_chart_and_a_table(client, ledger, funding_page):
    response = client.get(funding_page.url)
    html = response.content.decode()

    assert response.status_code == 200
    charts = re.findall(r"<svg class=\"bar-chart\" role=\"img\" aria-labelledby=\"([^\"]+)\"", html)
    assert charts == [
        "chart-by-program-title chart-by-program-desc",
        "chart-by-disease-title chart-by-disease-desc",
        "chart-by-year-title chart-by-year-desc",
    ]
    assert '<title id="chart-by-program-title">' in html
    desc = re.search(r'<desc id="chart-by-program-desc">(.*?)</desc>', html).group(1)
    assert desc.startswith("MICCHADO: 150\u00a0k€; BIOMEDE: 30\u00a0k€")
    assert html.count('<table class="ledger">') == 3
    assert "200\u00a0000,50\u00a0€" in html
    assert 'href="/fr/ou-va-largent/funding.csv"' in html


def test_chart_bars_are_as_long_as_their_amounts(client, ledger, funding_page):
    html = client.get(funding_page.url).content.decode()
    chart = re.search(r'<svg class="bar-chart".*?</svg>', html, re.DOTALL).group(0)

    widths = [int(width) for width in re.findall(r'<rect [^>]*width="(\d+)"', chart)]

    assert widths == [276, 55, 36]


def test_funding_csv_has_one_row_per_grant_and_the_same_total(client, ledger, funding_page):
    response = client.get(funding_page.url + "funding.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="imagine-for-margo-funding-fr.csv"'
    )
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8"))))
    assert list(rows[0].keys()) == CSV_COLUMNS
    assert [(row["acronym"], row["year"], row["amount_eur"]) for row in rows] == [
        ("BIOMEDE", "2020", "30000.50"),
        ("MICCHADO", "2019", "100000.00"),
        ("MICCHADO", "2020", "50000.00"),
        ("REGISTRE", "2021", "20000.00"),
    ]
    assert sum(Decimal(row["amount_eur"]) for row in rows) == summary_for(funding_page).total
    assert rows[0]["co_funders"] == "Fondation Amie"
    assert rows[1]["diseases"] == "Neuroblastome; Gliome"
    assert rows[1]["program_url"].endswith(ledger["micchado"].url)


def test_funding_page_says_the_charitys_total_is_larger(client, ledger, funding_page):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.funding_total_eur = Decimal("20000000")
    site_settings.save()

    html = client.get(funding_page.url).content.decode()

    assert "20\u00a0M€" in html


def test_funding_page_without_grants_says_so(client, program_index, funding_page):
    ProgramPageFactory()

    response = client.get(funding_page.url)

    assert response.status_code == 200
    assert "bar-chart" not in response.content.decode()
    assert "empty-state" in response.content.decode()


def test_there_is_one_funding_page_per_home_page(home_page, funding_page):
    assert not FundingPage.can_create_at(home_page)
    assert FundingPage.can_create_at(
        type(home_page).objects.get(locale=Locale.objects.get(language_code="en"))
    )


def add_funded_programs(count, diseases, partner):
    for number in range(count):
        program = ProgramPageFactory(diseases=diseases)
        FundingGrantFactory(program=program, year=2015 + number % 8, co_funders=[partner])
        FundingGrantFactory(program=program, year=2016 + number % 8)


@pytest.mark.parametrize("suffix", ["", "funding.csv"])
def test_funding_page_costs_the_same_queries_for_5_or_30_programs(
    client, program_index, disease_index, partner_index, funding_page, suffix
):
    diseases = DiseasePageFactory.create_batch(2)
    partner = PartnerPageFactory()
    add_funded_programs(5, diseases, partner)
    few = render_queries(client, funding_page.url + suffix)
    add_funded_programs(25, diseases, partner)
    many = render_queries(client, funding_page.url + suffix)

    assert_same_query_count(few, many)


def test_editor_can_create_the_funding_page(admin_client, home_page):
    fields = {
        "title": "Où va l'argent",
        "slug": "ou-va-l-argent",
        "intro": "Nos financements.",
        "body": streamfield([]),
    }

    response = add_page_in_admin(admin_client, home_page, FundingPage, fields)

    assert response.status_code == 302, form_errors(response)
    assert FundingPage.objects.get(slug="ou-va-l-argent").live
