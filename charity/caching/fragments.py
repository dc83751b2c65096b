"""The cache behind Wagtail's ``{% wagtailcache %}``: template fragments kept until the next change.

Django's ``{% cache %}`` tag, which ``{% wagtailcache %}`` extends (skipping previews), reads
and writes the ``template_fragments`` cache when settings define one. This is that
cache: a view of the default cache where each fragment is filed under the current
generation (charity.caching.generation) and the active language, so that any change to
the site's content forgets every fragment, and a French fragment never answers an
English page. Fragments live PAGE_CACHE_TIMEOUT seconds at most, whatever timeout the
template gives (``None`` reads best). With FRAGMENT_CACHE off, or when the generation
cannot be read, nothing is kept.
"""

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.utils.translation import get_language

from charity.caching.generation import current_generation, purge_all, safely


class GenerationFragmentCache(BaseCache):
    def __init__(self, location, params):
        super().__init__(params)

    def _filed_key(self, key):
        generation = current_generation() if settings.FRAGMENT_CACHE else None
        if generation is None:
            return None
        return f"page-cache:{generation}:fragment:{get_language()}:{key}"

    def get(self, key, default=None, version=None):
        filed = self._filed_key(key)
        if filed is None:
            return default
        return safely(default, cache.get, filed, default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        filed = self._filed_key(key)
        if filed is not None:
            safely(None, cache.set, filed, value, settings.PAGE_CACHE_TIMEOUT)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        filed = self._filed_key(key)
        if filed is None:
            return False
        return safely(False, cache.add, filed, value, settings.PAGE_CACHE_TIMEOUT)

    def delete(self, key, version=None):
        filed = self._filed_key(key)
        return filed is not None and safely(False, cache.delete, filed)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return False

    def clear(self):
        purge_all()
