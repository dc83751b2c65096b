import re

import pytest

from charity.platform.login_throttling import client_ip_address

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        username="camille", password="le bon mot de passe", is_superuser=True
    )


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(
        LOGIN_URL,
        {"username": username, "password": password},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=address,
    )


def without_csrf_token(response):
    return re.sub(r'"CSRF_TOKEN": "[^"]+"', "", response.content.decode())


def test_right_password_signs_in(client, editor):
    response = sign_in(client, "camille", "le bon mot de passe")
    assert response.status_code == 302
    # Signed in: a superuser's next step is the second factor, not the password again.
    assert client.get("/admin/")["Location"].startswith("/admin/2fa/devices/new")


def test_fifth_wrong_password_locks_out_even_the_right_password(client, editor):
    for _ in range(4):
        assert sign_in(client, "camille", "devinette").status_code == 200
    fifth = sign_in(client, "camille", "devinette")
    assert fifth.status_code == 429
    assert "axes_lockout.html" in [template.name for template in fifth.templates]
    assert fifth.context["minutes"] == 15

    response = sign_in(client, "camille", "le bon mot de passe")
    assert response.status_code == 429
    assert client.get("/admin/").status_code == 302


def test_lockout_ends_after_the_cool_off(client, editor, settings):
    import datetime

    from axes.models import AccessAttempt

    for _ in range(5):
        sign_in(client, "camille", "devinette")
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16)
    )
    assert sign_in(client, "camille", "le bon mot de passe").status_code == 302


def test_lockout_is_per_username_and_address(client, editor, django_user_model):
    """Nobody can lock an editor out from elsewhere, nor lock out other accounts."""
    django_user_model.objects.create_user(username="dominique", password="un autre secret")
    for _ in range(5):
        sign_in(client, "camille", "devinette", address="198.51.100.66")
    assert sign_in(client, "camille", "devinette", address="198.51.100.66").status_code == 429

    assert (
        sign_in(client, "dominique", "un autre secret", address="198.51.100.66").status_code == 302
    )
    client.logout()
    assert (
        sign_in(client, "camille", "le bon mot de passe", address="203.0.113.7").status_code == 302
    )


def test_same_message_whether_or_not_the_username_exists(client, editor):
    wrong_password = sign_in(client, "camille", "devinette")
    unknown_user = sign_in(client, "personne", "devinette")
    assert wrong_password.status_code == unknown_user.status_code == 200
    assert wrong_password.context["form"].non_field_errors() == (
        unknown_user.context["form"].non_field_errors()
    )
    assert wrong_password.context["form"].non_field_errors()


def test_lockout_page_does_not_reveal_whether_the_username_exists(client, editor):
    for _ in range(5):
        known = sign_in(client, "camille", "devinette")
        unknown = sign_in(client, "personne", "devinette")
    assert known.status_code == unknown.status_code == 429
    assert without_csrf_token(known) == without_csrf_token(unknown)


def test_client_address_is_the_one_the_trusted_proxy_saw(rf, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    spoofed = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7")
    assert client_ip_address(spoofed) == "203.0.113.7"
    direct = rf.get("/", REMOTE_ADDR="127.0.0.1")
    assert client_ip_address(direct) == "127.0.0.1"


def test_forwarded_header_is_ignored_without_a_proxy(rf, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    request = rf.get("/", REMOTE_ADDR="192.0.2.10", HTTP_X_FORWARDED_FOR="6.6.6.6")
    assert client_ip_address(request) == "192.0.2.10"


def test_weak_passwords_are_refused():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("margo2024", "password1234", "123456789012"):
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("quatre chevaux blancs dansent")
