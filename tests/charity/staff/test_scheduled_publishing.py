"""Scheduled publishing and expiry happen when `manage.py publish_scheduled` runs after their time.

Production runs the command every minute (see the README); here the clock is moved forward.
"""

import datetime

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageLogEntry

import pytest

from tests.charity.page_editing import edit_form_data, edit_url
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


class Clock:
    """timezone.now(), which Wagtail reads to decide what is due, moved by hand."""

    def __init__(self, monkeypatch):
        self.offset = datetime.timedelta(0)
        real_now = timezone.now
        monkeypatch.setattr(timezone, "now", lambda: real_now() + self.offset)

    def advance(self, **delta):
        self.offset += datetime.timedelta(**delta)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch)


def admin_datetime(moment):
    """A date and time as staff type it in the admin, in Paris time."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def publish_with_dates(client, page, **dates):
    data = edit_form_data(client, page)
    for name, moment in dates.items():
        data[name] = admin_datetime(moment)
    data["action-publish"] = "1"
    response = client.post(edit_url(page), data)
    assert response.status_code == 302


def test_scheduled_page_goes_live_only_after_its_time_once_the_command_runs(
    client_for, moderator, home_page, client, clock
):
    page = StandardPageFactory(parent=home_page, title="Gala 2026", live=False)
    go_live_at = timezone.now() + datetime.timedelta(hours=2)
    publish_with_dates(client_for(moderator), page, go_live_at=go_live_at)
    client.logout()

    page.refresh_from_db()
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is not None

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live, "nothing is published before its time"
    assert client.get(page.url).status_code == 404

    clock.advance(hours=2, minutes=1)
    page.refresh_from_db()
    assert not page.live, "nor when its time has come but the command has not run"

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish.scheduled").exists()


def test_expired_page_is_unpublished_when_the_command_runs(
    client_for, moderator, home_page, client, clock
):
    page = StandardPageFactory(parent=home_page, title="Appel à projets 2025")
    expire_at = timezone.now() + datetime.timedelta(days=1)
    publish_with_dates(client_for(moderator), page, expire_at=expire_at)
    client.logout()

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live

    clock.advance(days=1, minutes=1)
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    assert page.expired
    assert client.get(page.url).status_code == 404
    assert PageLogEntry.objects.filter(page=page, action="wagtail.unpublish.scheduled").exists()


def test_an_editor_s_scheduled_page_waits_for_moderation(client_for, editor, home_page):
    page = StandardPageFactory(parent=home_page, title="Course des héros", live=False)
    client = client_for(editor)
    data = edit_form_data(client, page)
    data["go_live_at"] = admin_datetime(timezone.now() + datetime.timedelta(hours=1))
    data["action-publish"] = "1"
    client.post(edit_url(page), data)

    page.refresh_from_db()
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is None, "not scheduled until approved"
