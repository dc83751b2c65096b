"""A page as the page cache keeps it: its headers, its body (also gzipped) and their ETags,
the Wagtail page it shows, and the few pages each process keeps at hand."""

import gzip
import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings

from wagtail.models import Page

# Headers the page cache sets itself on every answer.
OWN_HEADERS = {"cache-control", "etag", "content-length", "content-encoding", "expires"}
# Text responses smaller than this gain nothing from compression.
MIN_GZIP_BYTES = 1024


@dataclass(frozen=True)
class StoredPage:
    headers: tuple
    body: bytes
    etag: str
    gzipped_body: bytes | None
    gzipped_etag: str | None
    stored_at: float
    # The generation the page was rendered in: a later one makes it stale.
    generation: int | None = None
    # The Wagtail page it shows, for the user bar signed-in staff get on it.
    page_id: int | None = None

    @classmethod
    def from_response(cls, response, generation=None):
        body = response.content
        headers = tuple(
            (name, value)
            for name, value in response.headers.items()
            if name.lower() not in OWN_HEADERS
        )
        gzipped = None
        content_type = response.get("Content-Type", "")
        if len(body) >= MIN_GZIP_BYTES and content_type.startswith(("text/", "application/xml")):
            gzipped = gzip.compress(body, compresslevel=6, mtime=0)
        return cls(
            headers=headers,
            body=body,
            etag=_etag(body),
            gzipped_body=gzipped,
            gzipped_etag=_etag(gzipped) if gzipped else None,
            stored_at=time.time(),
            generation=generation,
            page_id=_page_id(response),
        )


def _page_id(response):
    """The page a Wagtail page's template was given, when the response is one."""
    page = (getattr(response, "context_data", None) or {}).get("page")
    return page.pk if isinstance(page, Page) else None


def _etag(body):
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


class RecentPages:
    """The pages this process stored or fetched last, by cache key.

    A hit then does not move and unpickle the whole page from the shared
    cache. Each copy names its generation, so a purge anywhere makes it stale
    (the shared cache then decides what is served); each copy expires when the
    shared one does.
    """

    def __init__(self, size):
        self.size = size
        self.pages = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            found = self.pages.get(key)
            if found is None:
                return None
            expires, stored = found
            if time.time() >= expires:
                del self.pages[key]
                return None
            self.pages.move_to_end(key)
            return stored

    def drop(self, key):
        with self.lock:
            self.pages.pop(key, None)

    def put(self, key, stored):
        with self.lock:
            self.pages[key] = (stored.stored_at + settings.PAGE_CACHE_TIMEOUT, stored)
            self.pages.move_to_end(key)
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)
