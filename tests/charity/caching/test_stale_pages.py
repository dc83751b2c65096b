"""After a change, visitors get the previous copy of a page while one request renders it
again; never for long, and never after a change that takes a page away from them."""

import time

from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction, Site

import pytest

from charity.caching import generation, renderer
from charity.models import SiteSettings
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings, db):
    settings.PAGE_CACHE = True
    settings.PAGE_CACHE_STALE_SECONDS = 30
    settings.PAGE_CACHE_MAX_AGE = 60
    # Created on the first page view otherwise, and that save purges the cache.
    SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def page(home_page):
    return StandardPageFactory(parent=home_page, title="Notre histoire", intro="Depuis 2011.")


class Answer:
    def __init__(self, response, body, queries):
        self.response, self.body, self.queries = response, body.decode(), queries

    @property
    def outcome(self):
        return self.response.get("X-Page-Cache")

    def close(self):
        """What the server does once the answer is sent: the queries it costs then."""
        with CaptureQueriesContext(connection) as after:
            self.response.close()
        return len(after.captured_queries)


@pytest.fixture
def server():
    """Django's WSGI application called as a WSGI server calls it: the answer is
    complete before ``close()``, which the server calls once the last byte is sent."""
    handler = WSGIHandler()
    # As in Django's test client: the test's transaction keeps its connection.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)

    def get(path):
        environ = RequestFactory().get(path).environ
        with CaptureQueriesContext(connection) as answering:
            response = handler(environ, lambda status, headers, exc_info=None: None)
            body = b"".join(response)
        return Answer(response, body, len(answering.captured_queries))

    yield get
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def visit(server, path):
    answer = server(path)
    answer.close()
    return answer


def publish_title(page, title):
    page.title = title
    page.save_revision().publish()


def test_after_a_publish_the_next_visitor_gets_the_previous_copy_without_a_render(
    server, page, shared_redis
):
    visit(server, page.url)
    assert visit(server, page.url).outcome == "hit"
    publish_title(page, "Notre histoire depuis 2011")

    first = server(page.url)
    assert first.response.status_code == 200
    assert first.outcome == "stale"
    assert first.queries == 0
    assert "Depuis 2011." in first.body
    assert "Notre histoire depuis 2011" not in first.body

    # Once its answer is sent, that request renders the page again.
    assert first.close() > 0
    fresh = visit(server, page.url)
    assert fresh.outcome == "hit"
    assert fresh.queries == 0
    assert "Notre histoire depuis 2011" in fresh.body


def test_only_one_request_renders_the_page_again(server, page, shared_redis):
    visit(server, page.url)
    publish_title(page, "Notre histoire depuis 2011")

    renderer = server(page.url)
    others = [server(page.url) for _ in range(3)]

    for other in others:
        assert other.outcome == "stale"
        assert other.queries == 0
        assert other.close() == 0
    assert renderer.outcome == "stale"
    assert renderer.close() > 0
    assert "Notre histoire depuis 2011" in visit(server, page.url).body


def test_a_stale_copy_is_kept_downstream_no_longer_than_a_fresh_one_would_be(
    server, page, monkeypatch
):
    visit(server, page.url)
    publish_title(page, "Notre histoire depuis 2011")
    ten_seconds_later = time.time() + 10
    monkeypatch.setattr(time, "time", lambda: ten_seconds_later)

    answer = visit(server, page.url)

    assert answer.outcome == "stale"
    max_age = int(answer.response["Cache-Control"].removeprefix("public, max-age="))
    assert 49 <= max_age <= 50


@pytest.mark.parametrize("stale_seconds", [30, 600])
def test_a_stale_copy_is_never_served_after_the_bound(
    server, page, settings, monkeypatch, stale_seconds
):
    settings.PAGE_CACHE_STALE_SECONDS = stale_seconds
    visit(server, page.url)
    publish_title(page, "Notre histoire depuis 2011")
    # Never longer than browsers may keep a page, whatever the setting says.
    bound = min(stale_seconds, settings.PAGE_CACHE_MAX_AGE)
    later = time.time() + bound + 1
    monkeypatch.setattr(time, "time", lambda: later)

    answer = visit(server, page.url)

    assert answer.outcome == "miss"
    assert "Notre histoire depuis 2011" in answer.body


def test_without_a_stale_bound_the_next_visitor_gets_the_fresh_page(server, page, settings):
    settings.PAGE_CACHE_STALE_SECONDS = 0
    visit(server, page.url)
    publish_title(page, "Notre histoire depuis 2011")

    answer = visit(server, page.url)

    assert answer.outcome == "miss"
    assert "Notre histoire depuis 2011" in answer.body


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def test_a_page_made_private_is_never_served_stale(server, page, shared_redis):
    visit(server, page.url)
    # A soft change first: its stale copies must not outlive the privacy change.
    publish_title(page, "Notre histoire depuis 2011")

    restrict(page)

    for _ in range(3):
        answer = visit(server, page.url)
        assert answer.response.status_code == 302
        assert "/login/" in answer.response["Location"]
        assert "Depuis 2011." not in answer.body


def test_a_page_under_a_section_made_private_is_never_served_stale(server, home_page, page):
    child = StandardPageFactory(parent=page, title="Les familles", intro="Leurs histoires.")
    visit(server, child.url)

    restrict(page)

    answer = visit(server, child.url)
    assert answer.response.status_code == 302
    assert "Leurs histoires." not in answer.body


def test_a_page_moved_under_a_private_section_is_never_served_stale(server, home_page, page):
    private = StandardPageFactory(parent=home_page, title="Conseil d'administration")
    restrict(private)
    visit(server, page.url)

    page.move(private, pos="last-child")

    old = visit(server, page.url)
    assert "Depuis 2011." not in old.body
    page.refresh_from_db()
    new = visit(server, page.url)
    assert new.response.status_code == 302
    assert "Depuis 2011." not in new.body


def test_an_unpublished_page_is_never_served_stale(server, page):
    visit(server, page.url)

    page.unpublish()

    assert visit(server, page.url).response.status_code == 404


def test_a_page_taken_offline_by_a_plain_save_is_never_served_stale(server, page):
    visit(server, page.url)

    page.live = False
    page.save()

    assert visit(server, page.url).response.status_code == 404


def test_a_deleted_page_is_never_served_stale(server, page):
    url = page.url
    visit(server, url)

    page.delete()

    assert visit(server, url).response.status_code == 404


def test_a_hard_change_starts_a_new_era_and_a_soft_one_does_not():
    before = generation.current_generation()
    generation.purge_all()
    soft = generation.current_generation()
    generation.purge_hard()
    hard = generation.current_generation()

    assert generation.same_era(before, soft)
    assert not generation.same_era(soft, hard)
    assert generation.changed_at(hard) == pytest.approx(time.time(), abs=5)


@pytest.fixture
def stale_renderer(shared_redis):
    """The stale-page renderer, as ``manage.py render_stale_pages`` runs it, alive."""
    stale_renderer = renderer.StalePageRenderer(WSGIHandler())
    stale_renderer.heartbeat()
    yield stale_renderer
    stale_renderer.stop()


def test_with_a_renderer_running_no_request_renders_a_stale_page(server, page, stale_renderer):
    visit(server, page.url)
    publish_title(page, "Notre histoire depuis 2011")

    answers = [server(page.url) for _ in range(3)]

    for answer in answers:
        assert answer.outcome == "stale"
        assert answer.queries == 0
        assert answer.close() == 0
    assert stale_renderer.render_next()
    assert not stale_renderer.render_next()
    fresh = visit(server, page.url)
    assert fresh.outcome == "hit"
    assert "Notre histoire depuis 2011" in fresh.body


def test_the_renderer_takes_the_most_visited_stale_page_first(
    server, home_page, page, stale_renderer
):
    other = StandardPageFactory(parent=home_page, title="Nos bénévoles", intro="Ils aident.")
    for url in (page.url, other.url):
        visit(server, url)
    publish_title(page, "Notre histoire depuis 2011")
    publish_title(other, "Nos bénévoles depuis 2011")
    visit(server, page.url)
    for _ in range(3):
        visit(server, other.url)

    stale_renderer.render_next()

    assert visit(server, other.url).outcome == "hit"
    assert visit(server, page.url).outcome == "stale"


def test_the_renderer_leaves_a_page_a_visitor_has_already_rendered_again(
    server, page, stale_renderer, settings
):
    visit(server, page.url)
    publish_title(page, "Notre histoire depuis 2011")
    visit(server, page.url)
    # Past the bound, the next visitor renders the page and stores it.
    settings.PAGE_CACHE_STALE_SECONDS = 0
    assert visit(server, page.url).outcome == "miss"

    with CaptureQueriesContext(connection) as rendering:
        assert stale_renderer.render_next()

    assert len(rendering.captured_queries) == 0


def test_a_visitor_cannot_ask_for_a_render_through_a_header(server, page, stale_renderer):
    visit(server, page.url)
    publish_title(page, "Notre histoire depuis 2011")
    environ = RequestFactory().get(page.url, HTTP_CHARITY_RENDER_STALE_PAGE="1").environ

    response = WSGIHandler()(environ, lambda *args: None)

    assert response["X-Page-Cache"] == "stale"
    response.close()
