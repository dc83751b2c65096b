"""A backup restores into an empty database and brings back the same site.

Runs the real commands in separate processes, on scratch databases of the
engine under test: SQLite files by default, PostgreSQL databases when
DATABASE_URL points to PostgreSQL (then pg_dump and pg_restore are used).
"""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[3]

CREATE_CONTENT = """
import io
from django.core.files.base import ContentFile
from django.contrib.auth import get_user_model
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from charity.models import HomePage, StandardPage

home = HomePage.objects.get(locale__language_code="fr")
picture = io.BytesIO()
PILImage.new("RGB", (64, 48), "purple").save(picture, format="PNG")
image = Image.objects.create(
    title="Gala 2024", description="Des bénévoles au gala",
    file=ContentFile(picture.getvalue(), name="gala.png"),
)
image.get_rendition("fill-32x24")
Document.objects.create(
    title="Rapport annuel", file=ContentFile(b"%PDF-1.4 rapport", name="rapport.pdf")
)
page = home.add_child(instance=StandardPage(
    title="Nos actions", slug="nos-actions", intro="Financer la recherche.", hero_image=image,
))
page.save_revision().publish()
page.intro = "Financer la recherche contre les cancers des enfants."
page.save_revision().publish()
page.title = "Brouillon non publié"
page.save_revision()
get_user_model().objects.create_user("camille", password="un secret assez long")
"""

SUMMARY = """
import hashlib, json
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.documents.models import Document
from wagtail.images.models import Image, Rendition
from wagtail.models import Page, Revision, Site

def digest(field):
    with field.open("rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()

page = Page.objects.get(slug="nos-actions").specific
response = Client().get(page.url)
print(json.dumps({
    "pages": sorted(
        Page.objects.values_list("url_path", "title", "live", "has_unpublished_changes")
    ),
    "intro": page.intro,
    "revisions": Revision.objects.filter(object_id=str(page.pk)).count(),
    "latest_draft_title": page.get_latest_revision_as_object().title,
    "site_root": Site.objects.get(is_default_site=True).root_page.url_path,
    "images": [(i.title, i.width, i.height, digest(i.file)) for i in Image.objects.all()],
    "renditions": [(r.filter_spec, digest(r.file)) for r in Rendition.objects.all()],
    "documents": [(d.title, digest(d.file)) for d in Document.objects.all()],
    "users": sorted(get_user_model().objects.values_list("username", flat=True)),
    "page_status": response.status_code,
    "page_shows_intro": page.intro in response.content.decode(),
}, default=str))
"""


def manage(*args, database_url, media_root, stdin=None):
    environment = {
        **os.environ,
        "DEBUG": "1",
        "DATABASE_URL": database_url,
        "DATABASE_CONN_MAX_AGE": "0",
        "MEDIA_ROOT": str(media_root),
        "ALLOWED_HOSTS": "testserver",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def shell(code, **where):
    return json.loads(manage("shell", "--no-imports", "-c", code, **where).strip().splitlines()[-1])


@pytest.fixture
def scratch_databases(tmp_path):
    """Two empty databases of the engine under test: a source and a restore target."""
    configured = os.environ.get("DATABASE_URL", "")
    if not configured.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{tmp_path / 'source.sqlite3'}", f"sqlite:///{tmp_path / 'target.sqlite3'}"
        return

    import psycopg

    parts = urlsplit(configured)
    suffix = uuid.uuid4().hex[:8]
    names = [f"charity_backup_source_{suffix}", f"charity_backup_target_{suffix}"]
    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield tuple(urlunsplit(parts._replace(path=f"/{name}")) for name in names)
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_backup_restores_into_an_empty_database_with_the_same_site(tmp_path, scratch_databases):
    source_url, target_url = scratch_databases
    source = {"database_url": source_url, "media_root": tmp_path / "media"}
    target = {"database_url": target_url, "media_root": tmp_path / "restored-media"}
    archive = tmp_path / "site.tar"

    manage("migrate", "--noinput", "--skip-checks", "-v0", **source)
    manage("shell", "--no-imports", "-c", CREATE_CONTENT, **source)
    before = shell(SUMMARY, **source)
    assert before["page_status"] == 200 and before["page_shows_intro"]
    assert before["images"] and before["renditions"] and before["documents"]
    assert before["revisions"] == 3

    output = manage("backup_site", "--output", str(archive), **source)
    assert str(archive) in output

    manage("restore_site", str(archive), "--noinput", **target)
    after = shell(SUMMARY, **target)
    assert after == before


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    not_a_backup = tmp_path / "notes.tar"
    import tarfile

    with tarfile.open(not_a_backup, "w") as archive:
        archive.add(__file__, arcname="notes.py")
    result = subprocess.run(
        [sys.executable, "manage.py", "restore_site", str(not_a_backup), "--noinput"],
        cwd=ROOT,
        env={**os.environ, "DEBUG": "1", "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "not a site backup" in result.stderr
