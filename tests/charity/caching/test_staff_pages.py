"""Signed-in staff browsing the site get the stored page with their own user bar: the
page they would have had rendered, without waiting for the render."""

from django.test import Client

from wagtail.models import Site

import pytest

from charity.models import SiteSettings
from tests.factories import DiseasePageFactory, ProgramPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings, db):
    settings.PAGE_CACHE = True
    settings.PAGE_CACHE_STALE_SECONDS = 30
    # Created on the first page view otherwise, and that save purges the cache.
    SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def visitor():
    return Client()


@pytest.fixture
def page(home_page):
    return StandardPageFactory(parent=home_page, title="Notre histoire", intro="Depuis 2011.")


def stored(visitor, url):
    visitor.get(url)
    assert visitor.get(url)["X-Page-Cache"] == "hit"


@pytest.mark.parametrize("kind", ["home", "standard", "program", "disease"])
def test_staff_get_exactly_the_page_a_render_would_give_them(
    kind, visitor, client_for, editor, home_page, page, program_index, disease_index, settings
):
    url = {
        "home": home_page.url,
        "standard": page.url,
        "program": ProgramPageFactory(title="Programme MICCHADO", acronym="MICCHADO").url,
        "disease": DiseasePageFactory(title="Néphroblastome").url,
    }[kind]
    stored(visitor, url)
    staff = client_for(editor)

    served = staff.get(url)
    settings.PAGE_CACHE = False
    rendered = staff.get(url)

    assert served["X-Page-Cache"] == "hit"
    assert "X-Page-Cache" not in rendered
    assert "<wagtail-userbar" in served.content.decode()
    assert served.content == rendered.content
    assert served["Content-Length"] == str(len(served.content))
    assert served["Content-Language"] == rendered["Content-Language"]


def test_the_user_bar_edits_the_page_shown(visitor, client_for, editor, page):
    stored(visitor, page.url)

    html = client_for(editor).get(page.url).content.decode()

    assert f"/admin/pages/{page.pk}/edit/" in html


def test_the_answer_is_private_to_the_person_signed_in(visitor, client_for, editor, page):
    stored(visitor, page.url)

    response = client_for(editor).get(page.url)

    assert response["X-Page-Cache"] == "hit"
    assert set(response["Cache-Control"].split(", ")) >= {"private", "no-cache"}
    assert "public" not in response["Cache-Control"]
    assert "ETag" not in response


def test_serving_staff_the_stored_page_costs_a_few_queries_not_a_render(
    visitor, client_for, editor, page, django_assert_max_num_queries
):
    stored(visitor, page.url)
    staff = client_for(editor)
    staff.get(page.url)

    # Who is asking (the user, their permissions, two-factor devices and profile) and the
    # page the user bar edits: each a lookup by key, no page render.
    with django_assert_max_num_queries(12):
        response = staff.get(page.url)

    assert response["X-Page-Cache"] == "hit"


def test_staff_never_get_a_stale_copy_after_a_publish(visitor, client_for, editor, page):
    stored(visitor, page.url)

    page.title = "Notre histoire depuis 2011"
    page.save_revision().publish()

    response = client_for(editor).get(page.url)
    assert "X-Page-Cache" not in response
    assert "Notre histoire depuis 2011" in response.content.decode()
    # Visitors may still get the previous copy, for a few seconds.
    assert Client().get(page.url)["X-Page-Cache"] == "stale"


def test_a_signed_out_session_gets_the_stored_page_without_a_user_bar(
    visitor, client, editor, page, settings
):
    stored(visitor, page.url)
    client.force_login(editor)
    client.logout()
    # A browser that still sends the cookie of a session that has ended.
    client.cookies[settings.SESSION_COOKIE_NAME] = "ended"

    response = client.get(page.url)

    assert response["X-Page-Cache"] == "hit"
    assert response.content == visitor.get(page.url).content
    assert "private" in response["Cache-Control"]


def test_staff_with_a_message_waiting_get_a_render(visitor, client_for, editor, page):
    stored(visitor, page.url)
    staff = client_for(editor)
    staff.cookies["messages"] = "waiting"

    response = staff.get(page.url)

    assert "X-Page-Cache" not in response
    assert "<wagtail-userbar" in response.content.decode()


def test_staff_get_pages_that_are_not_wagtail_pages_rendered(visitor, client_for, editor):
    url = "/fr/recherche/?q=recherche"
    stored(visitor, url)

    response = client_for(editor).get(url)

    assert "X-Page-Cache" not in response


def test_a_page_only_staff_may_see_is_rendered_for_them(client_for, editor, home_page):
    from wagtail.models import PageViewRestriction

    private = StandardPageFactory(parent=home_page, title="Conseil d'administration")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    staff = client_for(editor)

    for _ in range(2):
        response = staff.get(private.url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "Conseil d'administration" in response.content.decode()
