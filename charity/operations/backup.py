"""Back up and restore the whole site: the database and the uploaded media, in one archive.

The database is copied with the engine's own tool, which keeps everything a
Wagtail site needs (page tree, revisions, sequences, search configurations):
``pg_dump --format=custom`` and ``pg_restore`` for PostgreSQL, SQLite's online
backup API for SQLite. The archive is a plain tar file:

    manifest.json        what the archive holds and where it comes from
    database.pgdump      (PostgreSQL) or database.sqlite3 (SQLite)
    media/...            every file under MEDIA_ROOT
"""

import datetime
import io
import json
import os
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.db.migrations.recorder import MigrationRecorder

ARCHIVE_FORMAT = 1
DATABASE_MEMBERS = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}


class BackupError(Exception):
    pass


def engine_of(alias):
    vendor = connections[alias].vendor
    if vendor not in DATABASE_MEMBERS:
        raise BackupError(f"Backing up a {vendor} database is not supported.")
    return vendor


def postgresql_environment(alias):
    """libpq's variables for pg_dump and pg_restore: no password on a command line."""
    database = settings.DATABASES[alias]
    variables = {
        "PGDATABASE": database["NAME"],
        "PGUSER": database.get("USER") or "",
        "PGPASSWORD": database.get("PASSWORD") or "",
        "PGHOST": database.get("HOST") or "",
        "PGPORT": str(database.get("PORT") or ""),
    }
    if database.get("OPTIONS", {}).get("sslmode"):
        variables["PGSSLMODE"] = database["OPTIONS"]["sslmode"]
    return {**os.environ, **{name: value for name, value in variables.items() if value}}


def run(command, alias):
    result = subprocess.run(
        command, env=postgresql_environment(alias), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def dump_database(alias, destination):
    engine = engine_of(alias)
    connection = connections[alias]
    if engine == "postgresql":
        run(
            ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", destination],
            alias,
        )
    else:
        connection.ensure_connection()
        copy = sqlite3.connect(destination)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()


def load_database(alias, source):
    engine = engine_of(alias)
    connection = connections[alias]
    if engine == "postgresql":
        connection.close()
        run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                "--dbname",
                settings.DATABASES[alias]["NAME"],
                source,
            ],
            alias,
        )
    else:
        connection.ensure_connection()
        backup = sqlite3.connect(source)
        try:
            backup.backup(connection.connection)
        finally:
            backup.close()
        connection.close()


def applied_migrations(alias):
    latest = {}
    for app, name in MigrationRecorder(connections[alias]).applied_migrations():
        latest[app] = max(latest.get(app, name), name)
    return dict(sorted(latest.items()))


def create_backup(archive_path, alias="default"):
    """Write the database and MEDIA_ROOT into ``archive_path``; return the manifest."""
    engine = engine_of(alias)
    media_root = Path(settings.MEDIA_ROOT)
    manifest = {
        "format": ARCHIVE_FORMAT,
        "engine": engine,
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "migrations": applied_migrations(alias),
        "media_files": sum(1 for path in media_root.rglob("*") if path.is_file())
        if media_root.is_dir()
        else 0,
    }
    with tempfile.TemporaryDirectory() as scratch:
        dump = Path(scratch) / DATABASE_MEMBERS[engine]
        dump_database(alias, str(dump))
        partial = Path(f"{archive_path}.partial")
        with tarfile.open(partial, "w") as archive:
            add_bytes(archive, "manifest.json", json.dumps(manifest, indent=2).encode())
            archive.add(dump, arcname=dump.name)
            if media_root.is_dir():
                archive.add(media_root, arcname="media")
        # Renamed only once complete: a half-written archive never looks like a backup.
        partial.replace(archive_path)
    return manifest


def add_bytes(archive, name, content):
    member = tarfile.TarInfo(name)
    member.size = len(content)
    member.mtime = int(datetime.datetime.now().timestamp())
    archive.addfile(member, io.BytesIO(content))


def read_manifest(archive):
    try:
        manifest = json.load(archive.extractfile("manifest.json"))
    except (KeyError, ValueError) as error:
        raise BackupError("This file is not a site backup (no readable manifest).") from error
    if manifest.get("format") != ARCHIVE_FORMAT:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    return manifest


def inspect_backup(archive_path):
    with tarfile.open(archive_path) as archive:
        return read_manifest(archive)


def restore_backup(archive_path, alias="default"):
    """Replace the database with the archive's and put its media files into MEDIA_ROOT.

    Media files already in MEDIA_ROOT are kept, those of the archive overwrite
    files of the same name.
    """
    engine = engine_of(alias)
    with tarfile.open(archive_path) as archive, tempfile.TemporaryDirectory() as scratch:
        manifest = read_manifest(archive)
        if manifest["engine"] != engine:
            raise BackupError(
                f"This backup holds a {manifest['engine']} database and the site is "
                f"configured for {engine}: set DATABASE_URL to a {manifest['engine']} database."
            )
        member = DATABASE_MEMBERS[engine]
        # The "data" filter refuses absolute paths, links out of the folder and device files.
        archive.extract(member, scratch, filter="data")
        load_database(alias, str(Path(scratch) / member))
        media = [item for item in archive.getmembers() if item.name.startswith("media/")]
        media_root = Path(settings.MEDIA_ROOT)
        media_root.mkdir(parents=True, exist_ok=True)
        for item in media:
            item.name = item.name.removeprefix("media/")
        archive.extractall(media_root, members=media, filter="data")
    return manifest
