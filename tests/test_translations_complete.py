"""The French catalogue is complete and up to date: every message of the code has its French,
none is fuzzy or left over from removed code, and the compiled catalogues are those of the
committed sources. `make messages` brings it up to date; then translate what it added."""

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import pytest

GETTEXT_TOOLS = ("xgettext", "msgmerge", "msgattrib", "msgfmt")
pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in GETTEXT_TOOLS),
    reason="GNU gettext is not installed (apt-get install gettext)",
)

CATALOGUES = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES"
# What `make messages` does not read: the virtualenv and everything hidden, files served
# or written by the site, and what tools leave behind.
NOT_SOURCE = shutil.ignore_patterns(
    ".*", "__pycache__", "media", "staticfiles", "screenshots", "bench-results", "db.sqlite3*"
)


def entries(po_file, *selection):
    """The msgids of the entries msgattrib selects (``--untranslated``, ``--only-fuzzy``...)."""
    output = subprocess.run(
        ["msgattrib", *selection, "--no-wrap", "--no-location", str(po_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    msgids = [line for line in output.splitlines() if line.startswith(("msgid ", "#~ msgid "))]
    return [msgid for msgid in msgids if msgid not in ('msgid ""', '#~ msgid ""')]


def compiled(po_file, tmp_path):
    mo_file = tmp_path / f"{po_file.stem}.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(mo_file), str(po_file)], check=True)
    return catalogue(mo_file)


def catalogue(mo_file):
    with open(mo_file, "rb") as file:
        messages = gettext.GNUTranslations(file)._catalog
    return {key: value for key, value in messages.items() if key != ""}


@pytest.fixture(scope="module")
def catalogue_from_the_code(tmp_path_factory):
    """locale/fr/LC_MESSAGES/django.po as makemessages makes it from the code as it is now,
    in a copy of the project (the committed catalogue is left alone)."""
    project = tmp_path_factory.mktemp("project") / "copy"
    shutil.copytree(settings.BASE_DIR, project, ignore=NOT_SOURCE)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale", "fr", "--verbosity", "0"],
        cwd=project,
        env={**os.environ, "DEBUG": "1"},
        check=True,
    )
    return project / "locale" / "fr" / "LC_MESSAGES" / "django.po"


def test_every_message_of_the_code_has_its_french(catalogue_from_the_code):
    untranslated = entries(catalogue_from_the_code, "--untranslated", "--no-obsolete")
    assert not untranslated, "no French yet (make messages, then translate them):\n" + "\n".join(
        untranslated
    )


def test_no_french_is_fuzzy(catalogue_from_the_code):
    fuzzy = entries(catalogue_from_the_code, "--only-fuzzy", "--no-obsolete")
    assert not fuzzy, "French to check, then unmark as fuzzy:\n" + "\n".join(fuzzy)


def test_no_message_is_left_from_removed_code(catalogue_from_the_code):
    left_over = entries(catalogue_from_the_code, "--only-obsolete")
    assert not left_over, "no longer in the code (make messages removes them):\n" + "\n".join(
        left_over
    )


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_compiled_catalogue_is_the_committed_ones(domain, tmp_path):
    po_file = CATALOGUES / f"{domain}.po"
    assert catalogue(CATALOGUES / f"{domain}.mo") == compiled(po_file, tmp_path), (
        f"{po_file.name} changed since it was compiled: make messages"
    )


def test_translation_editor_french_replaces_messages_of_wagtail_localize(tmp_path):
    import wagtail_localize

    own = catalogue(Path(wagtail_localize.__file__).parent / "locale/fr/LC_MESSAGES/djangojs.mo")
    ours = compiled(CATALOGUES / "djangojs.po", tmp_path)

    assert ours, "djangojs.po has no French"
    assert not entries(CATALOGUES / "djangojs.po", "--untranslated")
    assert not entries(CATALOGUES / "djangojs.po", "--only-fuzzy")
    assert set(ours) <= set(own), "replaces only what wagtail-localize's editor says"
