import datetime
import re
from decimal import Decimal

from django.contrib.auth.models import AnonymousUser
from django.template.defaultfilters import date as format_date
from django.utils import timezone, translation

import pytest

from charity.foundations.formatting import date_range, euros, euros_short
from charity.models import HomePageFeaturedProgram, SiteSettings
from tests.factories import (
    DiseasePageFactory,
    EventPageFactory,
    PartnerPageFactory,
    PersonFactory,
    ProgramPageFactory,
    StandardPageFactory,
    TestimonialFactory,
    publish_translation,
)
from tests.rendering import NBSP, html_of, main_of, text_of

pytestmark = pytest.mark.django_db

PARIS = datetime.timezone(datetime.timedelta(hours=1))


@pytest.fixture(autouse=True)
def production_like(settings):
    settings.DEBUG = False


@pytest.fixture
def site_settings(home_page):
    from wagtail.models import Site

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.donation_url = "https://don.imagineformargo.example/"
    site_settings.contact_email = "contact@imagineformargo.example"
    site_settings.save()
    return site_settings


# Money


@pytest.mark.parametrize(
    ("language", "amount", "expected"),
    [
        ("fr", Decimal("1600000"), f"1{NBSP}600{NBSP}000{NBSP}€"),
        ("en", Decimal("1600000"), "€1,600,000"),
        ("fr", Decimal("1234.50"), f"1{NBSP}234,50{NBSP}€"),
        ("en", Decimal("1234.50"), "€1,234.50"),
        ("en", 0, "€0"),
    ],
)
def test_euros_writes_the_full_amount_as_each_language_does(language, amount, expected):
    with translation.override(language):
        assert euros(amount) == expected


@pytest.mark.parametrize(
    ("language", "amount", "expected"),
    [
        ("fr", Decimal("1600000"), f"1,6{NBSP}M€"),
        ("en", Decimal("1600000"), "€1.6M"),
        ("fr", Decimal("17000000"), f"17{NBSP}M€"),
        ("en", Decimal("17000000"), "€17M"),
        ("fr", Decimal("250000"), f"250{NBSP}k€"),
        ("en", Decimal("250000"), "€250k"),
        ("fr", Decimal("950"), f"950{NBSP}€"),
        ("en", Decimal("950"), "€950"),
    ],
)
def test_euros_short_rounds_to_thousands_and_millions(language, amount, expected):
    with translation.override(language):
        assert euros_short(amount) == expected


def test_money_filters_leave_a_missing_amount_empty():
    assert euros(None) == ""
    assert euros_short("") == ""


# Dates


def test_an_all_day_event_shows_only_its_dates_in_the_visitors_language():
    start = datetime.datetime(2023, 2, 11, 9, tzinfo=PARIS)
    with translation.override("fr"):
        assert ">11 février 2023</time>" in date_range(start, start, all_day=True)
    with translation.override("en"):
        assert ">11 February 2023</time>" in date_range(start, start, all_day=True)


def test_an_all_day_event_over_several_days_names_the_month_once():
    start = datetime.datetime(2022, 10, 12, 9, tzinfo=PARIS)
    end = datetime.datetime(2022, 10, 15, 17, tzinfo=PARIS)
    with translation.override("fr"):
        assert ">12–15 octobre 2022</time>" in date_range(start, end, all_day=True)


def test_a_timed_event_shows_its_hours_in_paris_time():
    start = datetime.datetime(2023, 2, 11, 8, 30, tzinfo=datetime.UTC)
    end = datetime.datetime(2023, 2, 11, 16, 0, tzinfo=datetime.UTC)
    with translation.override("fr"):
        rendered = date_range(start, end)
    assert "11 février 2023" in rendered
    assert "09:30" in rendered and "17:00" in rendered
    assert 'datetime="2023-02-11T09:30:00+01:00"' in rendered


# Every page type


@pytest.mark.parametrize(
    "page_factory",
    [
        StandardPageFactory,
        ProgramPageFactory,
        DiseasePageFactory,
        EventPageFactory,
        PartnerPageFactory,
    ],
)
def test_every_page_type_and_its_index_renders_with_debug_off(
    client, home_page, site_settings, page_factory
):
    page = page_factory()
    english = publish_translation(page)

    for version in (page, page.get_parent(), english, english.get_parent()):
        html = html_of(client, version.url)
        assert '<main id="main"' in html
        assert 'href="#main"' in html
        if version.depth > 2:
            assert 'aria-current="page"' in html


@pytest.mark.parametrize("url", ["/fr/", "/en/"])
def test_home_page_renders_in_both_languages(client, home_page, english_home_page, url):
    html = html_of(client, url)
    assert '<details class="site-menu"' in html
    assert "<summary" in html


def test_pages_have_no_inline_script_or_style_for_the_content_security_policy(
    client, home_page, site_settings, program_index
):
    program = ProgramPageFactory(grants=["100000"], headline_result="94 % de réponse")
    for url in ("/fr/", program_index.url, program.url):
        html = html_of(client, url)
        executable = re.findall(r"<script(?![^>]*type=\"application/ld\+json\")[^>]*>", html)
        assert all("src=" in tag for tag in executable), url
        assert not re.search(r"<style\b|\sstyle=", html), url
        assert re.search(r'<script src="[^"]*site\.js" defer>', html)


def test_breadcrumbs_lead_from_home_to_the_current_page(client, home_page, program_index):
    program = ProgramPageFactory(acronym="MICCHADO")
    html = html_of(client, program.url)
    breadcrumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group()
    assert f'href="{home_page.url}"' in breadcrumbs
    assert f'href="{program_index.url}"' in breadcrumbs
    assert f'href="{program.url}" aria-current="page"' in breadcrumbs


# Header and footer


def test_donate_link_leads_to_the_donation_platform(client, home_page, site_settings):
    html = html_of(client, "/fr/")
    assert 'class="button button--donate" href="https://don.imagineformargo.example/"' in html


def test_donate_link_is_hidden_when_no_donation_platform_is_set(client, home_page):
    assert "button--donate" not in html_of(client, "/fr/")


def test_footer_shows_the_home_pages_text_in_the_visitors_language(
    client, home_page, english_home_page, site_settings
):
    home_page.footer_text = "Association reconnue d’intérêt général."
    home_page.save_revision().publish()
    english_home_page.footer_text = "A charity of public interest."
    english_home_page.save_revision().publish()

    french, english = html_of(client, "/fr/"), html_of(client, "/en/")

    assert "Association reconnue d’intérêt général." in french
    assert "A charity of public interest." in english
    assert "Association reconnue" not in english
    assert 'href="mailto:contact@imagineformargo.example"' in french


def test_site_name_leads_to_the_home_page_of_the_visitors_language(client, english_home_page):
    html = html_of(client, "/en/")
    assert re.search(r'<a class="site-brand" href="/en/">', html)


# Home page


def test_home_page_shows_key_figures_with_their_date(client, home_page, program_index):
    ProgramPageFactory(patients_included=7200, grants=["1600000"])
    with translation.override("fr"):
        today = format_date(datetime.date.today(), "j F Y")

    figures = re.search(r'<div class="key-figures">.*?</section>', html_of(client, "/fr/"), re.S)

    words = text_of(figures.group())
    assert f"1,6{NBSP}M€" in words
    assert f"7{NBSP}200" in words
    assert today in words


def test_home_page_shows_the_featured_programs_in_their_order(client, home_page, program_index):
    first, second = ProgramPageFactory(acronym="SACHA"), ProgramPageFactory(acronym="BEACON")
    ProgramPageFactory(acronym="NOT-FEATURED", start_year=2030)
    HomePageFeaturedProgram.objects.create(home_page=home_page, program=second, sort_order=0)
    HomePageFeaturedProgram.objects.create(home_page=home_page, program=first, sort_order=1)

    html = html_of(client, "/fr/")

    assert html.index("BEACON") < html.index("SACHA")
    assert "NOT-FEATURED" not in html


def test_home_page_falls_back_to_the_latest_programs(client, home_page, program_index):
    ProgramPageFactory(acronym="OLDEST", start_year=2012)
    for year in (2020, 2021, 2022):
        ProgramPageFactory(acronym=f"P{year}", start_year=year)

    html = html_of(client, "/fr/")

    assert all(f"P{year}" in html for year in (2020, 2021, 2022))
    assert "OLDEST" not in html


def test_home_page_shows_the_next_three_events_only(client, home_page, event_index):
    now = timezone.now()
    for days in (5, 10, 15, 20):
        EventPageFactory(
            title=f"Rencontre dans {days} jours",
            start=now + datetime.timedelta(days=days),
            end=now + datetime.timedelta(days=days, hours=2),
        )
    EventPageFactory(
        title="Rencontre passée",
        start=now - datetime.timedelta(days=5),
        end=now - datetime.timedelta(days=5) + datetime.timedelta(hours=2),
    )

    html = html_of(client, "/fr/")

    assert all(f"Rencontre dans {days} jours" in html for days in (5, 10, 15))
    assert "Rencontre dans 20 jours" not in html
    assert "Rencontre passée" not in html


def test_home_page_shows_testimonials_chosen_for_it(client, home_page):
    TestimonialFactory(quote="Nous gagnons du temps.", person=PersonFactory(name="Gilles Vassal"))
    TestimonialFactory(quote="Seulement sur la page du programme.", show_on_home_page=False)

    html = html_of(client, "/fr/")

    assert "Nous gagnons du temps." in html
    assert "Gilles Vassal" in html
    assert "Seulement sur la page du programme." not in html


def test_home_page_shows_founding_members_and_scientific_partners(client, home_page, partner_index):
    PartnerPageFactory(title="Gustave Roussy", kind="scientific-partner")
    PartnerPageFactory(title="AP-HP", kind="founding-member")
    PartnerPageFactory(title="KickCancer", kind="co-funder")

    html = html_of(client, "/fr/")

    assert "Gustave Roussy" in html and "AP-HP" in html
    assert "KickCancer" not in html


# Events


def test_event_index_lists_upcoming_events_then_past_ones_by_year(client, event_index):
    now = timezone.now()
    EventPageFactory(title="Séminaire à venir")
    for year in (2022, 2023):
        start = datetime.datetime(year, 2, 11, 9, tzinfo=PARIS)
        EventPageFactory(
            title=f"Séminaire FAST {year}", start=start, end=start + datetime.timedelta(hours=8)
        )
    assert now.year > 2023

    html = main_of(html_of(client, event_index.url))

    assert html.index("Séminaire à venir") < html.index('id="year-2023"')
    assert html.index('id="year-2023"') < html.index("Séminaire FAST 2023")
    assert html.index("Séminaire FAST 2023") < html.index('id="year-2022"')
    assert html.index('id="year-2022"') < html.index("Séminaire FAST 2022")


def test_event_index_lists_upcoming_then_past_events_a_page_at_a_time(client, event_index):
    soon = timezone.now() + datetime.timedelta(days=3)
    for day in range(2):
        start = soon + datetime.timedelta(days=day)
        EventPageFactory(title=f"Séminaire à venir n°{day}", start=start, end=start)
    first = datetime.datetime(2020, 1, 6, 9, tzinfo=PARIS)
    for week in range(event_index.per_page):
        start = first + datetime.timedelta(weeks=week)
        EventPageFactory(title=f"Réunion n°{week}", start=start, end=start)

    first_page = main_of(html_of(client, event_index.url))
    second_page = main_of(html_of(client, f"{event_index.url}?page=2"))

    # The soonest first, then the latest past events: the two oldest are on page 2.
    assert first_page.index("Séminaire à venir n°0") < first_page.index("Séminaire à venir n°1")
    assert first_page.index("Séminaire à venir n°1") < first_page.index("Réunion n°29<")
    assert "Réunion n°2<" in first_page and "Réunion n°1<" not in first_page
    assert "Réunion n°1<" in second_page and "Réunion n°0<" in second_page
    assert "Séminaire à venir" not in second_page and "upcoming-heading" not in second_page
    assert 'href="?page=2"' in first_page
    assert client.get(f"{event_index.url}?page=3").status_code == 404


def test_event_index_says_when_no_event_is_announced(client, event_index):
    html = html_of(client, publish_translation(event_index).url)
    assert "No upcoming event announced yet." in html


def test_cancelled_event_says_so_and_offers_no_registration(client, event_index):
    event = EventPageFactory(cancelled=True, registration_url="https://inscription.example")
    html = main_of(html_of(client, publish_translation(event).url))
    assert "This event is cancelled." in html
    assert "https://inscription.example" not in html


def test_event_page_shows_access_for_families_and_practical_details(client, event_index):
    start = timezone.now() + datetime.timedelta(days=10)
    event = EventPageFactory(
        start=start,
        end=start + datetime.timedelta(days=1),
        all_day=True,
        step_free_access=True,
        quiet_room=True,
        is_free=False,
        registration_url="https://inscription.example",
        speakers=[PersonFactory(name="Birgit Geoerger")],
    )
    html = html_of(client, publish_translation(event).url)
    words = text_of(html)

    assert "Step-free access" in words
    assert "Quiet room for families" in words
    assert "Hearing loop" not in words
    assert "Paid" in words
    assert 'href="https://inscription.example"' in html
    assert "Birgit Geoerger" in words
    assert "Paris time" not in words


def test_testimonial_previews_in_the_sites_layout(rf, home_page):
    testimonial = TestimonialFactory(
        quote="Nous gagnons du temps.", person=PersonFactory(name="Gilles Vassal")
    )
    request = rf.get("/")
    request.user = AnonymousUser()

    response = testimonial.serve_preview(request, testimonial.default_preview_mode)

    html = response.render().content.decode()
    assert '<main id="main"' in html
    assert "<blockquote" in html and "Nous gagnons du temps." in html
    assert "Gilles Vassal" in html
