"""Back up and restore the whole site: the database and the stored media, in one archive.

The database is copied with the engine's own tool, which keeps everything a
Wagtail site needs (page tree, revisions, sequences, search configurations):
``pg_dump --format=custom`` and ``pg_restore`` for PostgreSQL, SQLite's online
backup API for SQLite. Media files are read and written through Django's
storage API, so the same archive comes from and goes to a folder on disk or an
S3-compatible bucket alike. The archive is a plain tar file:

    database.pgdump      (PostgreSQL) or database.sqlite3 (SQLite)
    media/...            every file of the media storage, under its storage name
    manifest.json        what the archive holds and where it comes from

Archives written before media went through the storage API hold the same
members (the media folder, directories included) and restore the same way.
"""

import dataclasses
import datetime
import io
import json
import os
import posixpath
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.files.utils import validate_file_name
from django.db import connections
from django.db.migrations.recorder import MigrationRecorder

ARCHIVE_FORMAT = 1
DATABASE_MEMBERS = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
MEDIA_FOLDER = "media/"


class BackupError(Exception):
    pass


@dataclasses.dataclass
class Restored:
    """What a restore did: the archive's manifest and what happened to the media files."""

    manifest: dict
    media_files: int
    removed_files: list


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


def describe_storage(storage):
    """Where a storage keeps its files, in words an operator recognises."""
    bucket = getattr(storage, "bucket_name", None)
    if bucket:
        prefix = getattr(storage, "location", "")
        return f"the bucket {bucket}" + (f" (under {prefix}/)" if prefix else "")
    folder = getattr(storage, "location", None)
    if folder:
        return f"the folder {folder}"
    return type(storage).__name__


def stored_files(storage, folder=""):
    """Every file name in ``storage``, sorted, found by walking its folders."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return []
    names = [posixpath.join(folder, name) for name in files]
    for child in folders:
        names += stored_files(storage, posixpath.join(folder, child))
    return sorted(names)


def archive_media(archive, storage, stamp):
    """Copy every file of ``storage`` into ``archive``; return how many files and bytes."""
    count = size = 0
    for name in stored_files(storage):
        try:
            handle = storage.open(name, "rb")
        except FileNotFoundError:
            # Deleted on the live site since the listing: nothing left to keep.
            continue
        with handle:
            member = tarfile.TarInfo(MEDIA_FOLDER + name)
            member.size = handle.size
            member.mtime = stamp
            archive.addfile(member, handle)
        count += 1
        size += member.size
    return count, size


def create_backup(archive_path, alias="default", storage=None):
    """Write the database and every media file into ``archive_path``; return the manifest."""
    storage = storage or default_storage
    engine = engine_of(alias)
    created = datetime.datetime.now(datetime.UTC)
    stamp = int(created.timestamp())
    manifest = {
        "format": ARCHIVE_FORMAT,
        "engine": engine,
        "created": created.isoformat(timespec="seconds"),
        "migrations": applied_migrations(alias),
        "media_storage": describe_storage(storage),
    }
    with tempfile.TemporaryDirectory() as scratch:
        dump = Path(scratch) / DATABASE_MEMBERS[engine]
        # The database first: every file it refers to is then in the storage when
        # the media are listed; files uploaded meanwhile are merely kept too.
        dump_database(alias, str(dump))
        partial = Path(f"{archive_path}.partial")
        try:
            with tarfile.open(partial, "w") as archive:
                archive.add(dump, arcname=dump.name)
                manifest["media_files"], manifest["media_bytes"] = archive_media(
                    archive, storage, stamp
                )
                add_bytes(archive, "manifest.json", json.dumps(manifest, indent=2).encode(), stamp)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        # Renamed only once complete: a half-written archive never looks like a backup.
        partial.replace(archive_path)
    return manifest


def add_bytes(archive, name, content, stamp):
    member = tarfile.TarInfo(name)
    member.size = len(content)
    member.mtime = stamp
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


def media_members(archive):
    """The archive's media files by storage name, refused whole if any name is unsafe.

    Directory entries (written by archives that copied the media folder) are
    skipped; links and device files are never media.
    """
    members = {}
    for member in archive.getmembers():
        if not member.name.startswith(MEDIA_FOLDER) or member.isdir():
            continue
        name = member.name.removeprefix(MEDIA_FOLDER)
        try:
            if not member.isfile():
                raise SuspiciousFileOperation("not a regular file")
            validate_file_name(name, allow_relative_path=True)
        except SuspiciousFileOperation as error:
            raise BackupError(
                f"The archive holds an unsafe media file {name!r}: {error}"
            ) from error
        members[name] = member
    return members


def replace_file(storage, name, content, size):
    """Store ``content`` under exactly ``name``, replacing what is there.

    Storages that never overwrite (AWS_S3_FILE_OVERWRITE = False) would save
    under a new name, which the restored database does not know.
    """
    if storage.exists(name):
        storage.delete(name)
    upload = File(content, name=name)
    upload.size = size
    saved = storage.save(name, upload)
    if saved != name:
        raise BackupError(f"The media storage saved {name!r} as {saved!r}.")


def restore_media(archive, storage, members=None):
    """Make ``storage`` hold exactly the archive's media files; return what was removed.

    Files of the archive replace those of the same name; files the archive does
    not hold are deleted afterwards, so that a restore gives back the site as
    it was, not a mix of two.
    """
    members = media_members(archive) if members is None else members
    for name, member in members.items():
        with archive.extractfile(member) as content:
            replace_file(storage, name, content, member.size)
    removed = [name for name in stored_files(storage) if name not in members]
    for name in removed:
        storage.delete(name)
    return removed


def restore_backup(archive_path, alias="default", storage=None):
    """Replace the database with the archive's, and the media storage's files with its files."""
    storage = storage or default_storage
    engine = engine_of(alias)
    with tarfile.open(archive_path) as archive, tempfile.TemporaryDirectory() as scratch:
        manifest = read_manifest(archive)
        if manifest["engine"] != engine:
            raise BackupError(
                f"This backup holds a {manifest['engine']} database and the site is "
                f"configured for {engine}: set DATABASE_URL to a {manifest['engine']} database."
            )
        # Checked before anything changes, so that a refused archive leaves the site alone.
        members = media_members(archive)
        member = DATABASE_MEMBERS[engine]
        # The "data" filter refuses absolute paths, links out of the folder and device files.
        archive.extract(member, scratch, filter="data")
        load_database(alias, str(Path(scratch) / member))
        removed = restore_media(archive, storage, members)
    return Restored(manifest=manifest, media_files=len(members), removed_files=removed)
