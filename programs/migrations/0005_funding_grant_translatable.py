"""Grants become translatable (their note is text): each gets a translation key and its
program's locale. A translated program's grants are copies of the source's, in the same
order: they take the key of the source grant at the same position."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def key_and_locale_every_grant(apps, schema_editor):
    FundingGrant = apps.get_model("programs", "FundingGrant")
    ProgramPage = apps.get_model("programs", "ProgramPage")
    keys_by_program = {}
    programs = ProgramPage.objects.order_by("translation_key", "pk").only(
        "pk", "translation_key", "locale_id"
    )
    for program in programs:
        grants = list(FundingGrant.objects.filter(program_id=program.pk).order_by("sort_order"))
        # The first program of a translation key holds the keys its translations reuse.
        keys = keys_by_program.setdefault(program.translation_key, [uuid.uuid4() for _ in grants])
        for position, grant in enumerate(grants):
            if position >= len(keys):
                keys.append(uuid.uuid4())
            grant.translation_key = keys[position]
            grant.locale_id = program.locale_id
            grant.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0004_alter_programpage_start_year"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="fundinggrant",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="fundinggrant",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(key_and_locale_every_grant, migrations.RunPython.noop),
    ]
