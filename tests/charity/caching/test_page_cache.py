"""The page cache: what anonymous visitors get from it, and when it forgets."""

import gzip
import os
import socket
import subprocess
import sys
import time
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.test import RequestFactory

from wagtail.contrib.forms.models import FormMixin
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import PageViewRestriction, Site
from wagtail.test.utils.form_data import rich_text

import pytest
import redis.connection

from charity.caching import backend as cache_backend
from charity.caching import generation
from charity.caching.invalidation import keep_form_pages_private
from charity.caching.middleware import AnonymousPageCacheMiddleware
from charity.models import SiteSettings
from tests.factories import (
    ImageFactory,
    PersonFactory,
    ProgramPageFactory,
    StandardPageFactory,
)
from tests.redis_server import wait_until

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings, db):
    settings.PAGE_CACHE = True
    # Created on the first page view otherwise, and that save purges the cache.
    SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def page(home_page):
    return StandardPageFactory(parent=home_page, title="Notre histoire", intro="Depuis 2011.")


def cached(response):
    return response.get("X-Page-Cache") == "hit"


def test_an_anonymous_visitor_gets_the_second_request_from_the_cache(
    client, page, django_assert_num_queries
):
    first = client.get(page.url)
    assert first.status_code == 200
    assert not cached(first)

    with django_assert_num_queries(0):
        second = client.get(page.url)

    assert second.status_code == 200
    assert cached(second)
    assert second.content == first.content
    assert second["Content-Length"] == str(len(second.content))
    assert "Notre histoire" in second.content.decode()


def test_a_stored_page_carries_the_same_security_headers(client, page):
    first = client.get(page.url)
    second = client.get(page.url)

    assert cached(second)
    for header in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "Cross-Origin-Resource-Policy",
        "Cross-Origin-Opener-Policy",
        "Referrer-Policy",
        "X-Content-Type-Options",
        "X-Frame-Options",
        "Content-Type",
        "Content-Language",
    ):
        assert second[header] == first[header], header


def test_anonymous_pages_may_be_kept_a_minute_by_browsers_and_cdns(client, page):
    response = client.get(page.url)

    assert response["Cache-Control"] == "public, max-age=60"
    assert response["ETag"].startswith('"')


def test_pages_rendered_for_a_logged_in_editor_are_not_stored(client, client_for, editor, page):
    client_for(editor).get(page.url)
    client.logout()

    assert not cached(client.get(page.url))


def after_the_stale_copy(client, url):
    """The page as visitors get it once the request that found the stale copy has
    rendered it again (the test client closes each response, as a server does)."""
    assert client.get(url)["X-Page-Cache"] in ("stale", "miss")
    return client.get(url)


def test_a_publish_is_visible_once_the_next_anonymous_request_has_rendered_it(client, page):
    assert "Notre histoire" in client.get(page.url).content.decode()
    assert cached(client.get(page.url))

    page.title = "Notre histoire depuis 2011"
    page.save_revision().publish()

    response = after_the_stale_copy(client, page.url)
    assert cached(response)
    assert "Notre histoire depuis 2011" in response.content.decode()


def test_a_published_program_appears_at_once_on_the_program_index(client, program_index):
    ProgramPageFactory(title="Programme MICCHADO", acronym="MICCHADO")
    client.get(program_index.url)
    assert cached(client.get(program_index.url))

    program = ProgramPageFactory(title="Programme BIOMEDE", acronym="BIOMEDE", live=False)
    program.save_revision().publish()

    assert "BIOMEDE" in after_the_stale_copy(client, program_index.url).content.decode()


def test_the_purge_also_runs_when_the_publish_commits(
    client, page, django_capture_on_commit_callbacks
):
    client.get(page.url)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page.title = "Notre histoire, vue par les familles"
        page.save_revision().publish()

    assert callbacks
    assert "vue par les familles" in after_the_stale_copy(client, page.url).content.decode()


def warm(client, url):
    client.get(url)
    assert cached(client.get(url))


def test_unpublishing_a_page_purges_it(client, page):
    warm(client, page.url)

    page.unpublish()

    assert client.get(page.url).status_code == 404


def test_moving_a_page_purges_it(client, home_page, page):
    other_parent = StandardPageFactory(parent=home_page, title="Qui sommes-nous")
    old_url = page.url
    warm(client, old_url)

    page.move(other_parent, pos="last-child")

    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == "/fr/qui-sommes-nous/notre-histoire/"


def test_deleting_a_page_purges_it(client, page):
    url = page.url
    warm(client, url)

    page.delete()

    assert client.get(url).status_code == 404


def test_editing_a_person_purges_the_pages_that_show_them(client, program_index):
    person = PersonFactory(name="Birgit Geoerger")
    program = ProgramPageFactory(investigators=[person])
    warm(client, program.url)

    person.name = "Birgit Geoerger-Vassal"
    person.save()

    assert "Birgit Geoerger-Vassal" in after_the_stale_copy(client, program.url).content.decode()


def test_editing_the_site_settings_purges_every_page(client, page):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.donation_url = "https://dons.example.org/margo"
    site_settings.save()
    warm(client, page.url)

    site_settings.donation_url = "https://dons.example.org/campagne-2026"
    site_settings.save()

    assert "campagne-2026" in after_the_stale_copy(client, page.url).content.decode()


def test_changing_an_image_purges_every_page(client, page):
    image = ImageFactory()
    warm(client, page.url)

    image.title = "Margo, 2011"
    image.save()

    assert not cached(client.get(page.url))


def test_a_stored_page_expires_after_the_timeout(client, page, settings, monkeypatch):
    warm(client, page.url)
    later = time.time() + settings.PAGE_CACHE_TIMEOUT + 1

    monkeypatch.setattr(time, "time", lambda: later)

    assert not cached(client.get(page.url))


def test_an_if_none_match_with_the_etag_gets_a_304_without_queries(
    client, page, django_assert_num_queries
):
    etag = client.get(page.url)["ETag"]

    with django_assert_num_queries(0):
        response = client.get(page.url, headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert response["Cache-Control"] == "public, max-age=60"


def test_an_etag_matches_weakly_and_in_a_list(client, page):
    etag = client.get(page.url)["ETag"]

    response = client.get(page.url, headers={"if-none-match": f'"other", W/{etag}'})

    assert response.status_code == 304


def test_a_stale_etag_gets_the_whole_page(client, page):
    etag = client.get(page.url)["ETag"]
    page.title = "Notre histoire, nouvelle version"
    page.save_revision().publish()
    after_the_stale_copy(client, page.url)

    response = client.get(page.url, headers={"if-none-match": etag})

    assert response.status_code == 200
    assert response["ETag"] != etag


def test_a_browser_that_accepts_gzip_gets_the_page_compressed(client, page):
    plain = client.get(page.url)
    compressed = client.get(page.url, headers={"accept-encoding": "gzip, deflate, br"})

    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    assert compressed["ETag"] != plain["ETag"]
    assert "Accept-Encoding" in compressed["Vary"]


def test_the_order_of_query_parameters_does_not_matter(client, program_index):
    client.get(f"{program_index.url}?status=ongoing&kind=clinical-trial")

    assert cached(client.get(f"{program_index.url}?kind=clinical-trial&status=ongoing"))


def test_each_query_string_is_a_page_of_its_own(client, program_index):
    client.get(f"{program_index.url}?status=ongoing")

    assert not cached(client.get(f"{program_index.url}?status=completed"))
    assert not cached(client.get(f"{program_index.url}?status=ongoing&page=1"))


def test_campaign_tags_share_the_stored_page_of_the_address_without_them(client, program_index):
    plain = client.get(f"{program_index.url}?status=ongoing")

    for tags in (
        "utm_source=lettre&utm_medium=email&utm_campaign=decembre",
        "fbclid=IwAR0x&utm_content=bouton",
        "gclid=Cj0KCQ&mc_cid=5f1e&mc_eid=a9",
    ):
        tagged = client.get(f"{program_index.url}?{tags}&status=ongoing")
        assert cached(tagged), tags
        assert tagged.content == plain.content


def test_a_campaign_tagged_address_is_rendered_without_its_tags(client, program_index):
    first = client.get(f"{program_index.url}?status=ongoing&utm_source=lettre&fbclid=IwAR0x")

    assert not cached(first)
    body = first.content.decode()
    assert "utm_source" not in body
    assert "fbclid" not in body
    # The filter the address asks for is still applied.
    assert 'value="ongoing" selected' in body
    assert cached(client.get(f"{program_index.url}?status=ongoing"))


def test_a_private_page_is_never_stored(client, client_for, editor, home_page):
    private = StandardPageFactory(parent=home_page, title="Conseil d'administration")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    editor_client = client_for(editor)
    shown = editor_client.get(private.url)
    assert shown.status_code == 200
    assert "private" in shown["Cache-Control"]
    client.logout()

    for _ in range(2):
        response = client.get(private.url)
        assert response.status_code == 302
        assert not cached(response)


def test_a_page_made_private_is_no_longer_served_from_the_cache(client, page):
    warm(client, page.url)

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(page.url).status_code == 302


def test_the_admin_is_never_stored(client):
    client.get("/admin/login/")

    assert not cached(client.get("/admin/login/"))


def test_a_visitor_with_a_message_waiting_is_not_served_a_stored_page(client, page):
    warm(client, page.url)
    client.cookies["messages"] = "pending"

    assert not cached(client.get(page.url))


def serve_through_cache(response, path="/fr/notre-histoire/"):
    middleware = AnonymousPageCacheMiddleware(lambda request: response)
    middleware(RequestFactory().get(path))
    return middleware(RequestFactory().get(path))


def html(**headers):
    response = HttpResponse("<p>Bonjour</p>")
    for name, value in headers.items():
        response[name] = value
    return response


def test_a_response_that_sets_a_cookie_is_not_stored():
    response = html()
    response.set_cookie("csrftoken", "secret")

    assert not cached(serve_through_cache(response))


@pytest.mark.parametrize(
    "cache_control", ["private", "no-store", "no-cache", "max-age=0, no-cache, no-store, private"]
)
def test_a_response_marked_private_is_not_stored(cache_control):
    assert not cached(serve_through_cache(html(**{"Cache-Control": cache_control})))


def test_a_response_that_varies_on_the_language_is_not_stored():
    assert not cached(serve_through_cache(html(Vary="Accept-Language, Cookie")))


def test_a_response_that_varies_on_cookies_is_stored_for_visitors_without_a_session():
    assert cached(serve_through_cache(html(Vary="Cookie")))


def test_form_pages_are_kept_private():
    class ContactFormPage(FormMixin):
        pass

    serve = keep_form_pages_private(lambda page, request, args, kwargs: html())
    # Without its model fields: only its kind matters here.
    form_page = ContactFormPage.__new__(ContactFormPage)
    response = serve(form_page, RequestFactory().get("/"), (), {})

    assert set(response["Cache-Control"].split(", ")) == {"private", "no-cache"}


@pytest.fixture
def redis_down(settings):
    """The cache's Redis is a closed port."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "charity.caching.backend.FailSafeRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
    }
    cache_backend._unavailable_until.clear()
    yield
    cache_backend._unavailable_until.clear()


@pytest.fixture
def connection_attempts(monkeypatch):
    attempts = []
    connect = redis.connection.AbstractConnection.connect

    def counting_connect(self, *args, **kwargs):
        attempts.append(self)
        return connect(self, *args, **kwargs)

    monkeypatch.setattr(redis.connection.AbstractConnection, "connect", counting_connect)
    return attempts


def test_pages_are_served_when_the_cache_is_down(client, page, redis_down, connection_attempts):
    first = client.get(page.url)
    assert first.status_code == 200
    assert "Notre histoire" in first.content.decode()
    assert connection_attempts

    # Once it has failed, the cache is left alone for a while: no time-out on every call.
    connection_attempts.clear()
    second = client.get(page.url)
    assert second.status_code == 200
    assert connection_attempts == []


def test_a_publish_while_the_cache_is_down_does_not_fail(page, redis_down):
    page.body = [("paragraph", rich_text("<p>Une nouvelle étape.</p>"))]

    page.save_revision().publish()

    page.refresh_from_db()
    assert page.live


def purge_from_another_server(redis_url):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "charity.settings",
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": "charity-test",
        "SECRET_KEY": "test-only",
    }
    script = (
        "import django; django.setup();"
        " from charity.caching.generation import purge_all; purge_all()"
    )
    subprocess.run([sys.executable, "-c", script], env=environment, check=True)


def test_a_purge_on_another_server_is_seen_on_the_next_request(client, page, shared_redis):
    warm(client, page.url)
    wait_until(lambda: generation.watcher.listening)
    heard = generation.watcher.heard

    purge_from_another_server(shared_redis)
    wait_until(lambda: generation.watcher.heard > heard)

    assert not cached(client.get(page.url))


def test_a_stored_page_is_served_without_asking_redis(client, page, shared_redis, monkeypatch):
    warm(client, page.url)
    wait_until(lambda: generation.watcher.listening)
    client.get(page.url)
    commands = []
    execute = redis.Redis.execute_command

    def counting_execute(self, *args, **kwargs):
        commands.append(args[0])
        return execute(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "execute_command", counting_execute)

    assert cached(client.get(page.url))
    assert commands == []


def test_an_announcement_not_yet_read_by_the_listener_means_asking_redis():
    listener = generation.GenerationWatcher()
    channel, redis_side = socket.socketpair()
    listener.pid = os.getpid()
    listener._subscribed(channel)
    listener.keep(41, listener.heard)
    assert listener.known()[0] == 41

    redis_side.sendall(b">3\r\n$7\r\nmessage\r\n")

    assert listener.known()[0] is None
    channel.close()
    redis_side.close()


purged_from_the_cdn = []


class RecordingCDN(BaseBackend):
    def purge(self, url):
        purged_from_the_cdn.append(url)


def test_a_publish_purges_the_page_and_the_pages_that_list_it_from_the_cdn(
    settings, program_index, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "tests.charity.caching.test_page_cache.RecordingCDN"}
    }
    purged_from_the_cdn.clear()
    program = ProgramPageFactory(title="Programme BIOMEDE", acronym="BIOMEDE", live=False)

    with django_capture_on_commit_callbacks(execute=True):
        program.save_revision().publish()

    paths = {urlsplit(url).path for url in purged_from_the_cdn}
    assert {"/fr/nos-programmes/programme-biomede/", "/fr/nos-programmes/", "/fr/"} <= paths
