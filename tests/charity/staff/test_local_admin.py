from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

import pytest

pytestmark = pytest.mark.django_db


def test_no_default_account_is_created_when_debug_is_off(settings):
    settings.DEBUG = False
    out = StringIO()
    call_command("ensure_local_admin", stdout=out)
    assert not get_user_model().objects.exists()
    assert "no local admin account" in out.getvalue()


def test_local_development_gets_an_admin_account(settings):
    settings.DEBUG = True
    call_command("ensure_local_admin", stdout=StringIO())
    admin = get_user_model().objects.get()
    assert admin.is_superuser


def test_an_existing_user_table_is_left_alone_in_local_development(settings, django_user_model):
    settings.DEBUG = True
    django_user_model.objects.create_user(username="camille", password="un secret bien long")
    call_command("ensure_local_admin", stdout=StringIO())
    assert list(django_user_model.objects.values_list("username", flat=True)) == ["camille"]
