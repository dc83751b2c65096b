"""An index on Wagtail's page URL paths: the home page finds the page a request
leads to by its URL path, in one query (charity.models.home.HomePage.route)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("charity", "0009_alter_eventpage_is_free_alter_eventpage_language"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS charity_page_url_path ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS charity_page_url_path",
        ),
    ]
