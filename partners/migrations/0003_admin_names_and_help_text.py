"""Admin wording: the page types' names in the plural, and help texts that say where each
field shows on the site. The tables do not change."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0002_block_help_text"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="partnerindexpage",
            options={
                "verbose_name": "partner index page",
                "verbose_name_plural": "partner index pages",
            },
        ),
        migrations.AlterModelOptions(
            name="partnerpage",
            options={"verbose_name": "partner", "verbose_name_plural": "partners"},
        ),
        migrations.AlterField(
            model_name="partnerpage",
            name="logo",
            field=models.ForeignKey(
                blank=True,
                help_text="The partner's logo, shown on its page, on its card and in the home page's partners strip.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
                verbose_name="logo",
            ),
        ),
        migrations.AlterField(
            model_name="partnerpage",
            name="short_name",
            field=models.CharField(
                blank=True,
                help_text='The acronym, e.g. "AP-HP" or "INSERM": shown after the name in the heading and for the partner in funding tables.',
                max_length=40,
                verbose_name="short name",
            ),
        ),
        migrations.AlterField(
            model_name="partnerpage",
            name="summary",
            field=models.CharField(
                blank=True,
                help_text="One sentence, shown under the heading and on its card.",
                max_length=300,
                verbose_name="summary",
            ),
        ),
    ]
