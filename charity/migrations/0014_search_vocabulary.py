"""The site's vocabulary for correcting misspelt searches (a trigram index on PostgreSQL),
and the daily counts of visitors' searches.

pg_trgm is trusted since PostgreSQL 13, so the database owner can create it; where it
cannot be created, searches are corrected without it (difflib over the vocabulary),
as on other databases. `manage.py rebuild_search_vocabulary` fills the table from the
pages already published.
"""

import django.db.models.deletion
from django.db import DatabaseError, migrations, models, transaction

INDEX = "charity_searchterm_word_trgm"


def create_trigram_index(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        try:
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except DatabaseError:
            return
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON charity_searchterm "
            "USING gin (word gin_trgm_ops)"
        )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("charity", "0013_contact_page_legal_pages"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("language_code", models.CharField(max_length=8, verbose_name="language")),
                ("word", models.CharField(max_length=100, verbose_name="word, folded")),
                ("spelling", models.CharField(max_length=100, verbose_name="word as written")),
                (
                    "page",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        to="wagtailcore.page",
                        verbose_name="page",
                    ),
                ),
            ],
            options={
                "verbose_name": "search term",
                "verbose_name_plural": "search terms",
                "indexes": [
                    models.Index(
                        fields=["language_code", "word"], name="charity_searchterm_lang_word"
                    )
                ],
            },
        ),
        migrations.RunPython(create_trigram_index, drop_trigram_index, elidable=False),
        migrations.CreateModel(
            name="SearchStatistic",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("day", models.DateField(verbose_name="day")),
                ("language_code", models.CharField(max_length=8, verbose_name="language")),
                ("query", models.CharField(max_length=200, verbose_name="search")),
                (
                    "found_nothing",
                    models.BooleanField(default=False, verbose_name="found nothing"),
                ),
                ("hits", models.PositiveIntegerField(default=0, verbose_name="searches")),
            ],
            options={
                "verbose_name": "search statistic",
                "verbose_name_plural": "search statistics",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("day", "language_code", "query"),
                        name="charity_searchstatistic_unique",
                    )
                ],
            },
        ),
    ]
