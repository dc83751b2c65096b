"""How often visitors searched for what, per day and language, for the staff's report.

A search costs no database write: it is counted in the cache, in a bucket per hour,
and `manage.py flush_search_statistics` (run by cron) adds each closed hour's counts
to these rows. The hour still open is left alone, so no count is read while it grows;
counts the cache loses before a flush (a Redis restart) are lost, which a report
of tendencies can afford.
"""

import datetime
import hashlib
import time

from django.core.cache import cache
from django.db import models, transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from charity.caching.generation import safely

BUCKET_SECONDS = 3600
# Buckets older than this are no longer looked for (and long expired from the cache).
KEPT_BUCKETS = 48
PREFIX = "search-statistics"


class SearchStatistic(models.Model):
    day = models.DateField(_("day"))
    language_code = models.CharField(_("language"), max_length=8)
    query = models.CharField(_("search"), max_length=200)
    found_nothing = models.BooleanField(_("found nothing"), default=False)
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("search statistic")
        verbose_name_plural = _("search statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language_code", "query"], name="charity_searchstatistic_unique"
            )
        ]

    def __str__(self):
        return self.query


def normalise(query):
    return " ".join(query.casefold().split())[:200]


def _bucket(now=None):
    return int((now or time.time()) // BUCKET_SECONDS)


def count_search(language_code, query, found_nothing, now=None):
    """One search, counted in the cache: two cache calls, three more for a query new
    in this hour."""
    query = normalise(query)
    if not query:
        return
    bucket = _bucket(now)
    digest = hashlib.sha256(f"{language_code}:{query}".encode()).hexdigest()[:32]
    counter = f"{PREFIX}:{bucket}:count:{digest}"
    timeout = KEPT_BUCKETS * BUCKET_SECONDS
    if safely(False, cache.add, counter, 0, timeout):
        slot = safely(None, _register, bucket, timeout)
        if slot is not None:
            safely(
                None,
                cache.set,
                f"{PREFIX}:{bucket}:slot:{slot}",
                (language_code, query, found_nothing, counter),
                timeout,
            )
    safely(None, cache.incr, counter)


def _register(bucket, timeout):
    key = f"{PREFIX}:{bucket}:slots"
    cache.add(key, 0, timeout)
    return cache.incr(key)


def flush(now=None):
    """Add the closed hours' counts to the database; the number of searches added."""
    current = _bucket(now)
    added = 0
    for bucket in range(current - KEPT_BUCKETS, current):
        slots = cache.get(f"{PREFIX}:{bucket}:slots")
        if not slots:
            continue
        entries = cache.get_many([f"{PREFIX}:{bucket}:slot:{n}" for n in range(1, slots + 1)])
        counts = cache.get_many([entry[3] for entry in entries.values()])
        day = datetime.datetime.fromtimestamp(bucket * BUCKET_SECONDS, datetime.UTC).date()
        with transaction.atomic():
            for language_code, query, found_nothing, counter in entries.values():
                hits = counts.get(counter, 0)
                if not hits:
                    continue
                row, _created = SearchStatistic.objects.get_or_create(
                    day=day,
                    language_code=language_code,
                    query=query,
                    defaults={"found_nothing": found_nothing},
                )
                SearchStatistic.objects.filter(pk=row.pk).update(
                    hits=F("hits") + hits, found_nothing=found_nothing
                )
                added += hits
        cache.delete_many([f"{PREFIX}:{bucket}:slots", *entries, *counts])
    return added
