"""Staff roles and the moderation workflow.

Editors write and submit for moderation, Moderators review and publish, Administrators
also run the site (settings, users, redirects, workflows). Page permissions sit on the
site roots, the French home page and its translations, so that nothing above them can be
edited by staff. Images and documents are governed by the root collection's permissions.

Wagtail's own migrations create the "Editors" and "Moderators" groups with permissions on
the tree root and a "Moderators approval" workflow; this migration brings them to the
roles above and reverses to Wagtail's defaults. Running it twice changes nothing.
"""

from django.db import migrations

PAGE_EDITING = ["add_page", "change_page"]
PAGE_MODERATION = [*PAGE_EDITING, "publish_page", "lock_page", "unlock_page"]

# Wagtail treats deleting an image or document as changing it, and lets whoever uploaded
# one change it: editors manage their own uploads, moderators everyone's.
MEDIA_EDITING = [
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
]
MEDIA_MODERATION = [*MEDIA_EDITING, "wagtailimages.change_image", "wagtaildocs.change_document"]

STAFF = ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"]
SNIPPET_EDITING = [
    "charity.add_person",
    "charity.change_person",
    "charity.add_testimonial",
    "charity.change_testimonial",
]
SNIPPET_MODERATION = [*SNIPPET_EDITING, "charity.delete_person", "charity.delete_testimonial"]

ROLES = {
    "Editors": {
        "pages": PAGE_EDITING,
        "collection": MEDIA_EDITING,
        "global": [*STAFF, *SNIPPET_EDITING],
    },
    "Moderators": {
        "pages": PAGE_MODERATION,
        "collection": MEDIA_MODERATION,
        "global": [*STAFF, *SNIPPET_MODERATION],
    },
    "Administrators": {
        "pages": [*PAGE_MODERATION, "bulk_delete_page"],
        "collection": [
            *MEDIA_MODERATION,
            "wagtailcore.add_collection",
            "wagtailcore.change_collection",
            "wagtailcore.delete_collection",
        ],
        "global": [
            *STAFF,
            *SNIPPET_MODERATION,
            "charity.change_sitesettings",
            "auth.add_user",
            "auth.change_user",
            "auth.delete_user",
            "wagtailredirects.add_redirect",
            "wagtailredirects.change_redirect",
            "wagtailredirects.delete_redirect",
            "wagtailcore.add_workflow",
            "wagtailcore.change_workflow",
            "wagtailcore.delete_workflow",
            "wagtailcore.add_task",
            "wagtailcore.change_task",
            "wagtailcore.delete_task",
        ],
    },
}

# What wagtailcore, wagtailimages, wagtaildocs, wagtailadmin and wagtail_localize give
# the two groups they create, with page permissions on the tree root.
WAGTAIL_MEDIA = [
    *MEDIA_MODERATION,
    "wagtailimages.delete_image",
    "wagtaildocs.delete_document",
]
WAGTAIL_DEFAULTS = {
    "Editors": {
        "root_pages": PAGE_EDITING,
        "collection": MEDIA_MODERATION,
        "global": [*STAFF, *WAGTAIL_MEDIA],
    },
    "Moderators": {
        "root_pages": PAGE_MODERATION,
        "collection": MEDIA_MODERATION,
        "global": [*STAFF, *WAGTAIL_MEDIA],
    },
}

MODERATION_TASK_NAME = "Moderators approval"


def get_permission(apps, dotted_name):
    """The permission, created if the post_migrate signal has not made it yet."""
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    app_label, codename = dotted_name.split(".")
    action, model_name = codename.rsplit("_", 1)
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
    try:
        verbose_name = apps.get_model(app_label, model_name)._meta.verbose_name_raw
    except LookupError:
        verbose_name = model_name
    permission, _ = Permission.objects.get_or_create(
        content_type_id=content_type.pk,
        codename=codename,
        defaults={"name": f"Can {action.replace('_', ' ')} {verbose_name}"},
    )
    return permission


def site_roots(apps):
    """The root page of every site and its translations: both home pages."""
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    roots = Page.objects.filter(pk__in=Site.objects.values("root_page_id"))
    return list(
        Page.objects.filter(
            translation_key__in=roots.values("translation_key"),
            depth__in=roots.values("depth"),
        )
    )


def set_permissions(apps, group, pages, page_codenames, collection_names, global_names):
    """Give the group exactly these permissions: on each page, on the root collection, and
    site-wide."""
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")

    # Primary keys rather than instances throughout: when the migration is reversed together
    # with others, Django hands over model classes from different states, which refuse each
    # other's instances in lookups.
    page_ids = [page.pk for page in pages]
    page_permission_ids = [
        get_permission(apps, f"wagtailcore.{name}").pk for name in page_codenames
    ]
    GroupPagePermission.objects.filter(group_id=group.pk).exclude(
        page_id__in=page_ids, permission_id__in=page_permission_ids
    ).delete()
    for page_id in page_ids:
        for permission_id in page_permission_ids:
            GroupPagePermission.objects.get_or_create(
                group_id=group.pk, page_id=page_id, permission_id=permission_id
            )

    root_collection = Collection.objects.filter(depth=1).first()
    collection_permission_ids = [get_permission(apps, name).pk for name in collection_names]
    GroupCollectionPermission.objects.filter(group_id=group.pk).exclude(
        collection_id=getattr(root_collection, "pk", None),
        permission_id__in=collection_permission_ids,
    ).delete()
    if root_collection:
        for permission_id in collection_permission_ids:
            GroupCollectionPermission.objects.get_or_create(
                group_id=group.pk, collection_id=root_collection.pk, permission_id=permission_id
            )

    group.permissions.set([get_permission(apps, name).pk for name in global_names])


def moderation_workflow(apps, moderators):
    """Wagtail's "Moderators approval" workflow, recreated if it has been removed."""
    ContentType = apps.get_model("contenttypes.ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")

    task = GroupApprovalTask.objects.filter(groups__id=moderators.pk, active=True).first()
    if task is None:
        content_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name=MODERATION_TASK_NAME, content_type=content_type, active=True
        )
        task.groups.add(moderators.pk)
    workflow = Workflow.objects.filter(active=True, workflow_tasks__task_id=task.pk).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=task.name, active=True)
        WorkflowTask.objects.create(workflow_id=workflow.pk, task_id=task.pk, sort_order=0)
    return workflow


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")

    roots = site_roots(apps)
    groups = {}
    for name, role in ROLES.items():
        groups[name], _ = Group.objects.get_or_create(name=name)
        set_permissions(
            apps, groups[name], roots, role["pages"], role["collection"], role["global"]
        )

    workflow = moderation_workflow(apps, groups["Moderators"])
    for page in roots:
        WorkflowPage.objects.update_or_create(
            page_id=page.pk, defaults={"workflow_id": workflow.pk}
        )


def restore_wagtail_defaults(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Page = apps.get_model("wagtailcore.Page")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")

    roots = site_roots(apps)
    WorkflowPage.objects.filter(page_id__in=[page.pk for page in roots]).delete()
    Group.objects.filter(name="Administrators").delete()
    tree_root = Page.objects.filter(depth=1).first()
    for name, role in WAGTAIL_DEFAULTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        set_permissions(
            apps, group, [tree_root], role["root_pages"], role["collection"], role["global"]
        )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("charity", "0004_homepagefeaturedprogram_program_person_locale_and_more"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(create_roles, restore_wagtail_defaults)]
