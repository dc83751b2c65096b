"""Wagtail's database search backend, with one PostgreSQL text search configuration per language.

Wagtail's PostgreSQL backend indexes and queries every object with the single
SEARCH_CONFIG it is given. Here each object is indexed with the configuration
of its own locale (French stemming for French pages, English for English ones,
accents folded in both: configurations created by a charity migration), and a
query uses the configuration of the active language, which is the language of
the pages the site search is filtered to. SQLite and other databases keep
Wagtail's database backend unchanged.
"""

from collections import defaultdict
from functools import cache

from django.db import connection
from django.utils.translation import get_language

from wagtail.models import Locale, TranslatableMixin
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

TEXT_SEARCH_CONFIGS = {"fr": "french_unaccent", "en": "english_unaccent"}
# Images, documents and other objects without a language: no stemming at all.
FALLBACK_TEXT_SEARCH_CONFIG = "simple"


def text_search_config(language_code):
    return TEXT_SEARCH_CONFIGS.get((language_code or "").split("-")[0], FALLBACK_TEXT_SEARCH_CONFIG)


def SearchBackend(params):  # noqa: N802 - Wagtail looks backends up by this name
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    return DatabaseSearchBackend(params)


@cache
def _postgres_backend_class():
    from wagtail.search.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    class PerLanguagePostgresIndex(PostgresIndex):
        def add_items(self, model, objs):
            languages = dict(Locale.objects.values_list("pk", "language_code"))
            by_config = defaultdict(list)
            for obj in objs:
                language_code = languages.get(getattr(obj, "locale_id", None))
                by_config[text_search_config(language_code)].append(obj)
            default_config = self.backend.config
            try:
                for config, group in by_config.items():
                    # Wagtail's indexer reads the configuration from the backend.
                    self.backend.config = config
                    super().add_items(model, group)
            finally:
                self.backend.config = default_config

    class PerLanguageQueryCompiler(PostgresSearchQueryCompiler):
        def get_config(self, backend):
            if issubclass(self.queryset.model, TranslatableMixin):
                return text_search_config(get_language())
            return FALLBACK_TEXT_SEARCH_CONFIG

    class PerLanguagePostgresSearchBackend(PostgresSearchBackend):
        index_class = PerLanguagePostgresIndex
        query_compiler_class = PerLanguageQueryCompiler

    return PerLanguagePostgresSearchBackend
