"""PostgreSQL text search configurations for French and English, accent-insensitive.

charity.search_backend indexes each page with the configuration of its language:
"néphroblastomes" and "nephroblastome" then reduce to the same word. The unaccent
extension is trusted since PostgreSQL 13, so the database owner can create it;
where it cannot be created, the configurations still stem, without folding accents.
Nothing happens on other databases. After this migration, `manage.py update_index`
re-indexes existing content with the new configurations.
"""

from django.db import DatabaseError, migrations, transaction

CONFIGURATIONS = {"french_unaccent": "french", "english_unaccent": "english"}


def create_configurations(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        try:
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            has_unaccent = True
        except DatabaseError:
            has_unaccent = False
        for name, language in CONFIGURATIONS.items():
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
            cursor.execute(
                f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{language})"
            )
            if has_unaccent:
                cursor.execute(
                    f"ALTER TEXT SEARCH CONFIGURATION {name} "
                    f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {language}_stem"
                )


def drop_configurations(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for name in CONFIGURATIONS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("charity", "0005_editorial_roles_and_moderation")]

    operations = [migrations.RunPython(create_configurations, drop_configurations)]
