"""Admin wording: the page types' names in the plural, and help texts that say where each
field shows on the site. The tables do not change."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("charity", "0010_page_url_path_index"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="donatepage",
            options={"verbose_name": "donate page", "verbose_name_plural": "donate pages"},
        ),
        migrations.AlterModelOptions(
            name="eventindexpage",
            options={
                "verbose_name": "event index page",
                "verbose_name_plural": "event index pages",
            },
        ),
        migrations.AlterModelOptions(
            name="eventpage",
            options={"verbose_name": "event", "verbose_name_plural": "events"},
        ),
        migrations.AlterModelOptions(
            name="homepage",
            options={"verbose_name": "home page", "verbose_name_plural": "home pages"},
        ),
        migrations.AlterModelOptions(
            name="standardpage",
            options={"verbose_name": "standard page", "verbose_name_plural": "standard pages"},
        ),
        migrations.AlterField(
            model_name="eventpage",
            name="edition",
            field=models.CharField(
                blank=True,
                help_text='For recurring events, e.g. "10th edition": shown after the kind, above the title.',
                max_length=100,
                verbose_name="edition",
            ),
        ),
        migrations.AlterField(
            model_name="eventpage",
            name="summary",
            field=models.TextField(
                blank=True,
                help_text="One or two sentences, shown under the heading and on its card.",
                verbose_name="summary",
            ),
        ),
    ]
