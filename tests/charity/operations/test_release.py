"""A release purges the caches when its code differs from the code that filled them."""

from django.core.management import call_command

import pytest

from charity.caching.generation import current_generation
from charity.caching.lifetimes import keep_until_change
from charity.operations.release import code_fingerprint, purge_if_code_changed

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fragment_cache(settings):
    settings.FRAGMENT_CACHE = True


def test_the_fingerprint_follows_the_code(tmp_path):
    for directory in ("charity", "templates", "static"):
        (tmp_path / directory).mkdir()
    (tmp_path / "charity" / "models.py").write_text("class HomePage: ...\n")
    (tmp_path / "templates" / "base.html").write_text("<html></html>\n")
    before = code_fingerprint(tmp_path)
    assert code_fingerprint(tmp_path) == before
    (tmp_path / "templates" / "base.html").write_text("<html lang='fr'></html>\n")
    assert code_fingerprint(tmp_path) != before


def test_values_kept_by_the_old_code_are_forgotten_after_a_release():
    purge_if_code_changed("release 1")
    assert keep_until_change("menu", lambda: "filled by release 1") == "filled by release 1"

    assert purge_if_code_changed("release 1") is False
    assert keep_until_change("menu", lambda: "recomputed") == "filled by release 1"

    assert purge_if_code_changed("release 2") is True
    assert keep_until_change("menu", lambda: "filled by release 2") == "filled by release 2"


def test_the_command_purges_once_per_code(capsys):
    call_command("purge_caches", "--if-code-changed")
    generation = current_generation()
    call_command("purge_caches", "--if-code-changed")
    assert current_generation() == generation
    assert "kept" in capsys.readouterr().out

    call_command("purge_caches")
    assert current_generation() != generation
