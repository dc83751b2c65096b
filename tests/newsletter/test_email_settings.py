"""Which e-mail backend the environment chooses: console, SMTP, or a provider's API."""

import json

from tests.settings_process import read_settings

VARIABLES = {
    "EMAIL_HOST",
    "EMAIL_PROVIDER",
    "ANYMAIL_API_KEY",
    "ANYMAIL_SECRET_KEY",
    "ANYMAIL_API_URL",
}


def email_settings(**env):
    expression = "[settings.EMAIL_BACKEND, getattr(settings, 'ANYMAIL', None)]"
    return read_settings(expression, unset=VARIABLES, **env)


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
