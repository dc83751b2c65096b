import io
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.test.utils import override_settings

import pytest


def staff_member(username, group_name):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@imagineformargo.example",
        password="not-used-in-tests",
        first_name=username.capitalize(),
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db):
    return staff_member("emma", "Editors")


@pytest.fixture
def moderator(db):
    return staff_member("marc", "Moderators")


@pytest.fixture
def administrator(db):
    return staff_member("alice", "Administrators")


@pytest.fixture
def client_for(client):
    """A test client logged in as the given user."""

    def log_in(user):
        client.force_login(user)
        return client

    return log_in


# The demo content


class DemoContent:
    """The site load_demo_content builds, in a transaction left open from the first test
    that uses it to the last of those that run one after another (tests/conftest.py runs
    them together), then rolled back before any other test: loading it takes about half a
    minute. Each test still runs in a transaction of its own inside it."""

    def __init__(self):
        self.atomic = None
        self.blocker = None

    def open(self, django_db_blocker, media):
        if self.atomic is not None:
            return
        self.blocker = django_db_blocker
        with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
            self.atomic = transaction.atomic()
            self.atomic.__enter__()
            try:
                call_command("load_demo_content", stdout=io.StringIO())
            except BaseException:
                self.atomic.__exit__(*sys.exc_info())
                self.atomic = None
                raise

    def close(self):
        if self.atomic is None:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic = None


LOADED_DEMO_CONTENT = DemoContent()


@pytest.fixture(scope="session")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(scope="session")
def demo_content_until_the_end(django_db_setup):
    """Rolls the demo content back, at the latest, before the test database goes."""
    yield LOADED_DEMO_CONTENT
    LOADED_DEMO_CONTENT.close()


@pytest.fixture(scope="module")
def demo_content(demo_content_until_the_end, django_db_blocker, demo_media):
    # Module-scoped, so that its transaction is opened before the test's own.
    demo_content_until_the_end.open(django_db_blocker, demo_media)


@pytest.fixture
def demo_site(demo_content, media_root, settings, demo_media):
    """The demo content, loaded once for the tests that use it; its images are found."""
    settings.MEDIA_ROOT = demo_media


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    """Roll the demo content back once its last test has torn down its own transaction."""
    if "demo_content" in getattr(item, "fixturenames", ()) and (
        "demo_content" not in getattr(nextitem, "fixturenames", ())
    ):
        LOADED_DEMO_CONTENT.close()
