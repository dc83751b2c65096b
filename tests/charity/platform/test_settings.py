import json
import os
import subprocess
import sys
from pathlib import Path

from tests.settings_process import read_settings

ROOT = Path(__file__).resolve().parents[3]


def run_manage(*command, **env):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    return subprocess.run(
        [sys.executable, "manage.py", *(command or ["check"])],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_refuses_to_start_without_secret_key_when_debug_is_off():
    result = run_manage(DEBUG="0")
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "SECRET_KEY must be set when DEBUG is off (set DEBUG=1 for local development)."
    )


def test_checks_migrations_without_a_secret_key():
    result = run_manage("makemigrations", "--check", "--dry-run", DEBUG="0")
    assert result.returncode == 0, result.stderr
    assert "No changes detected" in result.stdout


def test_starts_with_a_secret_key_when_debug_is_off():
    result = run_manage(DEBUG="0", SECRET_KEY="x" * 50, ALLOWED_HOSTS="example.org")
    assert result.returncode == 0, result.stderr


def test_starts_without_configuration_in_debug():
    result = run_manage(DEBUG="1")
    assert result.returncode == 0, result.stderr


def machine_translator_setting(**env):
    expression = "getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None)"
    result = read_settings(expression, unset={"DEEPL_API_KEY"}, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_machine_translation_is_off_without_a_deepl_key():
    assert machine_translator_setting() is None


def test_machine_translation_uses_deepl_with_a_key():
    setting = machine_translator_setting(DEEPL_API_KEY="0000-key:fx")
    assert setting == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "0000-key:fx"},
    }
