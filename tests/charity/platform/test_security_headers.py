import re

import pytest

pytestmark = pytest.mark.django_db

HTTPS = {"secure": True, "headers": {"x-forwarded-proto": "https"}}


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


def assert_strict_public_policy(response):
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["font-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["frame-src"] == ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
    assert "upgrade-insecure-requests" in policy
    assert "unsafe" not in response["Content-Security-Policy"]


def assert_hardening_headers(response):
    hsts = re.fullmatch(
        r"max-age=(\d+); includeSubDomains; preload", response["Strict-Transport-Security"]
    )
    assert hsts and int(hsts.group(1)) >= 365 * 24 * 3600
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    for feature in ("camera", "microphone", "geolocation", "payment"):
        assert f"{feature}=()" in response["Permissions-Policy"]


@pytest.fixture
def program(program_index):
    from tests.factories import ProgramPageFactory

    return ProgramPageFactory(parent=program_index, title="MAPPYACTS", slug="mappyacts")


def test_home_page_sends_the_strict_policy_and_hardening_headers(client, home_page):
    response = client.get("/fr/", **HTTPS)
    assert response.status_code == 200
    assert_strict_public_policy(response)
    assert_hardening_headers(response)


def test_index_page_sends_the_strict_policy_and_hardening_headers(client, program_index):
    response = client.get(program_index.url, **HTTPS)
    assert response.status_code == 200
    assert_strict_public_policy(response)
    assert_hardening_headers(response)


def test_detail_page_sends_the_strict_policy_and_hardening_headers(client, program):
    response = client.get(program.url, **HTTPS)
    assert response.status_code == 200
    assert_strict_public_policy(response)
    assert_hardening_headers(response)


def test_not_found_page_sends_the_strict_policy_and_hardening_headers(client, home_page):
    response = client.get("/fr/cette-page-n-existe-pas/", **HTTPS)
    assert response.status_code == 404
    assert_strict_public_policy(response)
    assert_hardening_headers(response)


def test_public_pages_carry_no_inline_script_or_style(client, program):
    """The policy refuses inline code: a page that relied on it would break silently."""
    for url in ("/fr/", program.get_parent().url, program.url):
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)", html), url
        assert "<style" not in html, url
        assert not re.search(r"\sstyle=", html), url
        assert not re.search(r"\son[a-z]+=", html), url


def test_plain_http_gets_no_hsts_header(client, home_page):
    """Browsers ignore HSTS over HTTP; sending it there only hides a misconfigured proxy."""
    response = client.get("/fr/")
    assert response.status_code == 200
    assert "Strict-Transport-Security" not in response


def test_admin_has_its_own_looser_policy_confined_to_the_admin(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/", **HTTPS)
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["base-uri"] == ["'self'"]
    assert_hardening_headers(response)


def test_admin_login_page_has_the_admin_policy(client):
    response = client.get("/admin/login/", **HTTPS)
    assert directives(response)["frame-ancestors"] == ["'self'"]


def test_editors_see_the_public_policy_on_public_pages(client, home_page, admin_user):
    """The Wagtail user bar loads its scripts and styles from static files."""
    client.force_login(admin_user)
    response = client.get("/fr/", **HTTPS)
    assert "wagtail-userbar" in response.content.decode()
    assert_strict_public_policy(response)


def test_documents_keep_wagtails_stricter_policy(client, home_page):
    from django.core.files.base import ContentFile

    from wagtail.documents.models import Document

    document = Document.objects.create(
        title="Rapport annuel", file=ContentFile(b"%PDF-1.4\n", name="rapport.pdf")
    )
    response = client.get(document.url, **HTTPS)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def test_cookies_are_secure_host_only_and_lax(client, admin_user):
    """The login form works over HTTPS with __Host- cookies and strict CSRF checks."""
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    login_page = browser.get("/admin/login/", **HTTPS)
    csrf = login_page.cookies["__Host-csrftoken"]
    assert csrf["secure"] and csrf["httponly"] and csrf["path"] == "/"
    assert csrf["samesite"] == "Lax"
    assert not csrf["domain"]
    token = re.search(
        r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page.content.decode()
    ).group(1)

    response = browser.post(
        "/admin/login/",
        {"username": "admin", "password": "password", "csrfmiddlewaretoken": token},
        HTTP_REFERER="https://testserver/admin/login/",
        **HTTPS,
    )
    assert response.status_code == 302, response.content.decode()[:500]
    session = response.cookies["__Host-sessionid"]
    assert session["secure"] and session["httponly"] and session["path"] == "/"
    assert session["samesite"] == "Lax"
    # Signed in: a superuser's next step is the second factor, not the password again.
    assert browser.get("/admin/", **HTTPS)["Location"].startswith("/admin/2fa/")


def test_login_without_the_csrf_token_is_refused(client, admin_user):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.get("/admin/login/", **HTTPS)
    response = browser.post(
        "/admin/login/",
        {"username": admin_user.username, "password": "password"},
        HTTP_REFERER="https://testserver/admin/login/",
        **HTTPS,
    )
    assert response.status_code == 403
