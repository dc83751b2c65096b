"""The stale-page renderer: a process of its own that renders stale pages again, most
visited first, so that the processes serving visitors never spend their time on it.

After a change every page stored before it is stale. The page cache serves the stale
copy and, when a renderer is running, asks it for a fresh one: the page's address goes
into a Redis sorted set scored by how often it was asked for since the change, and the
renderer takes the most asked-for first, one at a time, at a lower CPU priority than
the web workers. Rendering there costs the visitors nothing but the leftover CPU; done
in the web workers, a publish on a site of a thousand addresses kept both of them busy
for most of a minute and visitors queued behind those renders.

Without a renderer (no Redis, or the process not started), the page cache renders a
stale page again in the web worker after its answer has been sent, as before.
``manage.py render_stale_pages`` runs one; ``make serve`` starts it beside gunicorn.
"""

import contextlib
import io
import json
import logging
import os
import time

from django.conf import settings
from django.core.cache import cache

from charity.caching.generation import redis_client_of_default_cache, safely

logger = logging.getLogger(__name__)

QUEUE_KEY = "page-cache:stale-addresses"
ALIVE_KEY = "page-cache:renderer-alive"
# The renderer says it is alive this often, and is taken for gone after twice as long.
HEARTBEAT_SECONDS = 5
# How long the renderer waits when nothing is stale (the cache's socket time-out is
# shorter than a blocking pop would need).
IDLE_SECONDS = 0.2
# The environ key the renderer's requests carry: a WSGI server never sets it from a
# request, so a visitor cannot ask for a render this way.
RENDER_REQUEST = "charity.render_stale_page"
NICENESS = 10


def running():
    """A renderer has said it is alive within the last two heartbeats."""
    return redis_client_of_default_cache() is not None and bool(safely(None, cache.get, ALIVE_KEY))


def ask_for(request):
    """Count one more visitor of ``request``'s address while its copy is stale."""
    parts = [request.scheme, request.get_host(), request.path_info]
    address = json.dumps([*parts, request.META.get("QUERY_STRING", "")], separators=(",", ":"))
    safely(None, redis_client_of_default_cache().zincrby, cache.make_key(QUEUE_KEY), 1, address)


def is_render_request(request):
    return bool(request.META.get(RENDER_REQUEST))


def _environ(address):
    scheme, host, path_info, query = json.loads(address)
    environ = {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path_info.encode().decode("iso-8859-1"),
        "QUERY_STRING": query,
        "HTTP_HOST": host,
        "SERVER_NAME": host.rsplit(":", 1)[0] or "localhost",
        "SERVER_PORT": "443" if scheme == "https" else "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": scheme,
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        RENDER_REQUEST: True,
    }
    if settings.SECURE_PROXY_SSL_HEADER:
        header, value = settings.SECURE_PROXY_SSL_HEADER
        if scheme == "https":
            environ[header] = value
    return environ


class StalePageRenderer:
    """Takes the most asked-for stale address and renders it through the whole site."""

    def __init__(self, application):
        self.application = application
        self.beaten_at = 0.0

    def heartbeat(self):
        if time.monotonic() - self.beaten_at >= HEARTBEAT_SECONDS:
            safely(None, cache.set, ALIVE_KEY, os.getpid(), 2 * HEARTBEAT_SECONDS)
            self.beaten_at = time.monotonic()

    def stop(self):
        safely(None, cache.delete, ALIVE_KEY)

    def render_next(self):
        """Render the most asked-for stale address; False when none is waiting."""
        self.heartbeat()
        popped = safely(None, redis_client_of_default_cache().zpopmax, cache.make_key(QUEUE_KEY))
        if not popped:
            return False
        address = popped[0][0]
        self.render(address.decode() if isinstance(address, bytes) else address)
        return True

    def render(self, address):
        try:
            response = self.application(_environ(address), lambda *args: None)
            try:
                for _ in response:
                    pass
            finally:
                response.close()
        except Exception:
            logger.exception("A stale page could not be rendered again: %s", address)

    def run_forever(self):
        with contextlib.suppress(OSError):
            os.nice(NICENESS)
        try:
            while True:
                if not self.render_next():
                    time.sleep(IDLE_SECONDS)
        finally:
            self.stop()
