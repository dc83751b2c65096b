"""Admin wording: the page types' names in the plural, and help texts that say where each
field shows on the site. The tables do not change."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("diseases", "0002_block_help_text"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="diseaseindexpage",
            options={
                "verbose_name": "disease index page",
                "verbose_name_plural": "disease index pages",
            },
        ),
        migrations.AlterModelOptions(
            name="diseasepage",
            options={"verbose_name": "disease", "verbose_name_plural": "diseases"},
        ),
        migrations.AlterField(
            model_name="diseasepage",
            name="other_names",
            field=models.CharField(
                blank=True,
                help_text='Other names and abbreviations, separated by commas, e.g. "Wilms\' tumour": shown under the heading and on its card.',
                max_length=255,
                verbose_name="other names",
            ),
        ),
    ]
