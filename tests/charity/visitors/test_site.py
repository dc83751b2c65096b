from django.db import DatabaseError

import pytest

pytestmark = pytest.mark.django_db


def test_home_page_renders_with_debug_off(client, home_page, settings):
    settings.DEBUG = False
    response = client.get("/fr/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert 'href="#main"' in html
    assert '<main id="main"' in html


def test_english_home_page_renders(client, english_home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()


def test_navigation_lists_pages_shown_in_menus(client, home_page):
    from wagtail.models import Page

    about = home_page.add_child(
        instance=Page(title="À propos", slug="a-propos", show_in_menus=True)
    )
    home_page.add_child(instance=Page(title="Cachée", slug="cachee", show_in_menus=False))
    html = client.get("/fr/").content.decode()
    header = html[: html.index("<main")]
    assert about.url in header
    assert "Cachée" not in header


def test_unknown_page_answers_404_with_the_site_template(client, home_page, settings):
    settings.DEBUG = False
    response = client.get("/fr/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode() or "Page not found" in (
        response.content.decode()
    )
    assert 'href="#main"' in response.content.decode()


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_is_unreachable(client, monkeypatch):
    from django.db import connection

    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_admin_redirects_anonymous_visitors_to_the_login_page(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_admin_login_page_is_reachable(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
