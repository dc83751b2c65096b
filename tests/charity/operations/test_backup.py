"""A backup restores into an empty database and brings back the same site.

Runs the real commands in separate processes, on scratch databases of the
engine under test: SQLite files by default, PostgreSQL databases when
DATABASE_URL points to PostgreSQL (then pg_dump and pg_restore are used).
Media live either in a folder (MEDIA_ROOT) or, as in production, in an
S3-compatible bucket: a moto server on the loopback interface, configured
through the same environment variables as a real deployment.
"""

import contextlib
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tarfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.core.files.storage import FileSystemStorage

import boto3
import psycopg
import pytest

from charity.operations.backup import BackupError, media_members, restore_media

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
import hashlib, json, posixpath
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.test import Client
from wagtail.documents.models import Document
from wagtail.images.models import Image, Rendition
from wagtail.models import Page, Revision, Site

def digest(field):
    with field.open("rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()

def stored(folder=""):
    folders, files = default_storage.listdir(folder)
    found = {}
    for name in files:
        with default_storage.open(posixpath.join(folder, name), "rb") as handle:
            found[posixpath.join(folder, name)] = hashlib.sha256(handle.read()).hexdigest()
    for child in folders:
        found.update(stored(posixpath.join(folder, child)))
    return found

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
    "images": [(i.title, i.width, i.height, i.file.name, digest(i.file))
               for i in Image.objects.all()],
    "renditions": [(r.filter_spec, r.file.name, digest(r.file)) for r in Rendition.objects.all()],
    "documents": [(d.title, d.file.name, digest(d.file)) for d in Document.objects.all()],
    "media": stored(),
    "storage": type(default_storage._wrapped).__name__,
    "users": sorted(get_user_model().objects.values_list("username", flat=True)),
    "page_status": response.status_code,
    "page_shows_intro": page.intro in response.content.decode(),
}, default=str))
"""

STRAY_FILE = "documents/not-in-the-backup.txt"


def manage(*args, environment, stdin=None):
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


def shell(code, environment):
    output = manage("shell", "--no-imports", "-c", code, environment=environment)
    return json.loads(output.strip().splitlines()[-1])


def site_environment(database_url, media_root, **more):
    """The process environment of a site: no AWS_* variable but those given."""
    inherited = {name: value for name, value in os.environ.items() if not name.startswith("AWS_")}
    return {
        **inherited,
        "DEBUG": "1",
        "DATABASE_URL": database_url,
        "DATABASE_CONN_MAX_AGE": "0",
        "MEDIA_ROOT": str(media_root),
        "ALLOWED_HOSTS": "testserver",
        **more,
    }


def postgresql_url():
    """DATABASE_URL when it points to PostgreSQL, else None (SQLite files are used)."""
    configured = os.environ.get("DATABASE_URL", "")
    return configured if configured.startswith(("postgres://", "postgresql://")) else None


def database_url(name):
    return urlunsplit(urlsplit(postgresql_url())._replace(path=f"/{name}"))


@contextlib.contextmanager
def postgresql_server():
    with psycopg.connect(database_url("postgres"), autocommit=True) as admin:
        yield admin


@pytest.fixture(scope="module")
def migrated_database(tmp_path_factory):
    """A database of the engine under test with every migration applied, which each
    source site starts as a copy of: migrating takes much of a round trip's time, and is
    the same for the local and the S3 site."""
    if postgresql_url() is None:
        database = tmp_path_factory.mktemp("migrated") / "migrated.sqlite3"
        url = f"sqlite:///{database}"
    else:
        database = f"charity_backup_migrated_{uuid.uuid4().hex[:8]}"
        url = database_url(database)
        with postgresql_server() as admin:
            admin.execute(f'CREATE DATABASE "{database}"')
    try:
        environment = site_environment(url, tmp_path_factory.mktemp("migrated-media"))
        manage("migrate", "--noinput", "--skip-checks", "-v0", environment=environment)
        yield database
    finally:
        if postgresql_url() is not None:
            with postgresql_server() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@pytest.fixture
def scratch_databases(tmp_path, migrated_database):
    """Two databases of the engine under test: a source with the migrations applied, and
    an empty restore target."""
    if postgresql_url() is None:
        shutil.copyfile(migrated_database, tmp_path / "source.sqlite3")
        yield f"sqlite:///{tmp_path / 'source.sqlite3'}", f"sqlite:///{tmp_path / 'target.sqlite3'}"
        return

    suffix = uuid.uuid4().hex[:8]
    source, target = f"charity_backup_source_{suffix}", f"charity_backup_target_{suffix}"
    with postgresql_server() as admin:
        admin.execute(f'CREATE DATABASE "{source}" TEMPLATE "{migrated_database}"')
        admin.execute(f'CREATE DATABASE "{target}"')
    try:
        yield database_url(source), database_url(target)
    finally:
        with postgresql_server() as admin:
            for name in (source, target):
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def s3_server():
    """The endpoint URL of an S3-compatible server of this machine, stopped afterwards."""
    port = free_port()
    server = subprocess.Popen(
        [Path(sys.executable).parent / "moto_server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None, "moto_server stopped"
                assert time.monotonic() < deadline, "moto_server does not answer"
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


S3_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "backup-test",
    "AWS_SECRET_ACCESS_KEY": "backup-test-secret",
    "AWS_S3_REGION_NAME": "us-east-1",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_EC2_METADATA_DISABLED": "true",
    "NO_PROXY": "127.0.0.1,localhost",
}


class LocalMedia:
    """Media in a folder per site, as on a single server."""

    def __init__(self, tmp_path):
        self.tmp_path = tmp_path

    def environment(self, site, database_url):
        return site_environment(database_url, self.tmp_path / f"{site}-media")

    def put(self, site, name, content):
        path = self.tmp_path / f"{site}-media" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


class BucketMedia:
    """Media in an S3 bucket per site, configured as in production."""

    def __init__(self, tmp_path, endpoint):
        self.tmp_path = tmp_path
        self.endpoint = endpoint
        self.client = boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id=S3_CREDENTIALS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=S3_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        )
        for site in ("source", "target"):
            self.client.create_bucket(Bucket=self.bucket(site))

    @staticmethod
    def bucket(site):
        return f"charity-{site}-media"

    def environment(self, site, database_url):
        return site_environment(
            database_url,
            # Never written to: media go to the bucket.
            self.tmp_path / f"{site}-unused-media-root",
            AWS_STORAGE_BUCKET_NAME=self.bucket(site),
            AWS_S3_ENDPOINT_URL=self.endpoint,
            **S3_CREDENTIALS,
        )

    def put(self, site, name, content):
        self.client.put_object(Bucket=self.bucket(site), Key=name, Body=content)


@pytest.fixture(params=["local", "s3"])
def media(request, tmp_path):
    if request.param == "local":
        return LocalMedia(tmp_path)
    return BucketMedia(tmp_path, request.getfixturevalue("s3_server"))


def test_a_backup_restores_into_an_empty_site_with_the_same_pages_and_files(
    tmp_path, scratch_databases, media
):
    source_url, target_url = scratch_databases
    source = media.environment("source", source_url)
    target = media.environment("target", target_url)
    archive = tmp_path / "site.tar"

    # One process rather than two: each start of Django takes seconds.
    before = shell(CREATE_CONTENT + SUMMARY, source)
    assert before["page_status"] == 200 and before["page_shows_intro"]
    assert before["images"] and before["renditions"] and before["documents"]
    assert before["revisions"] == 3
    assert before["storage"] == (
        "S3Storage" if isinstance(media, BucketMedia) else "FileSystemStorage"
    )
    original_image = before["images"][0][3]
    # The storage holds the original, every rendition (rendering the page made more) and
    # the document: all of them must come back, not be regenerated.
    assert set(before["media"]) == {
        original_image,
        *(name for _, name, _ in before["renditions"]),
        *(name for _, name, _ in before["documents"]),
    }

    output = manage("backup_site", "--output", str(archive), environment=source)
    assert str(archive) in output and f"{len(before['media'])} media files" in output

    # The target already holds a file the backup does not, and another content under
    # one of the backup's names: a restore must leave neither.
    media.put("target", STRAY_FILE, b"left over")
    media.put("target", original_image, b"not the picture")
    manage("restore_site", str(archive), "--noinput", environment=target)
    after = shell(SUMMARY, target)
    assert after == before
    assert STRAY_FILE not in after["media"]
    if isinstance(media, BucketMedia):
        assert not (tmp_path / "source-unused-media-root").exists()
        assert not (tmp_path / "target-unused-media-root").exists()


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    not_a_backup = tmp_path / "notes.tar"
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


def test_media_of_an_archive_that_copied_the_media_folder_restore_into_a_storage(tmp_path):
    """Archives holding MEDIA_ROOT as a folder (directory entries included) still restore."""
    old_media = tmp_path / "old-media"
    (old_media / "images").mkdir(parents=True)
    (old_media / "images" / "gala.fill-32x24.png").write_bytes(b"rendition")
    (old_media / "documents").mkdir()
    (old_media / "documents" / "rapport.pdf").write_bytes(b"%PDF-1.4 rapport")
    with tarfile.open(tmp_path / "old.tar", "w") as archive:
        archive.add(old_media, arcname="media")
    storage = FileSystemStorage(location=tmp_path / "restored")
    storage.save("documents/rapport.pdf", io.BytesIO(b"another report"))
    storage.save("original_images/stray.png", io.BytesIO(b"stray"))

    with tarfile.open(tmp_path / "old.tar") as archive:
        removed = restore_media(archive, storage)

    assert removed == ["original_images/stray.png"]
    assert (tmp_path / "restored" / "documents" / "rapport.pdf").read_bytes() == b"%PDF-1.4 rapport"
    assert (tmp_path / "restored" / "images" / "gala.fill-32x24.png").read_bytes() == b"rendition"
    assert not (tmp_path / "restored" / "original_images" / "stray.png").exists()


@pytest.mark.parametrize("name", ["media/../settings.py", "media//etc/passwd", "media/a/../../b"])
def test_an_archive_with_a_media_file_outside_the_storage_is_refused(tmp_path, name):
    with tarfile.open(tmp_path / "evil.tar", "w") as archive:
        member = tarfile.TarInfo(name)
        member.size = 4
        archive.addfile(member, io.BytesIO(b"evil"))
    with tarfile.open(tmp_path / "evil.tar") as archive, pytest.raises(BackupError):
        media_members(archive)
