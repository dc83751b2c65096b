"""What every page shares (menu, language switcher, listings' privacy check) costs few queries."""

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

import pytest

from charity.caching.middleware import RequestScopeMiddleware
from charity.models import SiteSettings
from tests.factories import (
    DiseasePageFactory,
    EventPageFactory,
    PartnerPageFactory,
    ProgramPageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db

PRIVATE_SECTIONS = 'FROM "wagtailcore_pageviewrestriction" INNER JOIN'
ACTIVE_LOCALE = 'WHERE "wagtailcore_locale"."language_code" ='


@pytest.fixture
def full_home_page(home_page, program_index, disease_index, partner_index, event_index):
    for _ in range(3):
        ProgramPageFactory(diseases=[DiseasePageFactory()])
        EventPageFactory()
        PartnerPageFactory()
    return home_page


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def count(sqls, fragment):
    return sum(fragment in sql for sql in sqls)


def test_private_sections_are_read_once_per_page_view(client, full_home_page):
    sqls = queries(client, full_home_page.url)

    assert count(sqls, PRIVATE_SECTIONS) == 1


def test_the_active_locale_is_looked_up_once_per_page_view(client, program_index):
    program = ProgramPageFactory(diseases=[DiseasePageFactory()])

    sqls = queries(client, program.url)

    assert count(sqls, ACTIVE_LOCALE) == 1


def test_a_private_program_stays_out_of_the_listing(client, program_index):
    ProgramPageFactory(title="Programme ouvert", acronym="OUVERT")
    private = ProgramPageFactory(title="Programme confidentiel", acronym="CONFIDENTIEL")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    listing = client.get(program_index.url).content.decode()

    assert "OUVERT" in listing
    assert "CONFIDENTIEL" not in listing


def test_the_main_menu_is_read_once_for_all_pages(client, fragment_cache, full_home_page):
    section = StandardPageFactory(parent=full_home_page, title="Nos actions", show_in_menus=True)
    first, second = StandardPageFactory(), StandardPageFactory()
    assert "Nos actions" in client.get(first.url).content.decode()
    # Renamed behind the cache's back (an update sends no signal): only a page
    # that reads the menu again from the database would show the new name.
    Page.objects.filter(pk=section.pk).update(title="Renamed without a signal")

    menu = client.get(second.url).content.decode()
    assert "Nos actions" in menu
    assert "Renamed without a signal" not in menu


def test_a_new_section_appears_in_the_menu_at_once(client, fragment_cache, home_page):
    page = StandardPageFactory()
    client.get(page.url)

    StandardPageFactory(parent=home_page, title="Nos actions", show_in_menus=True)

    assert "Nos actions" in client.get(StandardPageFactory().url).content.decode()


def test_a_privacy_setting_made_during_a_request_applies_to_the_rest_of_it(home_page):
    page = StandardPageFactory(parent=home_page, title="Conseil d'administration")

    def view(request):
        before = set(Page.objects.public().values_list("pk", flat=True))
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
        after = set(Page.objects.public().values_list("pk", flat=True))
        return before, after

    before, after = RequestScopeMiddleware(view)(RequestFactory().get("/"))

    assert page.pk in before
    assert page.pk not in after


def test_only_the_home_page_reads_the_charitys_members_for_its_structured_data(
    client, full_home_page
):
    member_partners = '"partners_partnerpage"."kind" IN'

    assert count(queries(client, full_home_page.url), member_partners) == 1
    assert count(queries(client, StandardPageFactory().url), member_partners) == 0


def test_a_change_to_the_site_settings_shows_on_the_next_page(client, fragment_cache, home_page):
    from wagtail.models import Site

    from charity.models import SiteSettings

    page = StandardPageFactory()
    client.get(page.url)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_email = "ecrire@imagineformargo.example"
    site_settings.save()

    assert "ecrire@imagineformargo.example" in client.get(page.url).content.decode()


def test_the_site_is_looked_up_once_for_all_requests(client, fragment_cache, home_page):
    SiteSettings.for_site(home_page.get_site())  # made on first use, which purges
    first, second = StandardPageFactory(), StandardPageFactory()
    client.get(first.url)

    with CaptureQueriesContext(connection) as queries:
        assert client.get(second.url).status_code == 200

    assert not [query for query in queries if '"wagtailcore_site"' in query["sql"]]


def test_the_kept_menu_marks_each_page_s_own_section(client, fragment_cache, full_home_page):
    program, disease = ProgramPageFactory(), DiseasePageFactory()
    for page in (program, disease):
        section = page.get_parent().specific
        section.show_in_menus = True
        section.save_revision().publish()
    client.get(full_home_page.url)

    for page, section in ((program, program.get_parent()), (disease, disease.get_parent())):
        menu = client.get(page.url).content.decode().split('class="site-nav"')[1]
        menu = menu.split("</nav>")[0]
        assert f'href="{section.url}" aria-current="page"' in menu
        assert menu.count('aria-current="page"') == 1
