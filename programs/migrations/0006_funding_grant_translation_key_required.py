"""Every grant has its translation key and locale now (0005): both become required, and
unique together as for any translatable model. Apart from 0005, since PostgreSQL does not
alter a table whose rows changed earlier in the same transaction."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0005_funding_grant_translatable"),
    ]

    operations = [
        migrations.AlterField(
            model_name="fundinggrant",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="fundinggrant",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="fundinggrant",
            unique_together={("translation_key", "locale")},
        ),
    ]
