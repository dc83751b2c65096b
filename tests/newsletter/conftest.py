import re

from django.core import mail
from django.urls import reverse
from django.utils import translation

import pytest

from tests.charity.conftest import (  # noqa: F401 - fixtures
    administrator,
    client_for,
    editor,
    moderator,
)

ADDRESS = "alice@example.org"


def signup_url(language="fr"):
    with translation.override(language):
        return reverse("newsletter:signup")


def page_url(name, language="fr"):
    with translation.override(language):
        return reverse(f"newsletter:{name}")


@pytest.fixture
def sign_up(client, db):
    """``sign_up(email, language=..., page_language=..., **fields)``: posts the form."""

    def sign_up(
        email=ADDRESS, language="fr", page_language="fr", consent="on", secure=False, **extra
    ):
        data = {"email": email, "language": language, "consent": consent, "website": ""}
        data.update({key: value for key, value in extra.items() if not key.isupper()})
        headers = {key: value for key, value in extra.items() if key.isupper()}
        return client.post(signup_url(page_language), data, secure=secure, **headers)

    return sign_up


def links_in(message):
    return re.findall(r"https?://[^\s\"<>]+", message.body)


def confirmation_link(message):
    return next(link for link in links_in(message) if "/confirm" in link)


def unsubscribe_link(message):
    return next(
        link for link in links_in(message) if "/unsubscribe/" in link or "/desinscription/" in link
    )


def path_of(link):
    return re.sub(r"^https?://[^/]+", "", link)


@pytest.fixture
def outbox():
    return mail.outbox
