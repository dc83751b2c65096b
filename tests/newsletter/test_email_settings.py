"""Which e-mail backend the environment chooses: console, SMTP, or a provider's API."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VARIABLES = {
    "EMAIL_HOST",
    "EMAIL_PROVIDER",
    "ANYMAIL_API_KEY",
    "ANYMAIL_SECRET_KEY",
    "ANYMAIL_API_URL",
}


def email_settings(**env):
    clean = {k: v for k, v in os.environ.items() if k not in VARIABLES}
    # Reading the settings module is enough: loading every app too (django.setup) would
    # triple each process's time and choose nothing.
    script = (
        "import json; from django.conf import settings; "
        "print(json.dumps([settings.EMAIL_BACKEND, getattr(settings, 'ANYMAIL', None)]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "charity.settings", "DEBUG": "1", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result


def test_console_without_configuration():
    backend, anymail = json.loads(email_settings().stdout)
    assert backend == "django.core.mail.backends.console.EmailBackend"
    assert anymail is None


def test_smtp_with_a_host():
    backend, _ = json.loads(email_settings(EMAIL_HOST="smtp.example.org").stdout)
    assert backend == "django.core.mail.backends.smtp.EmailBackend"


def test_a_provider_through_anymail():
    backend, anymail = json.loads(
        email_settings(EMAIL_PROVIDER="Brevo", ANYMAIL_API_KEY="xkeysib-1").stdout
    )
    assert backend == "anymail.backends.brevo.EmailBackend"
    assert anymail == {"BREVO_API_KEY": "xkeysib-1"}
    backend, anymail = json.loads(
        email_settings(
            EMAIL_PROVIDER="mailjet", ANYMAIL_API_KEY="public", ANYMAIL_SECRET_KEY="secret"
        ).stdout
    )
    assert backend == "anymail.backends.mailjet.EmailBackend"
    assert anymail == {"MAILJET_API_KEY": "public", "MAILJET_SECRET_KEY": "secret"}
    _, anymail = json.loads(
        email_settings(EMAIL_PROVIDER="postmark", ANYMAIL_API_KEY="token").stdout
    )
    assert anymail == {"POSTMARK_SERVER_TOKEN": "token"}


def test_an_unknown_provider_is_refused_in_one_line():
    result = email_settings(EMAIL_PROVIDER="pigeon")
    assert result.returncode != 0
    assert "EMAIL_PROVIDER must be one of brevo, mailjet" in result.stderr
