"""Unhandled errors and a sample of transactions sent to Sentry, or to any server that
speaks its protocol (GlitchTip), when SENTRY_DSN is set; nothing at all otherwise.

Visitors give the site their e-mail address, their name and sometimes their health
story; editors sign in with a password. None of it may leave in an error report, so
what the SDK would collect is cut down at the source (no default personal data, no
request bodies, no local variables of the failing frames, which hold form data no rule
could recognise) and every event is scrubbed once more just before it is sent: no
cookie, session, CSRF token, password or form body, no Authorization, Cookie or
Set-Cookie header, and no e-mail address in any text.

Read by the settings module, so it must never import a model.
"""

import re
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration
from sentry_sdk.integrations.logging import ignore_logger

DEFAULT_ENVIRONMENT = "production"
DEFAULT_TRACES_SAMPLE_RATE = 0.05

FILTERED = "[Filtered]"
EMAIL_REPLACEMENT = "[email]"
# Also when percent-encoded, as in a URL or a query string sent by a form.
EMAIL_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+(?:@|%40)[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)

# A key that contains one of these names a secret, wherever it is in the event.
SECRET_KEY_PARTS = (
    "password",
    "passwd",
    "secret",
    "token",
    "csrf",
    "session",
    "cookie",
    "authorization",
    "api_key",
    "apikey",
)
# Headers that carry credentials, or the visitor's address (personal data).
DROPPED_HEADERS = {
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-csrftoken",
    "forwarded",
    "x-forwarded-for",
    "x-real-ip",
}
# The request's cookies and body: the session, the CSRF token and whatever a form held.
DROPPED_REQUEST_FIELDS = ("cookies", "data")
# What may identify a signed-in user beyond their id.
KEPT_USER_FIELDS = ("id",)


def is_secret_key(key):
    """True when a key's name says its value is a credential."""
    lowered = str(key).lower().replace("-", "_")
    return any(part in lowered for part in SECRET_KEY_PARTS)


def without_email_addresses(text):
    """The text with every e-mail address replaced."""
    return EMAIL_ADDRESS.sub(EMAIL_REPLACEMENT, text)


def scrubbed(value):
    """A copy of a JSON-like value with secrets filtered out and e-mail addresses replaced."""
    if isinstance(value, str):
        return without_email_addresses(value)
    if isinstance(value, dict):
        return {
            key: FILTERED if is_secret_key(key) else scrubbed(item) for key, item in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [scrubbed(item) for item in value]
    return value


def scrubbed_query_string(query_string):
    """The query string with secret parameters filtered out and e-mail addresses replaced."""
    if not isinstance(query_string, str):
        return query_string
    pairs = parse_qsl(query_string, keep_blank_values=True)
    return urlencode(
        [
            (name, FILTERED if is_secret_key(name) else without_email_addresses(value))
            for name, value in pairs
        ],
        safe="[]",
    )


def scrub_event(event, hint=None):
    """The event as it may be sent: an error or a transaction, stripped of personal data."""
    request = event.get("request")
    if isinstance(request, dict):
        for field in DROPPED_REQUEST_FIELDS:
            request.pop(field, None)
        headers = request.get("headers")
        if isinstance(headers, dict):
            request["headers"] = {
                name: value
                for name, value in headers.items()
                if name.lower() not in DROPPED_HEADERS
            }
        if "query_string" in request:
            request["query_string"] = scrubbed_query_string(request["query_string"])
    user = event.get("user")
    if isinstance(user, dict):
        event["user"] = {field: user[field] for field in KEPT_USER_FIELDS if field in user}
    return scrubbed(event)


def git_commit(project_dir):
    """The commit checked out in project_dir, read from .git without running git; None
    when there is no readable repository (an image built without one, say)."""
    git_dir = Path(project_dir) / ".git"
    try:
        if git_dir.is_file():
            # A linked worktree: .git names its own directory, which names the common one.
            git_dir = (
                git_dir.parent / git_dir.read_text().split("gitdir:", 1)[1].strip()
            ).resolve()
        common_dir = git_dir
        if (git_dir / "commondir").is_file():
            common_dir = (git_dir / (git_dir / "commondir").read_text().strip()).resolve()
        head = (git_dir / "HEAD").read_text().strip()
        if not head.startswith("ref:"):
            return head or None
        ref = head.removeprefix("ref:").strip()
        for directory in (git_dir, common_dir):
            if (directory / ref).is_file():
                return (directory / ref).read_text().strip() or None
        for line in (common_dir / "packed-refs").read_text().splitlines():
            commit, _, name = line.partition(" ")
            if name == ref:
                return commit
    except (OSError, IndexError, UnicodeDecodeError):
        return None
    return None


def traces_sample_rate(environ):
    """The share of transactions to send, from SENTRY_TRACES_SAMPLE_RATE."""
    value = environ.get("SENTRY_TRACES_SAMPLE_RATE", "").strip()
    if not value:
        return DEFAULT_TRACES_SAMPLE_RATE
    try:
        rate = float(value)
    except ValueError:
        rate = -1.0
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"SENTRY_TRACES_SAMPLE_RATE must be between 0 and 1, not {value!r}.")
    return rate


def sentry_options(environ, project_dir):
    """The arguments of sentry_sdk.init for this environment (SENTRY_DSN must be set)."""
    return {
        "dsn": environ["SENTRY_DSN"],
        "release": environ.get("SENTRY_RELEASE") or git_commit(project_dir),
        "environment": environ.get("SENTRY_ENVIRONMENT") or DEFAULT_ENVIRONMENT,
        "traces_sample_rate": traces_sample_rate(environ),
        "integrations": [DjangoIntegration()],
        "send_default_pii": False,
        "max_request_body_size": "never",
        "include_local_variables": False,
        "before_send": scrub_event,
        "before_send_transaction": scrub_event,
    }


def setup_error_reporting(environ, project_dir):
    """Start sending errors and sampled transactions when SENTRY_DSN is set; True when started."""
    if not environ.get("SENTRY_DSN"):
        return False
    # Requests for a host the site does not serve are bots probing addresses, not errors.
    ignore_logger("django.security.DisallowedHost")
    sentry_sdk.init(**sentry_options(environ, project_dir))
    return True
