"""purge_newsletter_signups deletes unconfirmed sign-ups past the retention, nothing else."""

import datetime
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

import pytest

from newsletter.models import Subscriber, SubscriberStatus

pytestmark = pytest.mark.django_db

RETENTION = 7 * 24 * 60 * 60


def subscriber(email, status, age):
    when = timezone.now() - age
    return Subscriber.objects.create(
        email=email,
        status=status,
        consent_text="J’accepte.",
        consent_language="fr",
        consent_at=when,
        created_at=when,
    )


def test_purges_at_the_boundary(settings):
    settings.NEWSLETTER_PENDING_RETENTION = RETENTION
    retention = datetime.timedelta(seconds=RETENTION)
    minute = datetime.timedelta(minutes=1)
    subscriber("just-older@example.org", SubscriberStatus.PENDING, retention + minute)
    subscriber("just-younger@example.org", SubscriberStatus.PENDING, retention - minute)
    subscriber("confirmed@example.org", SubscriberStatus.CONFIRMED, retention * 10)
    subscriber("left@example.org", SubscriberStatus.UNSUBSCRIBED, retention * 10)

    out = StringIO()
    call_command("purge_newsletter_signups", "--dryrun", stdout=out)
    assert "1 unconfirmed sign-up(s) would be deleted." in out.getvalue()
    assert Subscriber.objects.count() == 4

    out = StringIO()
    call_command("purge_newsletter_signups", stdout=out)
    assert "1 unconfirmed sign-up(s) deleted." in out.getvalue()
    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        "just-younger@example.org",
        "confirmed@example.org",
        "left@example.org",
    }


def test_a_new_sign_up_restarts_the_clock(sign_up, settings):
    settings.NEWSLETTER_PENDING_RETENTION = RETENTION
    old = subscriber("alice@example.org", SubscriberStatus.PENDING, datetime.timedelta(days=30))
    sign_up(email="alice@example.org")
    call_command("purge_newsletter_signups", stdout=StringIO())
    assert Subscriber.objects.filter(pk=old.pk).exists()
