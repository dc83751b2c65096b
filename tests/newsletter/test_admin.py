"""Subscribers in the admin: who may see them, the filters, the search and the CSV export."""

import csv
import io

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

import pytest

from newsletter.models import Subscriber, SubscriberStatus

pytestmark = pytest.mark.django_db

INDEX = "newsletter_subscribers:index"


@pytest.fixture
def subscribers(db):
    now = timezone.now()

    def make(email, language, status):
        return Subscriber.objects.create(
            email=email,
            language=language,
            status=status,
            consent_text=f"Consent {email}",
            consent_language=language,
            consent_at=now,
            confirmed_at=now if status == SubscriberStatus.CONFIRMED else None,
        )

    return [
        make("anne@example.org", "fr", SubscriberStatus.CONFIRMED),
        make("ben@example.org", "en", SubscriberStatus.CONFIRMED),
        make("chloe@example.org", "fr", SubscriberStatus.PENDING),
        make("=cmd@example.org", "fr", SubscriberStatus.CONFIRMED),
    ]


def test_moderators_and_administrators_are_given_the_permissions():
    for name in ("Moderators", "Administrators"):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"view_subscriber", "change_subscriber", "delete_subscriber"} <= codenames
        assert "add_subscriber" not in codenames
    editors = Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    assert not {"view_subscriber", "change_subscriber", "delete_subscriber"} & set(editors)


def test_editors_cannot_see_subscribers(client_for, editor, subscribers):
    client = client_for(editor)
    response = client.get(reverse(INDEX))
    assert response.status_code in (302, 403)
    assert b"anne@example.org" not in response.content
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(INDEX) not in menu


def test_moderators_filter_search_and_export(client_for, moderator, subscribers):
    client = client_for(moderator)
    listing = client.get(reverse(INDEX)).content.decode()
    assert all(subscriber.email in listing for subscriber in subscribers)

    english = client.get(reverse(INDEX), {"language": "en"}).content.decode()
    assert "ben@example.org" in english
    assert "anne@example.org" not in english
    pending = client.get(reverse(INDEX), {"status": "pending"}).content.decode()
    assert "chloe@example.org" in pending
    assert "anne@example.org" not in pending
    found = client.get(reverse(INDEX), {"q": "BEN@"}).content.decode()
    assert "ben@example.org" in found
    assert "anne@example.org" not in found

    response = client.get(
        reverse(INDEX), {"export": "csv", "status": "confirmed", "language": "fr"}
    )
    assert response.status_code == 200
    assert 'filename="newsletter-subscribers.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert sorted(row["email"] for row in rows) == ["'=cmd@example.org", "anne@example.org"]
    anne = next(row for row in rows if row["email"] == "anne@example.org")
    assert anne["language"] == "fr"
    assert anne["consent_text"] == "Consent anne@example.org"
    assert anne["consent_language"] == "fr"
    assert anne["consent_at"]


def test_nobody_adds_a_subscriber_by_hand(admin_client, subscribers):
    assert admin_client.get(reverse("newsletter_subscribers:add")).status_code in (302, 403)
    listing = admin_client.get(reverse(INDEX)).content.decode()
    assert reverse("newsletter_subscribers:add") not in listing


def test_the_inspect_view_shows_the_consent(client_for, administrator, subscribers):
    client = client_for(administrator)
    response = client.get(reverse("newsletter_subscribers:inspect", args=[subscribers[0].pk]))
    assert response.status_code == 200
    assert "Consent anne@example.org" in response.content.decode()
