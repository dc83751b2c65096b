import datetime
import re
from urllib.parse import parse_qs, urlsplit

from django.conf import settings as django_settings

from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

import pytest

from programs.models import ProgramPage
from tests.factories import (
    DiseasePageFactory,
    EventPageFactory,
    PartnerPageFactory,
    ProgramPageFactory,
    StandardPageFactory,
    publish_translation,
)

pytestmark = pytest.mark.django_db


def switcher_links(html):
    """(language, destination, note) for each link of the language switcher."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    assert nav, "the page has no language switcher"
    links = []
    for item in re.findall(r'<li class="language-switcher__item">(.*?)</li>', nav.group(), re.S):
        href = re.search(r'href="([^"]+)"', item).group(1).replace("&amp;", "&")
        language = re.search(r'hreflang="([^"]+)"', item).group(1)
        assert f'lang="{language}"' in item
        parts = urlsplit(href)
        destination = parse_qs(parts.query)["next"][0]
        note = re.search(r'class="language-switcher__note"[^>]*>([^<]+)<', item)
        links.append((language, destination, note.group(1).strip() if note else ""))
    return links


def alternates(html):
    return re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html)


@pytest.fixture
def about(home_page):
    return StandardPageFactory(title="À propos", slug="a-propos", intro="Qui nous sommes.")


def test_switcher_leads_to_the_translation_of_the_page(client, about):
    english = publish_translation(about, title="About us", slug="about-us")

    html = client.get(about.url).content.decode()

    assert switcher_links(html) == [("en", english.url, "")]
    assert english.url == "/en/about-us/"


def test_switcher_leads_back_to_the_french_page_from_its_translation(client, about):
    english = publish_translation(about, title="About us", slug="about-us")

    html = client.get(english.url).content.decode()

    assert switcher_links(html) == [("fr", about.url, "")]


def test_untranslated_page_links_to_the_other_home_page_and_says_so(
    client, about, english_home_page
):
    html = client.get(about.url).content.decode()

    [(language, destination, note)] = switcher_links(html)
    assert (language, destination) == ("en", "/en/")
    assert note == "This page is only available in French."


def test_draft_translation_does_not_count_as_a_translation(client, about):
    english = publish_translation(about, title="About us", slug="about-us")
    english.unpublish()

    html = client.get(about.url).content.decode()

    assert switcher_links(html)[0][1] == "/en/"
    assert alternates(html) == []


def test_untranslated_copy_does_not_count_as_a_translation(client, about, english_home_page):
    copy = about.copy_for_translation(english_home_page.locale, alias=True)

    html = client.get(about.url).content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()

    assert switcher_links(html)[0][1] == "/en/"
    assert alternates(html) == []
    assert copy.get_full_url() not in sitemap


def test_switcher_on_the_search_page_keeps_the_search(client, home_page):
    html = client.get("/en/search/", {"q": "Wilms"}).content.decode()

    [(language, destination, note)] = switcher_links(html)
    assert language == "fr"
    assert urlsplit(destination).query == "q=Wilms"
    assert note == ""


def test_switcher_on_a_missing_page_leads_to_the_other_home_page(client, english_home_page):
    response = client.get("/fr/cette-page-n-existe-pas/")

    assert response.status_code == 404
    assert switcher_links(response.content.decode()) == [("en", "/en/", "")]


def test_switching_language_remembers_it_and_goes_to_the_page(client, about):
    english = publish_translation(about, title="About us", slug="about-us")
    html = client.get(about.url).content.decode()
    href = re.search(r'class="language-switcher__link" href="([^"]+)"', html).group(1)

    response = client.get(href.replace("&amp;", "&"))

    assert response.status_code == 302
    assert response["Location"] == english.url
    assert response.cookies[django_settings.LANGUAGE_COOKIE_NAME].value == "en"


def test_switching_language_never_redirects_to_another_site(client):
    response = client.get("/language/en/", {"next": "https://attacker.example/"})

    assert response["Location"] == "/en/"


def test_crawlers_are_kept_off_the_language_switch(client):
    assert "Disallow: /language/" in client.get("/robots.txt").content.decode()


def test_switching_to_an_unknown_language_sets_nothing(client, home_page):
    response = client.get("/language/de/", {"next": "/fr/"}, follow=True)

    assert response.status_code == 404
    assert django_settings.LANGUAGE_COOKIE_NAME not in client.cookies


def test_hreflang_names_every_live_translation_and_french_as_default(client, about):
    english = publish_translation(about, title="About us", slug="about-us")

    html = client.get(english.url).content.decode()

    assert alternates(html) == [
        ("fr", about.get_full_url()),
        ("en", english.get_full_url()),
        ("x-default", about.get_full_url()),
    ]
    assert about.get_full_url() == "http://localhost/fr/a-propos/"


def test_page_in_one_language_has_no_hreflang(client, about):
    assert alternates(client.get(about.url).content.decode()) == []


def test_root_redirects_to_english_for_english_browsers(client, english_home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")

    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("accept_language", ["de-DE,de;q=0.9", ""])
def test_root_falls_back_to_french(client, home_page, accept_language):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_root_honours_the_language_chosen_with_the_switcher(client, english_home_page):
    client.get("/language/en/", {"next": "/en/"})

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")

    assert response["Location"] == "/en/"


def test_address_without_language_goes_to_the_page_in_the_preferred_language(client, about):
    english = publish_translation(about, title="About us", slug="about-us")

    french_visitor = client.get("/a-propos/", HTTP_ACCEPT_LANGUAGE="fr")
    english_visitor = client.get("/a-propos/?ref=flyer", HTTP_ACCEPT_LANGUAGE="en")

    assert french_visitor["Location"] == about.url
    assert english_visitor["Location"] == f"{english.url}?ref=flyer"


def test_address_without_language_of_an_untranslated_page_keeps_its_language(client, about):
    response = client.get("/a-propos/", HTTP_ACCEPT_LANGUAGE="en")

    assert response["Location"] == about.url


def test_unknown_address_without_language_goes_to_the_preferred_language(client, home_page):
    response = client.get("/nulle-part/", HTTP_ACCEPT_LANGUAGE="en")

    assert response["Location"] == "/en/nulle-part/"


def test_sitemap_lists_both_languages_with_their_alternates(client, about, english_home_page):
    english = publish_translation(about, title="About us", slug="about-us")
    french_only = StandardPageFactory(title="Nos statuts", slug="nos-statuts")

    xml = client.get("/sitemap.xml").content.decode()

    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert set(locations) == {
        "http://localhost/fr/",
        "http://localhost/en/",
        about.get_full_url(),
        english.get_full_url(),
        french_only.get_full_url(),
    }
    entry = re.search(rf"<url><loc>{english.get_full_url()}</loc>.*?</url>", xml, re.S)
    assert re.findall(r'hreflang="([^"]+)" href="([^"]+)"', entry.group()) == [
        ("fr", about.get_full_url()),
        ("en", english.get_full_url()),
        ("x-default", about.get_full_url()),
    ]
    lone = re.search(rf"<url><loc>{french_only.get_full_url()}</loc>.*?</url>", xml, re.S)
    assert "xhtml:link" not in lone.group()


def test_sitemap_queries_do_not_grow_with_the_number_of_pages(
    client, about, english_home_page, django_assert_max_num_queries
):
    for index in range(10):
        publish_translation(StandardPageFactory(title=f"Page {index}"))

    with django_assert_max_num_queries(20):
        client.get("/sitemap.xml")


def test_translation_keeps_synchronised_fields_after_the_source_is_resynced(
    program_index, django_capture_on_commit_callbacks
):
    summary = "Séquencer chaque tumeur pour proposer un traitement ciblé."
    program = ProgramPageFactory(title="Séquençage des tumeurs", summary=summary, start_year=2016)
    english = Locale.objects.get(language_code="en")
    source, _created = TranslationSource.get_or_create_from_instance(program)
    # What a translator types in wagtail-localize's editor.
    segment = StringSegment.objects.select_related("string", "context").get(
        source=source, string__data=summary
    )
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=english,
        context=segment.context,
        data="Sequence every tumour to offer a targeted treatment.",
    )
    translation = Translation.objects.create(source=source, target_locale=english)
    # wagtail-localize publishes once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    program.start_year = 2018
    program.save_revision().publish()
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    translated = ProgramPage.objects.get(translation_key=program.translation_key, locale=english)
    assert translated.start_year == 2018
    assert translated.summary == "Sequence every tumour to offer a targeted treatment."
    assert translated.live


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
def test_every_page_type_renders_in_both_languages(client, english_home_page, page_factory):
    page = page_factory()
    english = publish_translation(page)
    versions = [(page, english)]
    parent = page.get_parent().specific
    if parent.pk != english_home_page.get_translation(page.locale).pk:
        versions.append((parent, parent.get_translation(english.locale)))

    for french_version, english_version in versions:
        for version, language in ((french_version, "fr"), (english_version, "en")):
            response = client.get(version.url)
            assert response.status_code == 200, version.url
            assert f'<html lang="{language}">' in response.content.decode()


def test_dates_and_amounts_follow_the_language_of_the_page(client, program_index):
    start = datetime.datetime(2023, 2, 11, 9, 30, tzinfo=datetime.UTC)
    event = EventPageFactory(start=start, end=start + datetime.timedelta(hours=8))
    english_event = publish_translation(event)
    program = ProgramPageFactory(grants=["1000000", "600000"])
    english_program = publish_translation(program)

    assert "11 février 2023" in client.get(event.url).content.decode()
    assert "11 February 2023" in client.get(english_event.url).content.decode()
    assert "1\xa0600\xa0000\xa0€" in client.get(program.url).content.decode()
    assert "€1,600,000" in client.get(english_program.url).content.decode()
