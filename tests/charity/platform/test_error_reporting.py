"""Error reports: what reaches a Sentry server, and that nothing is sent without a DSN.

The SDK is started with the site's own options and a transport that keeps the envelopes
it is given, so nothing leaves the machine; a view of this module raises an error while
a visitor posts a form with a password and an e-mail address and a session cookie.
"""

import json
import os
from pathlib import Path

from django.conf import settings
from django.test import Client, RequestFactory
from django.test.client import ClientHandler
from django.urls import path

import pytest
import sentry_sdk
from sentry_sdk.integrations.wsgi import SentryWsgiMiddleware
from sentry_sdk.transport import Transport

from charity.platform.error_reporting import (
    git_commit,
    scrub_event,
    sentry_options,
    setup_error_reporting,
    traces_sample_rate,
)
from tests.settings_process import run_with_settings

ROOT = Path(__file__).resolve().parents[3]

PASSWORD = "correct-horse-battery-staple-42"
EMAIL = "margo.donor@example.org"
SESSION_KEY = "sessionkeythatmustnotleave0123456789"
CSRF_TOKEN = "csrftokenthatmustnotleave0123456789"
BEARER_TOKEN = "bearertokenthatmustnotleave0123456789"
RELEASE = "release-under-test-1.2.3"
ENVIRONMENT = "staging-under-test"

ENVIRON = {
    "SENTRY_DSN": "https://public-key@errors.example.org/42",
    "SENTRY_RELEASE": RELEASE,
    "SENTRY_ENVIRONMENT": ENVIRONMENT,
    "SENTRY_TRACES_SAMPLE_RATE": "1.0",
}

FORM = {
    "email": EMAIL,
    "password": PASSWORD,
    "message": f"Write to me at {EMAIL}",
    "csrfmiddlewaretoken": CSRF_TOKEN,
}
QUERY = f"?email={EMAIL}&token={BEARER_TOKEN}"
SECRETS = (PASSWORD, EMAIL, SESSION_KEY, CSRF_TOKEN, BEARER_TOKEN)

pytestmark = [
    # send_default_pii=False is kept on purpose: its replacement, data_collection, turns
    # the SDK's own event scrubber off.
    pytest.mark.filterwarnings("ignore:The send_default_pii option is deprecated"),
]


class DonationThanksFailed(Exception):
    pass


def view_that_fails(request):
    raise DonationThanksFailed(f"Could not thank {request.POST.get('email')}")


urlpatterns = [path("thanks/", view_that_fails)]


class CollectingTransport(Transport):
    """Keeps every envelope instead of sending it."""

    def __init__(self, options=None):
        super().__init__(options)
        self.envelopes = []

    def capture_envelope(self, envelope):
        self.envelopes.append(envelope)


@pytest.fixture
def sentry_transport():
    transport = CollectingTransport()
    sentry_sdk.init(**sentry_options(ENVIRON, ROOT), transport=transport)
    yield transport
    sentry_sdk.get_client().close()
    sentry_sdk.get_global_scope().set_client(None)


def sent_items(transport, item_type):
    return [
        json.loads(item.get_bytes())
        for envelope in transport.envelopes
        for item in envelope.items
        if item.type == item_type
    ]


def assert_nothing_personal_was_sent(transport):
    sent = b"".join(envelope.serialize() for envelope in transport.envelopes)
    for secret in SECRETS:
        assert secret.encode() not in sent, secret
    assert b"margo.donor" not in sent


def assert_reported(event):
    [exception] = event["exception"]["values"]
    assert exception["type"] == "DonationThanksFailed"
    assert exception["value"] == "Could not thank [email]"
    assert event["release"] == RELEASE
    assert event["environment"] == ENVIRONMENT
    assert "data" not in event.get("request", {})
    assert "cookies" not in event.get("request", {})


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_an_error_in_a_view_is_reported_without_personal_data(sentry_transport):
    client = Client(raise_request_exception=False)
    client.cookies[settings.SESSION_COOKIE_NAME] = SESSION_KEY
    client.cookies[settings.CSRF_COOKIE_NAME] = CSRF_TOKEN
    response = client.post(f"/thanks/{QUERY}", FORM, headers={"Authorization": BEARER_TOKEN})
    assert response.status_code == 500
    sentry_sdk.flush()

    assert_nothing_personal_was_sent(sentry_transport)
    [event] = sent_items(sentry_transport, "event")
    assert_reported(event)


def site_behind_a_wsgi_server(environ, start_response):
    """The site as gunicorn runs it, Sentry's WSGI layer included, on the test database."""
    response = ClientHandler(enforce_csrf_checks=False)(environ)
    start_response(f"{response.status_code} {response.reason_phrase}", list(response.items()))
    return [response.content]


@pytest.mark.django_db
@pytest.mark.urls(__name__)
def test_behind_a_wsgi_server_headers_and_the_transaction_are_scrubbed_too(sentry_transport):
    factory = RequestFactory(
        headers={"Authorization": f"Bearer {BEARER_TOKEN}", "X-Forwarded-For": "192.0.2.1"}
    )
    factory.cookies[settings.SESSION_COOKIE_NAME] = SESSION_KEY
    factory.cookies[settings.CSRF_COOKIE_NAME] = CSRF_TOKEN
    environ = factory.post(f"/thanks/{QUERY}", FORM).environ
    statuses = []
    application = SentryWsgiMiddleware(site_behind_a_wsgi_server)
    b"".join(application(environ, lambda status, headers, exc_info=None: statuses.append(status)))
    assert statuses == ["500 Internal Server Error"]
    sentry_sdk.flush()

    assert_nothing_personal_was_sent(sentry_transport)
    [event] = sent_items(sentry_transport, "event")
    assert_reported(event)
    request = event["request"]
    assert request["url"] == "http://testserver/thanks/"
    assert request["method"] == "POST"
    headers = {name.lower() for name in request["headers"]}
    assert "content-type" in headers
    assert not headers & {"authorization", "cookie", "set-cookie", "x-forwarded-for"}
    assert b"192.0.2.1" not in b"".join(e.serialize() for e in sentry_transport.envelopes)

    [transaction] = sent_items(sentry_transport, "transaction")
    assert transaction["transaction"] == "/thanks/"
    assert transaction["release"] == RELEASE
    assert transaction["environment"] == ENVIRONMENT


def test_scrubbing_reaches_every_message_header_and_nested_secret():
    event = {
        "message": f"Bounce from {EMAIL}",
        "logentry": {"message": "Bounce from %s", "params": [EMAIL]},
        "request": {
            "headers": {"Cookie": "a=b", "Set-Cookie": "c=d", "Authorization": "Basic x"},
            "cookies": {"sessionid": SESSION_KEY},
            "data": {"password": PASSWORD},
            "query_string": f"next=/&api_token={BEARER_TOKEN}",
        },
        "user": {"id": 7, "email": EMAIL, "ip_address": "192.0.2.1"},
        "extra": {"settings": {"EMAIL_HOST_PASSWORD": PASSWORD}},
    }
    scrubbed = json.dumps(scrub_event(event))
    for secret in (PASSWORD, EMAIL, SESSION_KEY, BEARER_TOKEN, "192.0.2.1", "Basic x"):
        assert secret not in scrubbed, secret
    assert "Bounce from [email]" in scrubbed
    assert json.loads(scrubbed)["user"] == {"id": 7}


def test_without_a_dsn_sentry_is_not_started():
    assert setup_error_reporting({"SENTRY_RELEASE": RELEASE}, ROOT) is False
    assert not sentry_sdk.get_client().is_active()


def settings_process(**environ):
    script = (
        "import django, sentry_sdk; django.setup(); client = sentry_sdk.get_client(); "
        "print(client.is_active(), client.options.get('release'), "
        "client.options.get('environment'), client.options.get('traces_sample_rate'))"
    )
    sentry = [name for name in os.environ if name.startswith("SENTRY_")]
    return run_with_settings(script, sentry, **environ)


def test_the_settings_start_sentry_only_with_a_dsn():
    without = settings_process()
    assert without.returncode == 0, without.stderr
    assert without.stdout.split()[0] == "False"

    # A DSN on a closed local port: nothing is sent, as nothing fails.
    started = settings_process(SENTRY_DSN="http://public-key@127.0.0.1:9/1")
    assert started.returncode == 0, started.stderr
    assert started.stdout.split() == ["True", git_commit(ROOT) or "None", "production", "0.05"]


def test_the_release_defaults_to_the_commit_checked_out(tmp_path):
    commit = "0123456789abcdef0123456789abcdef01234567"
    git_dir = tmp_path / ".git"
    (git_dir / "refs" / "heads").mkdir(parents=True)
    (git_dir / "HEAD").write_text("ref: refs/heads/main\n")
    (git_dir / "refs" / "heads" / "main").write_text(f"{commit}\n")
    assert sentry_options({"SENTRY_DSN": "https://k@e.example/1"}, tmp_path)["release"] == commit

    (git_dir / "refs" / "heads" / "main").unlink()
    (git_dir / "packed-refs").write_text(f"# pack-refs with: peeled\n{commit} refs/heads/main\n")
    assert git_commit(tmp_path) == commit

    (git_dir / "HEAD").write_text(f"{commit}\n")
    assert git_commit(tmp_path) == commit

    assert git_commit(tmp_path / "no-repository-here") is None


def test_the_traces_sample_rate_is_a_share_between_0_and_1():
    assert traces_sample_rate({}) == 0.05
    assert traces_sample_rate({"SENTRY_TRACES_SAMPLE_RATE": "0.2"}) == 0.2
    for nonsense in ("1.5", "-0.1", "often"):
        with pytest.raises(ValueError, match="SENTRY_TRACES_SAMPLE_RATE must be between 0 and 1"):
            traces_sample_rate({"SENTRY_TRACES_SAMPLE_RATE": nonsense})
