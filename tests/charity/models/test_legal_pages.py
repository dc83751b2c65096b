"""The legal notice and privacy policy staff choose in the site settings, linked from the
footer of every page in the visitor's language; and the donate button in every header."""

from django.urls import reverse

from wagtail.models import Site

import pytest

from charity.models import SiteSettings
from tests.factories import (
    ContactPageFactory,
    DonatePageFactory,
    StandardPageFactory,
    publish_translation,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_settings(db):
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def legal_pages(home_page, site_settings):
    legal_notice = StandardPageFactory(parent=home_page, title="Mentions légales")
    privacy = StandardPageFactory(parent=home_page, title="Politique de confidentialité")
    site_settings.legal_notice_page = legal_notice
    site_settings.privacy_page = privacy
    site_settings.save()
    return legal_notice, privacy


def footer(client, url):
    html = client.get(url).content.decode()
    return html.split('<footer class="site-footer">')[1]


def legal_part(client, url):
    return footer(client, url).split('class="site-footer__legal"')[1]


def test_the_footer_links_to_the_chosen_legal_pages_and_lists_them_once(
    client, home_page, legal_pages
):
    legal_notice, privacy = legal_pages

    html = footer(client, home_page.url)

    legal = html.split('class="site-footer__legal"')[1]
    assert f'<a href="{legal_notice.url}">Mentions légales</a>' in legal
    assert f'<a href="{privacy.url}">Politique de confidentialité</a>' in legal
    assert html.count(f'href="{privacy.url}"') == 1


def test_english_visitors_get_the_english_legal_pages(client, legal_pages):
    legal_notice, privacy = legal_pages
    english_notice = publish_translation(legal_notice, title="Legal notice", slug="legal-notice")
    english_home = english_notice.get_parent()

    legal = legal_part(client, english_home.url)

    assert f'<a href="{english_notice.url}">Legal notice</a>' in legal
    # Not translated yet: the French page rather than no link at all.
    assert f'href="{privacy.url}"' in legal


def test_no_legal_links_until_staff_choose_pages(client, home_page, site_settings):
    assert "site-footer__legal-links" not in footer(client, home_page.url)


def test_an_unpublished_legal_page_is_not_linked(client, home_page, legal_pages):
    legal_notice, privacy = legal_pages
    privacy.unpublish()

    legal = legal_part(client, home_page.url)

    assert f'href="{privacy.url}"' not in legal
    assert f'href="{legal_notice.url}"' in legal


def test_a_new_choice_shows_at_once_with_the_footer_in_the_fragment_cache(
    client, fragment_cache, home_page, legal_pages, site_settings
):
    legal_notice, _privacy = legal_pages
    assert f'href="{legal_notice.url}"' in legal_part(client, home_page.url)
    other = StandardPageFactory(parent=home_page, title="Informations légales")

    site_settings = SiteSettings.objects.get(pk=site_settings.pk)
    site_settings.legal_notice_page = other
    site_settings.save()

    legal = legal_part(client, home_page.url)
    assert f'<a href="{other.url}">Informations légales</a>' in legal
    assert f'href="{legal_notice.url}"' not in legal


def test_legal_page_choosers_are_in_the_site_settings_form(admin_client, site_settings):
    url = reverse("wagtailsettings:edit", args=["charity", "sitesettings", site_settings.site_id])
    html = admin_client.get(url).content.decode()
    assert 'name="legal_notice_page"' in html
    assert 'name="privacy_page"' in html
    assert 'name="contact_form_recipient"' in html


# The donate button


def header(client, url):
    html = client.get(url).content.decode()
    return html.split('<header class="site-header">')[1].split("</header>")[0]


def test_every_header_has_a_donate_button_to_the_donate_page_in_its_language(
    client, home_page, site_settings
):
    donate = DonatePageFactory(parent=home_page)
    english = publish_translation(donate, title="Donate", slug="donate")
    about = StandardPageFactory(parent=home_page)

    for url in (home_page.url, about.url):
        assert f'class="button button--donate" href="{donate.url}"' in header(client, url)
    english_header = header(client, english.get_parent().url)
    assert f'class="button button--donate" href="{english.url}">Donate</a>' in english_header
    on_itself = header(client, donate.url)
    assert f'href="{donate.url}" aria-current="page">Faire un don</a>' in on_itself


def test_without_a_donate_page_the_button_goes_to_the_donation_platform(
    client, home_page, site_settings
):
    assert "button--donate" not in header(client, home_page.url)
    site_settings.donation_url = "https://dons.imagineformargo.example/"
    site_settings.save()

    assert 'href="https://dons.imagineformargo.example/">Faire un don</a>' in header(
        client, home_page.url
    )


def test_staff_are_warned_on_the_dashboard_while_no_donation_platform_is_set(
    admin_client, client_for, editor, site_settings
):
    settings_url = reverse(
        "wagtailsettings:edit", args=["charity", "sitesettings", site_settings.site_id]
    )
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="donation-url-missing' in html
    assert f'href="{settings_url}"' in html
    # Editors cannot change the settings: they are told, without a link they cannot use.
    editor_html = client_for(editor).get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="donation-url-missing' in editor_html
    assert f'href="{settings_url}"' not in editor_html

    site_settings.donation_url = "https://dons.imagineformargo.example/"
    site_settings.save()
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "donation-url-missing" not in html


# What the privacy policy says of cookies


def test_visitors_get_only_the_cookies_the_privacy_policy_names(
    client, settings, home_page, legal_pages
):
    legal_notice, privacy = legal_pages
    contact = ContactPageFactory(parent=home_page)
    DonatePageFactory(parent=home_page)

    for url in (home_page.url, legal_notice.url, privacy.url, "/fr/recherche/?q=enfants"):
        response = client.get(url)
        assert response.status_code == 200
        assert dict(response.cookies) == {}, url

    assert set(client.get(contact.url).cookies) == {settings.CSRF_COOKIE_NAME}
    switched = client.get(reverse("switch_language", args=["en"]))
    assert set(switched.cookies) == {settings.LANGUAGE_COOKIE_NAME}
    assert switched.cookies[settings.LANGUAGE_COOKIE_NAME]["max-age"] == 365 * 24 * 60 * 60
    assert set(client.cookies) == {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
