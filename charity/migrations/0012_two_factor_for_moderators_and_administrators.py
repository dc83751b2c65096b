"""Moderators and Administrators must sign in with a second factor.

wagtail-2fa requires it of whoever holds the permission ``wagtailadmin.enable_2fa``
(created by its own first migration); this gives it to the two groups, and reverses by
taking it away from them. Running it twice changes nothing.
"""

from django.db import migrations

GROUPS = ["Moderators", "Administrators"]


def two_factor_permission(apps):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    permission, _ = Permission.objects.get_or_create(
        content_type_id=content_type.pk, codename="enable_2fa", defaults={"name": "Enable 2FA"}
    )
    return permission


def require_two_factor(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    permission = two_factor_permission(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission.pk)


def stop_requiring_two_factor(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    permission = two_factor_permission(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(permission.pk)


class Migration(migrations.Migration):
    dependencies = [
        ("charity", "0011_admin_names_and_help_text"),
        ("wagtail_2fa", "0001_initial"),
    ]

    operations = [migrations.RunPython(require_two_factor, stop_requiring_two_factor)]
