"""The demo content: the charity's whole site, in French and English, from one command."""

import datetime
import io
from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.core.management import call_command
from django.db.models import Q

from wagtail.contrib.redirects.models import Redirect
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

import pytest

from charity import models as charity
from charity.models import (
    DonatePage,
    EventPage,
    HomePage,
    Person,
    SiteSettings,
    StandardPage,
)
from charity.operations.demo.loader import COLLECTION_NAME, DemoContentLoader
from diseases.models import DiseasePage
from news.kinds import ArticleKind
from news.models import ArticlePage, NewsIndexPage
from partners.models import PartnerKind, PartnerPage
from programs.models import (
    FundingGrant,
    FundingPage,
    ProgramDisease,
    ProgramIndexPage,
    ProgramPage,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_site")]

LANGUAGES = ["fr", "en"]

PROGRAMS = [
    "MICCHADO",
    "MAPPYACTS",
    "BIOMEDE",
    "BIOMEDE 2",
    "PATOI",
    "BEACON",
    "BEACON Immuno",
    "AcSé-ESMART",
    "SACHA",
    "Tag-N-Track",
    "NIVO-ALCL",
    "DigiTwins",
    "Prevention of Neuroblastoma Relapse",
    "RESTRAIN",
    "GLO-BNHL",
    "CARBEMED",
    "Fight Kids Cancer",
]
PEOPLE = [
    "Patricia Blanc",
    "Gilles Vassal",
    "Stefan Pfister",
    "Birgit Geoerger",
    "Gudrun Schleiermacher",
    "Jacques Grill",
    "Daniel Orbach",
    "Pablo Berlanga",
    "Lucas Moreno",
    "David Castel",
    "Ory",
]
PARTNERS = [
    "AP-HP",
    "INSERM",
    "Paris Descartes",
    "AFM",
    "Hôpitaux de France",
    "Gustave Roussy",
    "Institut Curie",
    "ITCC",
    "SFCE",
    "Fight Kids Cancer",
    "Birmingham",
    "Nantes",
    "KickCancer",
    "Kriibskrank Kanner",
    "Kika",
    "CRIS",
]


def load(*args):
    output = io.StringIO()
    call_command("load_demo_content", *args, stdout=output)
    return output.getvalue()


def row_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "people": Person.objects.count(),
        "testimonials": charity.Testimonial.objects.count(),
        "grants": FundingGrant.objects.count(),
        "program diseases": ProgramDisease.objects.count(),
        "redirects": Redirect.objects.count(),
    }


def program(acronym, language="fr"):
    return ProgramPage.objects.get(acronym=acronym, locale__language_code=language)


def partner(name, language="fr"):
    return PartnerPage.objects.get(
        Q(title__contains=name) | Q(short_name=name), locale__language_code=language
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_program_is_created_in_both_languages(language):
    acronyms = set(
        ProgramPage.objects.live()
        .filter(locale__language_code=language)
        .values_list("acronym", flat=True)
    )
    assert set(PROGRAMS) <= acronyms
    titles = set(
        ProgramPage.objects.filter(locale__language_code=language).values_list("title", flat=True)
    )
    assert any("Castel" in title for title in titles)
    assert any("Nantes" in title for title in titles)
    assert any("NTRK" in title for title in titles)
    assert any("doxorubicin" in title.lower() for title in titles)


def test_programs_carry_the_figures_and_people_the_charity_reports():
    micchado = program("MICCHADO")
    assert micchado.patients_included == 512
    assert [p.name for p in micchado.lead_investigators()] == ["Gudrun Schleiermacher"]
    assert [p.title for p in micchado.partner_institutions()] == ["Institut Curie"]

    tag_n_track = program("Tag-N-Track", "en")
    assert tag_n_track.headline_result == "94% response rate"
    assert "larotrectinib" in tag_n_track.summary
    assert program("NIVO-ALCL", "en").headline_result == "50% response rate"
    assert program("AcSé-ESMART").patients_included == 254

    sacha = program("SACHA")
    assert (sacha.patients_included, sacha.therapies_tested, sacha.centres_count) == (779, 79, 31)
    assert sacha.lead_investigators()[0].name == "Pablo Berlanga"

    beacon = program("BEACON")
    assert (beacon.start_year, beacon.patients_included) == (2018, 160)
    assert beacon.lead_investigators()[0].name == "Lucas Moreno"
    assert "Birmingham" in beacon.partner_institutions()[0].title

    fight_kids_cancer = program("Fight Kids Cancer")
    assert fight_kids_cancer.start_year == 2020
    assert {p.short_name or p.title for p in fight_kids_cancer.partner_institutions()} == {
        "Fondation KickCancer",
        "Fondation Kriibskrank Kanner",
        "Kika",
        "CRIS",
    }
    assert fight_kids_cancer.recommended_by.get().kind == PartnerKind.EXPERT_COMMITTEE


def test_follow_on_programs_point_to_the_program_they_continue():
    biomede = program("BIOMEDE")
    assert program("BIOMEDE 2").follows == biomede
    assert program("PATOI").follows == biomede
    assert program("BEACON Immuno").follows == program("BEACON")


def test_biomede_has_the_stated_grant_and_no_program_has_an_invented_one():
    grant = program("BIOMEDE").grants.get()
    assert (grant.year, grant.amount_eur) == (2014, Decimal("1600000"))
    assert program("BIOMEDE", "en").grants.get().note == "1.6 million euros allocated since 2014"
    assert FundingGrant.objects.count() == 2


def test_a_grant_and_its_translation_are_paired_for_translators():
    french, english = program("BIOMEDE").grants.get(), program("BIOMEDE", "en").grants.get()
    assert french.translation_key == english.translation_key
    assert (french.locale.language_code, english.locale.language_code) == ("fr", "en")


def test_programs_link_to_the_diseases_they_study():
    assert {d.slug for d in program("BIOMEDE").diseases()} == {"dipg", "tumeurs-cerebrales"}
    assert [d.slug for d in program("BEACON").diseases()] == ["neuroblastome"]
    assert [d.slug for d in program("NIVO-ALCL").diseases()] == ["lymphomes"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_disease_is_created_in_both_languages(language):
    slugs = set(
        DiseasePage.objects.filter(locale__language_code=language).values_list("slug", flat=True)
    )
    expected = {
        "fr": {
            "nephroblastome",
            "rhabdomyosarcome",
            "sarcomes-de-l-enfant",
            "tumeurs-cerebrales",
            "dipg",
            "retinoblastome",
            "neuroblastome",
            "osteosarcome",
            "lymphomes",
            "leucemies",
        },
        "en": {
            "nephroblastoma",
            "rhabdomyosarcoma",
            "childhood-sarcomas",
            "brain-tumours",
            "dipg",
            "retinoblastoma",
            "neuroblastoma",
            "osteosarcoma",
            "lymphoma",
            "leukaemia",
        },
    }
    assert slugs == expected[language]


def test_diseases_carry_the_facts_the_charity_states():
    nephroblastoma = DiseasePage.objects.get(slug="nephroblastoma")
    assert "Wilms" in nephroblastoma.other_names
    assert "Wilms" in DiseasePage.objects.get(slug="nephroblastome").other_names
    assert nephroblastoma.share_of_childhood_cancers == "5% to 14%"
    assert nephroblastoma.incidence == "1 case per 10,000 births"
    assert DiseasePage.objects.get(slug="brain-tumours").share_of_childhood_cancers == "Nearly 30%"
    assert DiseasePage.objects.get(slug="dipg", locale__language_code="en").typical_age == ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_partner_is_created_in_both_languages(language):
    titles = [
        f"{title} {short_name}"
        for title, short_name in PartnerPage.objects.filter(
            locale__language_code=language
        ).values_list("title", "short_name")
    ]
    city_council = {"fr": "Mairie de Paris", "en": "Paris City Council"}[language]
    for name in [*PARTNERS, city_council]:
        assert any(name in title for title in titles), name


def test_partners_have_their_kind_history_and_figures():
    ap_hp = partner("AP-HP", "en")
    assert ap_hp.kind == PartnerKind.FOUNDING_MEMBER
    assert "largest clinical trial sponsor in France" in ap_hp.description
    inserm = partner("INSERM", "en")
    assert {"1964", "316"} <= {figure.value["value"] for figure in inserm.key_figures}
    assert "Bernadette Chirac" in partner("Hôpitaux de France", "en").description
    assert partner("Gustave Roussy").kind == PartnerKind.SCIENTIFIC_PARTNER
    assert partner("Institut Curie").kind == PartnerKind.SCIENTIFIC_PARTNER
    for name in ["ITCC", "SFCE"]:
        assert (partner(name).kind, partner(name).partner_since) == (
            PartnerKind.EXPERT_COMMITTEE,
            2012,
        )
    kickcancer = partner("KickCancer", "en")
    assert (kickcancer.partner_since, kickcancer.country) == (2020, "Belgium")
    # Nothing the charity's pages do not say.
    assert partner("Kika").partner_since is None
    assert not PartnerPage.objects.exclude(website="").exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_person_is_created_in_both_languages(language):
    names = set(
        Person.objects.filter(locale__language_code=language).values_list("name", flat=True)
    )
    assert names == set(PEOPLE)
    vassal = Person.objects.get(name="Gilles Vassal", locale__language_code=language)
    assert vassal.organisation.title == "Gustave Roussy"
    assert vassal.organisation.locale.language_code == "fr"


def test_people_roles_are_written_in_each_language():
    president = Person.objects.filter(name="Patricia Blanc")
    assert {p.locale.language_code: p.role for p in president} == {
        "fr": "Présidente d'Imagine for Margo",
        "en": "President of Imagine for Margo",
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_four_testimonials_are_created_in_both_languages(language):
    testimonials = charity.Testimonial.objects.filter(
        locale__language_code=language
    ).select_related("person")
    assert {t.person.name for t in testimonials} == {
        "Gilles Vassal",
        "Stefan Pfister",
        "Birgit Geoerger",
        "Gudrun Schleiermacher",
    }
    assert all(t.show_on_home_page and t.role for t in testimonials)
    vassal = testimonials.get(person__name="Gilles Vassal")
    expected = {"fr": "l'agenda européen", "en": "the European agenda"}
    assert expected[language] in vassal.quote


def test_fast_seminar_is_on_11_february_2023_all_day():
    for language in LANGUAGES:
        seminar = EventPage.objects.get(locale__language_code=language)
        start = seminar.start.astimezone(ZoneInfo("Europe/Paris"))
        assert start.date() == datetime.date(2023, 2, 11)
        assert seminar.end.astimezone(ZoneInfo("Europe/Paris")).date() == start.date()
        assert seminar.all_day
        assert seminar.venue_name == ""
    assert EventPage.objects.get(locale__language_code="en").edition == "10th edition"


@pytest.mark.parametrize(
    ("language", "slugs"),
    [
        (
            "fr",
            [
                "programmes",
                "cancers-de-l-enfant",
                "evenements",
                "partenaires",
                "actualites",
                "a-propos",
            ],
        ),
        ("en", ["programs", "childhood-cancers", "events", "partners", "news", "about"]),
    ],
)
def test_main_sections_are_under_each_home_page_and_in_menus(language, slugs):
    home = HomePage.objects.get(locale__language_code=language)
    sections = home.get_children().live().in_menu()
    assert list(sections.values_list("slug", flat=True)) == slugs


@pytest.mark.parametrize(
    ("language", "pages"),
    [
        (
            "fr",
            {
                DonatePage: ("faire-un-don", "Faire un don"),
                FundingPage: ("ou-va-l-argent", "Où va l'argent"),
                StandardPage: ("accessibilite", "Déclaration d'accessibilité"),
            },
        ),
        (
            "en",
            {
                DonatePage: ("donate", "Donate"),
                FundingPage: ("where-the-money-goes", "Where the money goes"),
                StandardPage: ("accessibility", "Accessibility statement"),
            },
        ),
    ],
)
def test_donate_funding_and_accessibility_pages_are_under_each_home_page(client, language, pages):
    home = HomePage.objects.get(locale__language_code=language)
    for model, (slug, title) in pages.items():
        page = model.objects.child_of(home).live().get(slug=slug)
        assert page.title == title
        assert page.intro
        assert not page.show_in_menus
        assert client.get(page.url).status_code == 200, page.url


def test_donate_page_gives_the_charitys_examples_and_no_invented_amount(client):
    for language in LANGUAGES:
        donate = DonatePage.objects.get(locale__language_code=language)
        examples = list(donate.example_programs.order_by("sort_order"))
        assert [example.program.acronym for example in examples] == [
            "MAPPYACTS",
            "MICCHADO",
            "BIOMEDE",
            "BEACON",
            "AcSé-ESMART",
            "SACHA",
        ]
        assert all(example.what_a_gift_funds for example in examples)
        assert "€" not in " ".join(example.what_a_gift_funds for example in examples)
        html = client.get(donate.url).content.decode()
        assert f'href="{program("SACHA", language).url}"' in html
    english = DonatePage.objects.get(locale__language_code="en")
    assert english.example_programs.first().what_a_gift_funds.startswith("Sequencing")
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.donation_url == ""


def test_accessibility_statement_is_honest_about_conformance():
    for language, state, ombudsman in [
        ("fr", "partiellement conforme", "Défenseur des droits"),
        ("en", "partially conformant", "Défenseur des droits"),
    ]:
        statement = StandardPage.objects.get(
            translation_key=StandardPage.objects.get(slug="accessibilite").translation_key,
            locale__language_code=language,
        )
        text = str(statement.body)
        assert "WCAG 2.2" in text and "RGAA 4.1" in text
        assert state in text and ombudsman in text
        assert "axe-core" in text and "Lighthouse" in text


@pytest.mark.parametrize(
    ("language", "marker", "titles"),
    [
        ("fr", "[À compléter", ["Mentions légales", "Politique de confidentialité"]),
        ("en", "[To complete:", ["Legal notice", "Privacy policy"]),
    ],
)
def test_legal_pages_are_templates_to_complete_linked_from_every_footer(
    client, language, marker, titles
):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    chosen = [settings.legal_notice_page, settings.privacy_page]
    assert all(page.locale.language_code == "fr" for page in chosen)
    home = HomePage.objects.get(locale__language_code=language)
    footer = client.get(home.url).content.decode().split('class="site-footer__legal"')[1]
    for source, title in zip(chosen, titles, strict=True):
        page = source.get_translation(home.locale)
        assert page.live and page.title == title
        body = str(page.body)
        assert marker in body
        assert f'<a href="{page.url}">{title}</a>' in footer
    legal_notice, privacy = (str(page.get_translation(home.locale).body) for page in chosen)
    for duty in ("Director of publication", "Host") if language == "en" else ("Hébergeur",):
        assert duty in legal_notice
    for what in ("csrftoken", "django_language", "sessionid", "CNIL"):
        assert what in privacy


def test_the_contact_page_is_under_each_home_page_with_the_same_field_names(client):
    pages = {page.locale.language_code: page for page in charity.ContactPage.objects.live()}
    assert set(pages) == {"fr", "en"}
    names = {
        language: list(page.form_fields.values_list("clean_name", flat=True))
        for language, page in pages.items()
    }
    assert names["fr"] == names["en"] == ["votre_nom", "votre_adresse_e_mail", "votre_message"]
    assert pages["en"].form_fields.first().label == "Your name"
    assert "Your message is kept 12 months" in client.get(pages["en"].url).content.decode()


def test_home_pages_have_a_meta_description():
    descriptions = set(HomePage.objects.values_list("search_description", flat=True))
    assert len(descriptions) == 2
    assert all(descriptions)


def test_pages_about_the_charity_are_grouped_under_about():
    about = StandardPage.objects.get(slug="about")
    assert list(about.get_children().values_list("title", flat=True)) == [
        "Our strategy",
        "Conventions and conferences",
        "Enlist the research stakeholders",
    ]


def test_home_pages_are_filled_and_feature_six_programs():
    for language in LANGUAGES:
        home = HomePage.objects.get(locale__language_code=language)
        assert home.hero_heading and home.footer_text and home.programs_heading
        assert home.featured_programs.count() == 6
    english = HomePage.objects.get(locale__language_code="en")
    assert english.hero_heading == "Accelerating research against childhood cancer"


def test_key_figures_are_the_charitys_latest_totals_with_no_invented_date():
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.funding_total_eur == Decimal("20000000")
    assert (settings.programs_count, settings.children_count, settings.therapies_count) == (
        61,
        7200,
        119,
    )
    assert settings.funding_total_as_of is None
    assert settings.programs_count_as_of is None


def test_english_pages_are_translations_of_french_pages():
    english_pages = Page.objects.filter(locale__language_code="en", depth__gt=2)
    assert (
        english_pages.count()
        == Page.objects.filter(locale__language_code="fr", depth__gt=2).count()
    )
    for page in english_pages:
        french = page.get_translation_or_none(Page.objects.get(depth=2, slug="home").locale)
        assert french is not None, page.url_path
        assert french.translation_key == page.translation_key
        assert french.live and page.live


def test_english_pages_link_to_french_objects_and_write_their_own_text():
    english = program("MICCHADO", "en")
    assert english.investigators.get().person.locale.language_code == "fr"
    assert english.summary != program("MICCHADO").summary


def test_links_in_text_lead_to_the_page_in_the_same_language(client):
    html = client.get(program("BIOMEDE 2", "en").url).content.decode()
    assert f'href="{program("BIOMEDE", "en").url}"' in html
    html = client.get(program("BIOMEDE 2").url).content.decode()
    assert f'href="{program("BIOMEDE").url}"' in html


def test_a_page_of_every_type_renders_in_both_languages(client):
    pages = Page.objects.live().filter(depth__gt=1).order_by("content_type", "locale", "path")
    one_per_type = {(page.content_type_id, page.locale_id): page for page in pages.reverse()}
    assert len(one_per_type) == 2 * 15
    for page in one_per_type.values():
        assert client.get(page.url).status_code == 200, page.url


def test_images_are_small_and_described():
    images = get_image_model().objects.filter(collection__name=COLLECTION_NAME)
    assert images.exists()
    for image in images:
        assert image.description
        assert image.file_size < 150_000
    assert not ProgramPage.objects.filter(hero_image=None).exists()
    assert not PartnerPage.objects.filter(logo=None).exists()


def test_running_it_again_changes_nothing():
    before = row_counts()
    assert "0 pages" in load()
    assert row_counts() == before
    assert before["redirects"] == 0


def test_if_empty_does_nothing_when_the_site_has_content(monkeypatch):
    monkeypatch.setattr(DemoContentLoader, "load", lambda self: pytest.fail("loaded"))
    assert "no demo content loaded" in load("--if-empty")


def test_if_empty_loads_an_empty_site(monkeypatch):
    calls = []
    monkeypatch.setattr(DemoContentLoader, "load", lambda self: calls.append(self) or Counter())
    for section in Page.objects.filter(depth=3):
        section.delete()
    load("--if-empty")
    assert calls


def test_reset_rebuilds_the_demo_content():
    index = ProgramIndexPage.objects.get(locale__language_code="fr")
    index.title = "Changed by an editor"
    index.save_revision().publish()
    before = row_counts()

    load("--reset")

    assert not ProgramIndexPage.objects.filter(pk=index.pk).exists()
    assert ProgramIndexPage.objects.get(locale__language_code="fr").title == (
        "Programmes de recherche"
    )
    after = row_counts()
    for name in ["pages", "images", "people", "testimonials", "grants", "program diseases"]:
        assert after[name] == before[name], name


@pytest.mark.parametrize(
    ("language", "facts"),
    [
        ("fr", ["plus de 512 patients", "31 centres français", "1,6 million d’euros"]),
        ("en", ["more than 512 patients", "31 French centers", "1.6 million euros"]),
    ],
)
def test_the_yearly_report_is_an_article_in_both_languages_with_its_facts(client, language, facts):
    article = ArticlePage.objects.get(locale__language_code=language)
    content = client.get(article.url).content.decode().replace("\u202f", " ")

    assert article.kind == ArticleKind.YEARLY_REPORT
    assert article.get_parent().specific_class is NewsIndexPage
    for fact in facts:
        assert fact.replace("’", "'") in content.replace("’", "'").replace("&#x27;", "'")
    linked = {page.acronym for page in article.related_programs.all()}
    assert {"MICCHADO", "BIOMEDE", "BEACON", "SACHA"} <= linked
