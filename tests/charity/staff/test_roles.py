"""The staff roles and the moderation workflow created by the charity's data migration."""

from importlib import import_module

from django.apps import apps
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.models import Collection, Page, Site

import pytest

from charity.models import HomePage
from tests.factories import ImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

roles_migration = import_module("charity.migrations.0005_editorial_roles_and_moderation")
two_factor_migration = import_module(
    "charity.migrations.0012_two_factor_for_moderators_and_administrators"
)
subscribers_migration = import_module("newsletter.migrations.0002_subscriber_permissions")


def page_permissions(group_name):
    group = Group.objects.get(name=group_name)
    return {(p.page_id, p.permission.codename) for p in group.page_permissions.all()}


def snapshot():
    """Every permission and workflow assignment the migration is responsible for."""
    groups = {}
    for group in Group.objects.prefetch_related("permissions"):
        groups[group.name] = (
            {(p.page_id, p.permission.codename) for p in group.page_permissions.all()},
            {(p.collection_id, p.permission.codename) for p in group.collection_permissions.all()},
            {p.codename for p in group.permissions.all()},
        )
    workflows = {page.pk: page.get_workflow() for page in Page.objects.all()}
    return groups, workflows


def test_the_three_roles_have_page_permissions_on_both_home_pages():
    homes = list(HomePage.objects.values_list("pk", flat=True))
    assert len(homes) == 2
    for home in homes:
        assert {(home, "add_page"), (home, "change_page")} <= page_permissions("Editors")
        assert (home, "publish_page") not in page_permissions("Editors")
        assert (home, "publish_page") in page_permissions("Moderators")
        assert (home, "bulk_delete_page") in page_permissions("Administrators")
    tree_root = Page.get_first_root_node().pk
    for group in ("Editors", "Moderators", "Administrators"):
        assert not any(page == tree_root for page, _ in page_permissions(group))


def test_editor_can_edit_but_not_publish_a_page(editor, moderator, home_page):
    page = StandardPageFactory(parent=home_page)
    for_editor = page.permissions_for_user(editor)
    assert for_editor.can_edit()
    assert for_editor.can_add_subpage()
    assert not for_editor.can_publish()
    assert not for_editor.can_unpublish()
    assert not for_editor.can_lock()
    for_moderator = page.permissions_for_user(moderator)
    assert for_moderator.can_publish()
    assert for_moderator.can_unpublish()
    assert for_moderator.can_lock()


def test_english_pages_are_editable_by_the_same_roles(editor, moderator, english_home_page):
    page = StandardPageFactory(parent=english_home_page, title="About")
    assert page.permissions_for_user(editor).can_edit()
    assert page.permissions_for_user(moderator).can_publish()


def test_people_and_testimonials_are_edited_by_editors_and_deleted_by_moderators(editor, moderator):
    assert editor.has_perms(["charity.add_person", "charity.change_testimonial"])
    assert not editor.has_perm("charity.delete_person")
    assert moderator.has_perms(["charity.delete_person", "charity.delete_testimonial"])


def test_every_staff_role_can_submit_translations(editor, moderator, administrator):
    for user in (editor, moderator, administrator):
        assert user.has_perm("wagtail_localize.submit_translation")
        assert user.has_perm("wagtailadmin.access_admin")


def test_editors_manage_their_own_images_and_moderators_everyone_s(editor, moderator):
    from wagtail.images.permissions import permission_policy

    own = ImageFactory(uploaded_by_user=editor)
    someone_else_s = ImageFactory(uploaded_by_user=moderator)
    assert permission_policy.user_has_permission(editor, "add")
    assert permission_policy.user_has_permission_for_instance(editor, "choose", someone_else_s)
    assert permission_policy.user_has_permission_for_instance(editor, "change", own)
    assert permission_policy.user_has_permission_for_instance(editor, "delete", own)
    assert not permission_policy.user_has_permission_for_instance(editor, "delete", someone_else_s)
    assert permission_policy.user_has_permission_for_instance(moderator, "delete", own)


def test_documents_follow_the_same_rules_as_images(editor, moderator):
    from wagtail.documents.models import Document
    from wagtail.documents.permissions import permission_policy

    report = Document.objects.create(
        title="Rapport annuel",
        file=ContentFile(b"2025", name="rapport.txt"),
        collection=Collection.get_first_root_node(),
        uploaded_by_user=moderator,
    )
    assert permission_policy.user_has_permission(editor, "add")
    assert permission_policy.user_has_permission_for_instance(editor, "choose", report)
    assert not permission_policy.user_has_permission_for_instance(editor, "delete", report)
    assert permission_policy.user_has_permission_for_instance(moderator, "delete", report)


def test_only_administrators_change_the_site_settings(client_for, editor, moderator, administrator):
    url = reverse("wagtailsettings:edit", args=["charity", "sitesettings", Site.objects.get().pk])
    assert client_for(administrator).get(url).status_code == 200
    for user in (editor, moderator):
        response = client_for(user).get(url)
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_home")


def test_administrators_manage_users_and_redirects_but_not_groups(administrator):
    assert administrator.has_perms(["auth.add_user", "wagtailredirects.add_redirect"])
    assert not administrator.has_perm("auth.change_group")


def test_every_page_goes_through_moderators_approval(home_page, english_home_page):
    for parent in (home_page, english_home_page):
        workflow = StandardPageFactory(parent=parent).get_workflow()
        assert workflow is not None and workflow.active
        [task] = [task.specific for task in workflow.tasks]
        assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]


def test_roles_migration_reverses_to_wagtail_defaults_and_reapplies_identically():
    before = snapshot()

    # Migrations reverse newest first: the newsletter's takes back the subscribers,
    # 0012 the two-factor permission.
    subscribers_migration.revoke_subscriber_permissions(apps, None)
    two_factor_migration.stop_requiring_two_factor(apps, None)
    roles_migration.restore_wagtail_defaults(apps, None)
    assert not Group.objects.filter(name="Administrators").exists()
    tree_root = Page.get_first_root_node().pk
    assert page_permissions("Editors") == {(tree_root, "add_page"), (tree_root, "change_page")}
    assert (tree_root, "publish_page") in page_permissions("Moderators")

    roles_migration.create_roles(apps, None)
    roles_migration.create_roles(apps, None)
    two_factor_migration.require_two_factor(apps, None)
    two_factor_migration.require_two_factor(apps, None)
    subscribers_migration.grant_subscriber_permissions(apps, None)
    subscribers_migration.grant_subscriber_permissions(apps, None)
    assert snapshot() == before
