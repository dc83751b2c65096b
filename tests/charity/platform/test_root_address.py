"""``/`` is sent to the visitor's language at once, as the whole stack would send it."""

from django.conf import settings as django_settings
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext, override_settings

import pytest

from charity.platform.root_address import RootLanguageRedirectMiddleware

pytestmark = pytest.mark.django_db

MIDDLEWARE = "charity.platform.root_address.RootLanguageRedirectMiddleware"

# (Accept-Language, language cookie, query string)
REQUESTS = [
    ("", None, ""),
    ("en", None, ""),
    ("en-GB,en;q=0.9", None, ""),
    ("en-US,en;q=0.9,fr;q=0.8", None, ""),
    ("fr-FR,fr;q=0.9,en;q=0.8", None, ""),
    ("de-DE,de;q=0.9", None, ""),
    ("de,en;q=0.5", None, ""),
    ("fr;q=0.1,en;q=0.9", None, ""),
    ("*", None, ""),
    ("*,en", None, ""),
    ("zh-Hant-TW,en;q=0.2", None, ""),
    ("EN", None, ""),
    ("en-gb", None, ""),
    ("", "en", ""),
    ("en", "fr", ""),
    ("fr", "en-us", ""),
    ("en", "xx", ""),
    ("fr", "", ""),
    ("en", None, "utm_source=newsletter&utm_campaign=dec"),
    ("", None, "a=%C3%A9t%C3%A9&b=<script>"),
    # Hostile or broken headers.
    ("en;q=abc", None, ""),
    ("en;q=2", None, ""),
    ("-,--,en", None, ""),
    (";;;,,,en", None, ""),
    ("x" * 2000, None, ""),
    ("en-" + "a" * 300, None, ""),
    ("en\x1f,fr", None, ""),
    ("\u00e9n", None, ""),
    ("../../etc/passwd", "../en", ""),
    ("en", "en\x00", ""),
]


def cookies_for(client, language):
    client.cookies.clear()
    if language is not None:
        client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = language


def answer(client, accept_language, cookie, query):
    cookies_for(client, cookie)
    response = client.get(f"/?{query}" if query else "/", HTTP_ACCEPT_LANGUAGE=accept_language)
    return response


def vary(response):
    return {field.strip().lower() for field in response.get("Vary", "").split(",") if field}


@pytest.mark.parametrize(("accept_language", "cookie", "query"), REQUESTS)
def test_root_goes_where_the_whole_stack_sends_it(
    client, home_page, english_home_page, accept_language, cookie, query
):
    with CaptureQueriesContext(connection) as captured:
        early = answer(client, accept_language, cookie, query)
    without = [name for name in django_settings.MIDDLEWARE if name != MIDDLEWARE]
    with override_settings(MIDDLEWARE=without):
        whole_stack = answer(client, accept_language, cookie, query)

    assert early.status_code == whole_stack.status_code
    if whole_stack.status_code != 302:
        # A cookie the database could not store is refused before either answers.
        assert cookie is not None and "\x00" in cookie
        assert early.status_code == 400
        return
    assert early["Location"] == whole_stack["Location"]
    assert {"accept-language", "cookie"} <= vary(early)
    assert vary(whole_stack) <= vary(early)
    assert captured.captured_queries == []


def test_the_answer_needs_no_session_nor_database(client, django_assert_num_queries):
    client.cookies[django_settings.SESSION_COOKIE_NAME] = "someone"
    with django_assert_num_queries(0):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert "sessionid" not in response.cookies
    assert not response.cookies


def test_browsers_may_keep_it_shared_caches_may_not(client, settings):
    settings.PAGE_CACHE_MAX_AGE = 45
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    directives = {field.strip() for field in response["Cache-Control"].split(",")}
    assert directives == {"private", "max-age=45"}


def test_a_head_request_is_answered_too(client):
    response = client.head("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_other_methods_and_addresses_go_on_to_the_site():
    passed_on = []
    middleware = RootLanguageRedirectMiddleware(lambda request: passed_on.append(request.path))
    factory = RequestFactory()
    for request in (factory.post("/"), factory.get("/fr/"), factory.get("/programmes/")):
        middleware(request)
    assert passed_on == ["/", "/fr/", "/programmes/"]


def test_an_unknown_host_is_refused_as_elsewhere(client):
    response = client.get("/", HTTP_HOST="evil.example", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400


def test_the_security_headers_are_on_the_answer(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response["X-Content-Type-Options"] == "nosniff"
