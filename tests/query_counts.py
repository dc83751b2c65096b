"""Counting the queries a page costs, to show they do not grow with its content.

Their tests compare a page with a few items and with a few dozen: more than a page lists
at once (12 programs, 30 events), which is all a count growing with the content needs
to show; more would only take longer to build.
"""

import re
from collections import Counter

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings


def render_queries(client, url, params=None, between=None):
    """The SQL run to render ``url`` once its image renditions exist (and once
    ``between()`` has run, when given).

    Renditions are looked up in the database, not in a cache, as after a deployment or
    an eviction: a page that only stays fast while the cache holds every rendition
    is not counted as fast.
    """
    caches = {
        **settings.CACHES,
        "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    with override_settings(CACHES=caches):
        assert client.get(url, params).status_code == 200
        if between is not None:
            between()
        with CaptureQueriesContext(connection) as context:
            response = client.get(url, params)
    assert response.status_code == 200
    # Equal counts prove nothing when a cache answered both requests.
    assert context.captured_queries, f"{url} was answered without a query: from a cache?"
    return [query["sql"] for query in context.captured_queries]


def _shape(sql):
    """The query with its numbers, strings and lists of ids left out."""
    sql = re.sub(r"'[^']*'", "S", sql)
    sql = re.sub(r"\b\d+\b", "N", sql)
    return re.sub(r"\((?:[NS], )*[NS]\)", "(…)", sql)


def assert_same_query_count(few, many):
    """Fail with the queries that repeat more often when the page has more content."""
    if len(few) == len(many):
        return
    grown = Counter(map(_shape, many)) - Counter(map(_shape, few))
    details = "\n\n".join(f"{count} more × {sql}" for sql, count in grown.items())
    raise AssertionError(f"{len(few)} queries with few items, {len(many)} with many:\n\n{details}")
