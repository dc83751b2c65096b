"""Replace Wagtail's welcome page with the French home page and its English translation."""

import uuid

from django.db import migrations

HOMES = [
    ("fr", "00010001", "Accueil"),
    ("en", "00010002", "Home"),
]


def create_homepages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("charity.HomePage")

    Page.objects.filter(
        depth=2, content_type__app_label="wagtailcore", content_type__model="page"
    ).delete()
    if Page.objects.filter(depth=2).exists():
        return  # A database that already has a site tree keeps it.

    content_type, _ = ContentType.objects.get_or_create(app_label="charity", model="homepage")
    translation_key = uuid.uuid4()
    pages = []
    for language_code, path, title in HOMES:
        locale, _ = Locale.objects.get_or_create(language_code=language_code)
        pages.append(
            HomePage.objects.create(
                title=title,
                draft_title=title,
                slug="home" if language_code == "fr" else f"home-{language_code}",
                content_type=content_type,
                path=path,
                depth=2,
                numchild=0,
                url_path=f"/{'home' if language_code == 'fr' else f'home-{language_code}'}/",
                locale=locale,
                translation_key=translation_key,
                live=True,
            )
        )
    Page.objects.filter(depth=1).update(numchild=len(pages))
    Site.objects.create(
        hostname="localhost",
        port=80,
        site_name="Imagine for Margo",
        root_page_id=pages[0].pk,
        is_default_site=True,
    )


def remove_homepages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    apps.get_model("charity.HomePage").objects.filter(depth=2).delete()
    Page.objects.filter(depth=1).update(numchild=Page.objects.filter(depth=2).count())
    ContentType.objects.filter(app_label="charity", model="homepage").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("charity", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_homepages, remove_homepages)]
