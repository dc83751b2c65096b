"""Moderators and Administrators see, edit and delete newsletter subscribers; Editors do
not: the listing holds people's addresses. Nobody is given "add": subscribers come from
the sign-up form. Reverses by taking the permissions away; running it twice changes
nothing.
"""

from django.db import migrations

GROUPS = ["Moderators", "Administrators"]
CODENAMES = {
    "view_subscriber": "Can view subscriber",
    "change_subscriber": "Can change subscriber",
    "delete_subscriber": "Can delete subscriber",
}


def subscriber_permissions(apps):
    """Created here if the post_migrate signal has not made them yet."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="newsletter", model="subscriber")
    return [
        Permission.objects.get_or_create(
            content_type_id=content_type.pk, codename=codename, defaults={"name": name}
        )[0].pk
        for codename, name in CODENAMES.items()
    ]


def grant_subscriber_permissions(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    permissions = subscriber_permissions(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke_subscriber_permissions(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    permissions = subscriber_permissions(apps)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0001_initial"),
        ("charity", "0005_editorial_roles_and_moderation"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant_subscriber_permissions, revoke_subscriber_permissions)]
