import re
from decimal import Decimal

from wagtail.models import Site
from wagtail.test.utils.form_data import inline_formset, streamfield

import pytest

from charity.models import DonatePage, DonatePageProgram, SiteSettings
from tests.factories import (
    DiseasePageFactory,
    DonatePageFactory,
    ProgramPageFactory,
    publish_translation,
)
from tests.query_counts import assert_same_query_count, render_queries
from tests.wagtail_admin import add_page_in_admin, form_errors

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"


@pytest.fixture
def site_settings(db):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.donation_url = "https://dons.imagineformargo.example/"
    settings.save()
    return settings


@pytest.fixture
def donate_page(home_page):
    return DonatePageFactory(parent=home_page)


def gift_result(html):
    """The amounts the calculator shows: the gift, what it costs, the tax reduction."""
    return dict(re.findall(r'<strong data-gift-(\w+)="">([^<]*)</strong>', html))


def test_donate_page_shows_what_a_100_euro_gift_costs_before_anything_is_typed(
    client, donate_page, site_settings
):
    response = client.get(donate_page.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert gift_result(html) == {
        "amount": f"100{NBSP}€",
        "cost": f"34{NBSP}€",
        "reduction": f"66{NBSP}€",
    }
    assert 'value="100"' in html
    assert f'href="{site_settings.donation_url}"' in html


def test_a_100_euro_gift_costs_34_euros_in_french(client, donate_page, site_settings):
    response = client.get(donate_page.url, {"amount": "100"})

    assert response.status_code == 200
    assert gift_result(response.content.decode())["cost"] == f"34{NBSP}€"


def test_a_100_euro_gift_costs_34_euros_in_english(
    client, donate_page, site_settings, english_home_page
):
    english = publish_translation(donate_page, title="Donate", slug="donate")

    response = client.get(english.url, {"amount": "100"})

    assert response.status_code == 200
    assert english.url.startswith("/en/")
    result = gift_result(response.content.decode())
    assert (result["amount"], result["cost"]) == ("€100", "€34")
    assert "A <strong" in response.content.decode()


@pytest.mark.parametrize(
    ("typed", "cost"),
    [("250,50", f"85,17{NBSP}€"), ("1 000", f"340{NBSP}€"), ("75 €", f"25,50{NBSP}€")],
)
def test_amounts_are_read_as_french_visitors_write_them(
    client, donate_page, site_settings, typed, cost
):
    response = client.get(donate_page.url, {"amount": typed})

    assert response.status_code == 200
    assert gift_result(response.content.decode())["cost"] == cost


def test_the_cost_follows_the_rate_in_the_site_settings(client, donate_page, site_settings):
    site_settings.tax_reduction_rate = Decimal("75")
    site_settings.save()

    response = client.get(donate_page.url, {"amount": "100"})

    assert gift_result(response.content.decode())["cost"] == f"25{NBSP}€"
    assert f"75{NBSP}%" in response.content.decode()


@pytest.mark.parametrize(
    "typed",
    ["", "abc", "-5", "0", "1000000.01", "2000000", "12,345", "NaN", "Infinity", "9" * 10_000],
)
def test_a_wrong_amount_gives_a_form_error_with_status_400(
    client, donate_page, site_settings, typed
):
    response = client.get(donate_page.url, {"amount": typed})
    html = response.content.decode()

    assert response.status_code == 400
    assert 'role="alert"' in html
    assert 'aria-invalid="true"' in html
    assert re.search(r"<output [^>]*data-gift-result hidden>", html)


def test_the_largest_gift_accepted_is_a_million_euros(client, donate_page, site_settings):
    response = client.get(donate_page.url, {"amount": "1000000"})

    assert response.status_code == 200
    assert gift_result(response.content.decode())["cost"] == f"340{NBSP}000{NBSP}€"


def test_calculator_is_enhanced_by_a_script_file_and_no_inline_script(
    client, donate_page, site_settings
):
    html = client.get(donate_page.url).content.decode()

    assert '<script src="/static/js/donate.js" defer></script>' in html
    assert '<form class="gift-calculator" method="get"' in html
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    assert all('type="application/ld+json"' in attributes for attributes in inline_scripts)


def add_examples(page, count, disease):
    for number in range(count):
        program = ProgramPageFactory(diseases=[disease], grants=["50000"])
        DonatePageProgram.objects.create(
            page=page,
            program=program,
            sort_order=number,
            what_a_gift_funds=f"Un don finance l'analyse d'une tumeur ({number}).",
        )


def test_donate_page_shows_the_example_programs_gifts_fund(
    client, donate_page, program_index, disease_index
):
    add_examples(donate_page, 2, DiseasePageFactory(title="Gliome"))
    unpublished = ProgramPageFactory(acronym="BROUILLON", live=False)
    DonatePageProgram.objects.create(page=donate_page, program=unpublished, sort_order=9)

    html = client.get(donate_page.url).content.decode()

    for link in donate_page.example_programs.exclude(program=unpublished):
        assert f'href="{link.program.url}"' in html
        assert link.what_a_gift_funds.replace("'", "&#x27;") in html
    assert "BROUILLON" not in html
    assert "Gliome" in html


def test_english_donate_page_links_the_english_programs(
    client, donate_page, program_index, english_home_page
):
    program = ProgramPageFactory(acronym="MICCHADO")
    DonatePageProgram.objects.create(page=donate_page, program=program, sort_order=0)
    english_program = publish_translation(program, slug="micchado-en")
    english = publish_translation(donate_page, title="Donate", slug="donate")

    html = client.get(english.url).content.decode()

    assert f'href="{english_program.url}"' in html
    assert f'href="{program.url}"' not in html


def test_donate_page_costs_the_same_queries_for_2_or_6_examples(
    client, donate_page, program_index, disease_index
):
    disease = DiseasePageFactory()
    add_examples(donate_page, 2, disease)
    few = render_queries(client, donate_page.url, {"amount": "50"})
    add_examples(donate_page, 4, disease)
    many = render_queries(client, donate_page.url, {"amount": "50"})

    assert_same_query_count(few, many)


def test_there_is_one_donate_page_per_home_page(home_page, donate_page):
    assert not DonatePage.can_create_at(home_page)


def test_editor_can_create_the_donate_page_with_example_programs(
    admin_client, home_page, program_index
):
    program = ProgramPageFactory(acronym="MICCHADO")
    fields = {
        "title": "Faire un don",
        "slug": "faire-un-don",
        "intro": "Chaque don compte.",
        "body": streamfield([]),
        "examples_heading": "",
        "example_programs": inline_formset(
            [{"program": program.pk, "what_a_gift_funds": "Le séquençage d'une tumeur."}]
        ),
    }

    response = add_page_in_admin(admin_client, home_page, DonatePage, fields)

    assert response.status_code == 302, form_errors(response)
    page = DonatePage.objects.get(slug="faire-un-don")
    assert page.live
    assert [link.program_id for link in page.example_programs.all()] == [program.pk]
