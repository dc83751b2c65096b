"""Visitors never see a stack trace, whatever goes wrong."""

from django.test import Client

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor(settings):
    settings.DEBUG = False
    return Client(raise_request_exception=False)


def test_a_forged_host_header_gets_a_400(visitor, home_page, settings):
    settings.ALLOWED_HOSTS = ["www.example.org"]
    response = visitor.get("/fr/", HTTP_HOST="attacker.example")
    assert response.status_code == 400
    assert "attacker.example" not in response.content.decode()
    assert "Traceback" not in response.content.decode()


def test_a_host_header_with_a_port_of_its_own_making_gets_a_400(visitor, home_page, settings):
    settings.ALLOWED_HOSTS = ["www.example.org"]
    response = visitor.get("/fr/", HTTP_HOST="www.example.org:evil@attacker.example")
    assert response.status_code == 400


def test_a_crashing_page_shows_the_error_page_without_a_traceback(visitor, home_page, monkeypatch):
    from charity.models import HomePage

    def crash(self, request, *args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(HomePage, "serve", crash)
    response = visitor.get("/fr/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Une erreur est survenue" in html
    assert "Something went wrong" in html
    assert "Traceback" not in html
    assert "secret internal detail" not in html
    assert "RuntimeError" not in html
    assert response["Content-Security-Policy"].startswith("default-src 'self'")
