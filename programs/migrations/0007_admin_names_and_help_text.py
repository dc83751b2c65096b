"""Admin wording: the page types' names in the plural, and help texts that say where each
field shows on the site. The tables do not change."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0006_funding_grant_translation_key_required"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="fundingpage",
            options={"verbose_name": "funding page", "verbose_name_plural": "funding pages"},
        ),
        migrations.AlterModelOptions(
            name="programindexpage",
            options={
                "verbose_name": "program index page",
                "verbose_name_plural": "program index pages",
            },
        ),
        migrations.AlterModelOptions(
            name="programpage",
            options={"verbose_name": "program", "verbose_name_plural": "programs"},
        ),
        migrations.AlterField(
            model_name="programpage",
            name="acronym",
            field=models.CharField(
                help_text='The heading of the page and of its card: the short name everyone uses, e.g. "MICCHADO".',
                max_length=40,
                verbose_name="acronym",
            ),
        ),
        migrations.AlterField(
            model_name="programpage",
            name="full_title",
            field=models.CharField(
                blank=True,
                help_text="The program's full name, if it has one: shown under the acronym, on the page and on its card.",
                max_length=300,
                verbose_name="full title",
            ),
        ),
        migrations.AlterField(
            model_name="programpage",
            name="kind",
            field=models.CharField(
                choices=[
                    ("sequencing", "Genomic sequencing"),
                    ("precision-platform", "Precision-medicine trial platform"),
                    ("clinical-trial", "Clinical trial"),
                    ("translational", "Translational research"),
                    ("immunotherapy", "Immunotherapy / CAR T-cells"),
                    ("data", "Data and registry"),
                    ("call-for-projects", "Call for projects"),
                ],
                help_text="The kind of research, shown above the heading and on its card; visitors filter the programs by it.",
                max_length=20,
                verbose_name="kind",
            ),
        ),
        migrations.AlterField(
            model_name="programpage",
            name="summary",
            field=models.CharField(
                help_text="One sentence on what the program does, shown under the heading, on its card and in search results.",
                max_length=300,
                verbose_name="summary",
            ),
        ),
    ]
