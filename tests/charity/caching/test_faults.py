"""Pages under faults: a database that is down, a cache that is down or hangs."""

import contextlib
import socket
import threading
import time

from django.db import InterfaceError, OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client

import pytest

from charity.caching import backend as cache_backend
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor(settings):
    settings.DEBUG = False
    return Client(raise_request_exception=False)


@pytest.fixture
def page(home_page):
    return StandardPageFactory(parent=home_page, title="Notre histoire", intro="Depuis 2011.")


@contextlib.contextmanager
def database_down(error=OperationalError):
    """Every query fails as it does when PostgreSQL is stopped or restarting."""

    def refuse(self, *args, **kwargs):
        raise error("connection to server at 127.0.0.1, port 5432 failed: Connection refused")

    cursor = BaseDatabaseWrapper.cursor
    BaseDatabaseWrapper.cursor = refuse
    try:
        yield
    finally:
        BaseDatabaseWrapper.cursor = cursor


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_visitors_get_a_friendly_503_while_the_database_is_down(visitor, page, error):
    url = page.url
    with database_down(error):
        response = visitor.get(url)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "Le site est momentanément indisponible" in html
    assert "The site is temporarily unavailable" in html
    assert "Connection refused" not in html
    assert "Traceback" not in html
    assert response["Content-Security-Policy"].startswith("default-src 'self'")


def test_the_page_cache_neither_keeps_nor_breaks_the_503(visitor, page, settings):
    settings.PAGE_CACHE = True
    url = page.url

    with database_down():
        down = visitor.get(url)
    back = visitor.get(url)

    assert down.status_code == 503
    assert back.status_code == 200
    assert back["X-Page-Cache"] == "miss"
    assert "Notre histoire" in back.content.decode()


@pytest.fixture
def hung_server():
    """A TCP server that accepts connections and never answers, like a Redis that hangs."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    stop = threading.Event()
    accepted = []

    def accept():
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                accepted.append(listener.accept()[0])

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


@pytest.fixture
def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(params=["closed_port", "hung_server"])
def broken_redis(request, settings):
    """The cache settings made from REDIS_URL, pointing at a Redis that fails."""
    port = request.getfixturevalue(request.param)
    settings.PAGE_CACHE = True
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "charity.caching.backend.FailSafeRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": "charity",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
    }
    cache_backend._unavailable_until.clear()
    yield
    cache_backend._unavailable_until.clear()


def timed_get(client, url):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


def test_pages_answer_within_two_seconds_when_redis_is_down_or_hangs(visitor, page, broken_redis):
    first, first_seconds = timed_get(visitor, page.url)
    second, second_seconds = timed_get(visitor, page.url)

    assert first.status_code == 200
    assert "Notre histoire" in first.content.decode()
    assert first_seconds < 2
    # The failed cache is left alone for a while: no second time-out.
    assert second.status_code == 200
    assert second_seconds < 0.5
