"""Hostile input on every main route: a 4xx or the page, never a 5xx.

Meant for PostgreSQL, which refuses a NUL character in text where SQLite stores it
(CI runs the suite on PostgreSQL); the table runs on both.
"""

import pytest

from tests.charity.caching.test_query_budget import site  # noqa: F401 - a fixture
from tests.charity.page_editing import edit_form_data, edit_url

pytestmark = pytest.mark.django_db

ROUTES = [
    "/",
    "/fr/",
    "/en/",
    "home",
    "program index",
    "program",
    "disease index",
    "disease",
    "partner index",
    "partner",
    "event index",
    "event",
    "standard page",
    "donate page",
    "contact page",
    "funding page",
    "english program",
    "/fr/recherche/",
    "/fr/recherche/suggestions/",
    "/en/search/suggestions/",
    "/fr/lettre-d-information/",
    "/en/newsletter/",
    "/en/newsletter/thanks/",
    "/fr/lettre-d-information/confirmer/1:x:y/",
    "/en/newsletter/unsubscribe/1:x/",
    "/sitemap.xml",
    "/robots.txt",
    "/healthz",
    "/admin/login/",
    "/documents/1/rapport.pdf",
]

HOSTILE_PATHS = [
    "/%00/",
    "/index.html%00.txt",
    "/fr/%00/",
    "/en/%00",
    "/fr/programmes/%00/",
    "/admin/%00/",
    "/documents/%00/x.pdf",
    "/static/%00.css",
    "/language/%00/",
    "/fr/%ED%A0%80/",
    "/fr/" + "a" * 5000 + "/",
]

HOSTILE_QUERIES = [
    "q=%00",
    "q=Wilms%00",
    "page=%00",
    "page=99999999999999999999999",
    "page=-1",
    "disease=%00",
    "kind=%00&status=%00",
    "%00=1",
    "next=%00",
    "q=" + "%ED%A0%80" * 3,
    "q=" + "x" * 3000,
]

HOSTILE_HEADERS = [
    {"HTTP_ACCEPT_LANGUAGE": "fr\x00"},
    {"HTTP_USER_AGENT": "scanner\x00"},
    {"HTTP_IF_NONE_MATCH": '"\x00"'},
    {"HTTP_X_FORWARDED_FOR": "1.2.3.4\x00"},
    {"HTTP_REFERER": "https://example.org/\x00"},
    {"HTTP_COOKIE": "sessionid=\x00; django_language=fr\x00"},
    {"HTTP_COOKIE": "csrftoken=\x00"},
]


def url_of(site, route):  # noqa: F811 - ``site`` is the fixture's value
    return route if route.startswith("/") else site[route].url


def assert_no_server_error(response, what):
    assert response.status_code < 500, f"{what} answered {response.status_code}"


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_hostile_paths_never_answer_5xx(client, path, site):  # noqa: F811
    response = client.get(path)
    assert_no_server_error(response, path)
    if "%00" in path:
        assert response.status_code == 400


def test_hostile_query_strings_on_every_route(client, site):  # noqa: F811
    for route in ROUTES:
        url = url_of(site, route)
        for query in HOSTILE_QUERIES:
            assert_no_server_error(client.get(f"{url}?{query}"), f"{url}?{query}")


def test_hostile_headers_and_cookies_on_every_route(client, site):  # noqa: F811
    for route in ROUTES:
        url = url_of(site, route)
        for headers in HOSTILE_HEADERS:
            response = client.get(url, **headers)
            assert_no_server_error(response, f"{url} with {headers}")
            assert response.status_code == 400, f"{url} with {headers}"


def test_a_nul_in_the_query_string_is_refused_before_any_lookup(client, site):  # noqa: F811
    response = client.get(site["program index"].url, {"disease": "\x00"})
    assert response.status_code == 400
    assert b"Bad request" in response.content


def test_hostile_form_fields_get_form_errors(client, admin_client, site):  # noqa: F811
    response = client.post("/admin/login/", {"username": "admin\x00", "password": "x\x00"})
    assert_no_server_error(response, "login with NUL")
    assert response.status_code == 200

    response = client.post(site["contact page"].url, {"nom": "Camille\x00", "message": "\x00"})
    assert_no_server_error(response, "contact form with NUL")
    assert response.status_code == 400
    assert {"nom", "message"} <= set(response.context["form"].errors)

    response = client.get("/fr/recherche/", {"q": "Wilms\x00"})
    assert response.status_code == 400

    program = site["program"]
    data = edit_form_data(admin_client, program, title="MICCHADO\x00")
    response = admin_client.post(edit_url(program), data)
    assert_no_server_error(response, "page edit with NUL")
    assert response.status_code == 200
    assert "title" in response.context["form"].errors
