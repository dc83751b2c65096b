from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

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
