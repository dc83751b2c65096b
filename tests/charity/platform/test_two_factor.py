"""Two-factor sign-in: who must use it, codes from an authenticator app and recovery codes,
the sign-in throttling around the code step, and the administrators' reset command."""

import re

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.urls import reverse

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from charity.platform.two_factor import make_recovery_codes, two_factor_required

pytestmark = pytest.mark.django_db

PASSWORD = "un mot de passe assez long"
LOGIN_URL = "/admin/login/"
CODE_URL = "/admin/2fa/auth"
ENROLMENT_URL = "/admin/2fa/devices/new"


@pytest.fixture
def member(django_user_model):
    """``member("Moderators")``: a member of staff in that group, password ``PASSWORD``."""

    def member(group_name, username=None):
        user = django_user_model.objects.create_user(
            username=username or group_name.lower(), password=PASSWORD
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return member


def authenticator_of(user):
    return TOTPDevice.objects.create(user=user, name="Téléphone", confirmed=True)


def authenticator_code(device):
    """The code the person's app shows now: the next period's once this one's was used,
    as an app shows a few seconds later (django-otp accepts one period either side)."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    while totp.t() <= device.last_t:
        totp.drift += 1
    return f"{totp.token():0{device.digits}d}"


def sign_in(client, username, password=PASSWORD):
    return client.post(LOGIN_URL, {"username": username, "password": password})


def enter_code(client, code):
    return client.post(CODE_URL, {"otp_token": code, "next": "/admin/"})


def admin_answer(client):
    """Where the admin's dashboard sends the client: "dashboard", "code" or "enrolment"."""
    response = client.get("/admin/")
    if response.status_code == 200:
        return "dashboard"
    location = response["Location"]
    if location.startswith(CODE_URL):
        return "code"
    if location.startswith(ENROLMENT_URL):
        return "enrolment"
    return location


# Who must use it


def test_moderators_administrators_and_superusers_must(member, django_user_model):
    assert two_factor_required(member("Moderators"))
    assert two_factor_required(member("Administrators"))
    assert two_factor_required(
        django_user_model.objects.create_superuser("root", password=PASSWORD)
    )


def test_editors_may_unless_the_setting_requires_it(member, settings):
    editor = member("Editors")
    settings.TWO_FACTOR_REQUIRED_FOR_EDITORS = False
    assert not two_factor_required(editor)
    settings.TWO_FACTOR_REQUIRED_FOR_EDITORS = True
    assert two_factor_required(editor)


def test_the_setting_does_not_reach_people_without_admin_access(django_user_model, settings):
    settings.TWO_FACTOR_REQUIRED_FOR_EDITORS = True
    assert not two_factor_required(django_user_model.objects.create_user("visiteur"))


def test_a_moderator_without_a_device_is_sent_to_enrolment(client, member):
    member("Moderators")
    assert sign_in(client, "moderators").status_code == 302
    assert admin_answer(client) == "enrolment"
    assert client.get(ENROLMENT_URL).status_code == 200


def test_an_editor_signs_in_with_the_password_alone(client, member):
    member("Editors")
    sign_in(client, "editors")
    assert admin_answer(client) == "dashboard"


def test_with_the_setting_an_editor_is_sent_to_enrolment(client, member, settings):
    settings.TWO_FACTOR_REQUIRED_FOR_EDITORS = True
    member("Editors")
    sign_in(client, "editors")
    assert admin_answer(client) == "enrolment"


def test_an_editor_who_enrolled_is_asked_for_a_code(client, member):
    authenticator_of(member("Editors"))
    sign_in(client, "editors")
    assert admin_answer(client) == "code"


def test_visitors_without_a_session_are_not_looked_up(rf):
    """The middleware reads nothing for a visitor, whose page stays shareable by caches."""
    from django.contrib.auth.middleware import AuthenticationMiddleware
    from django.contrib.sessions.middleware import SessionMiddleware
    from django.http import HttpResponse

    from charity.platform.two_factor import TwoFactorMiddleware

    request = rf.get("/fr/")
    handler = SessionMiddleware(
        AuthenticationMiddleware(TwoFactorMiddleware(lambda request: HttpResponse()))
    )
    handler(request)
    assert not request.session.accessed


# Codes


def test_a_correct_code_from_the_app_signs_in(client, member):
    device = authenticator_of(member("Moderators"))
    sign_in(client, "moderators")
    assert admin_answer(client) == "code"
    response = enter_code(client, authenticator_code(device))
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert admin_answer(client) == "dashboard"


def test_a_wrong_code_is_refused_with_a_message(client, member):
    device = authenticator_of(member("Moderators"))
    sign_in(client, "moderators")
    right = authenticator_code(device)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    response = enter_code(client, wrong)
    assert response.status_code == 200
    assert response.context["form"].errors["__all__"] == [
        "Ce code n’est pas valide. Vérifiez-le et réessayez."
    ]
    assert admin_answer(client) == "code"


def test_a_code_works_only_once(client, member):
    device = authenticator_of(member("Moderators"))
    sign_in(client, "moderators")
    code = authenticator_code(device)
    enter_code(client, code)
    client.post(reverse("wagtailadmin_logout"))
    sign_in(client, "moderators")
    assert enter_code(client, code).status_code == 200
    assert admin_answer(client) == "code"


def test_a_recovery_code_signs_in_once(client, member):
    moderator = member("Moderators")
    authenticator_of(moderator)
    codes = make_recovery_codes(moderator)
    assert len(codes) == len(set(codes)) == 10

    sign_in(client, "moderators")
    # Typed as it is read out: upper case, with a space.
    assert enter_code(client, f"{codes[0][:4].upper()} {codes[0][4:]}").status_code == 302
    assert admin_answer(client) == "dashboard"
    assert StaticToken.objects.filter(device__user=moderator).count() == 9

    client.post(reverse("wagtailadmin_logout"))
    sign_in(client, "moderators")
    assert enter_code(client, codes[0]).status_code == 200
    assert admin_answer(client) == "code"


def test_the_code_step_needs_the_password_first(client, member):
    device = authenticator_of(member("Moderators"))
    response = enter_code(client, authenticator_code(device))
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL)


# Enrolment and recovery codes


def test_enrolment_confirms_the_device_and_shows_the_recovery_codes_once(client, member):
    moderator = member("Moderators")
    sign_in(client, "moderators")
    page = client.get(ENROLMENT_URL)
    secret = re.search(r"data-two-factor-secret>([A-Z2-7 ]+)<", page.content.decode()).group(1)
    device = TOTPDevice.objects.get(user=moderator, confirmed=False)
    assert secret.replace(" ", "") in device.config_url

    response = client.post(
        ENROLMENT_URL,
        {"name": "Téléphone", "otp_token": authenticator_code(device), "password": PASSWORD},
    )
    assert response["Location"] == reverse("two_factor_recovery_codes")
    assert admin_answer(client) == "dashboard"

    shown = client.get(reverse("two_factor_recovery_codes"))
    codes = shown.context["new_codes"]
    assert len(codes) == 10
    for code in codes:
        assert code in shown.content.decode()
    again = client.get(reverse("two_factor_recovery_codes"))
    assert again.context["new_codes"] is None
    assert again.context["remaining"] == 10
    assert codes[0] not in again.content.decode()


def test_enrolment_refuses_a_wrong_code_or_password(client, member):
    moderator = member("Moderators")
    sign_in(client, "moderators")
    client.get(ENROLMENT_URL)
    device = TOTPDevice.objects.get(user=moderator, confirmed=False)
    response = client.post(
        ENROLMENT_URL, {"name": "Téléphone", "otp_token": "000000", "password": "pas le bon"}
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["otp_token"] == ["Ce code n’est pas valide. Vérifiez-le et réessayez."]
    assert errors["password"] == ["Ce mot de passe n’est pas le bon."]
    device.refresh_from_db()
    assert not device.confirmed
    assert admin_answer(client) == "enrolment"


def test_new_recovery_codes_replace_the_old_ones(client, member):
    moderator = member("Moderators")
    device = authenticator_of(moderator)
    old = make_recovery_codes(moderator)
    sign_in(client, "moderators")
    enter_code(client, authenticator_code(device))

    response = client.post(reverse("two_factor_recovery_codes"))
    assert response.status_code == 302
    new = client.get(reverse("two_factor_recovery_codes")).context["new_codes"]
    assert len(new) == 10
    remaining = set(
        StaticToken.objects.filter(device__user=moderator).values_list("token", flat=True)
    )
    assert remaining == set(new)
    assert not remaining & set(old)


def test_the_account_page_links_to_two_factor_sign_in(admin_client):
    response = admin_client.get(reverse("wagtailadmin_account"))
    assert reverse("wagtail_2fa_device_list", args=[response.context["user"].pk]) in (
        response.content.decode()
    )


# Throttling


def test_five_wrong_passwords_lock_out_before_any_code(client, member):
    authenticator_of(member("Moderators"))
    for _ in range(4):
        assert sign_in(client, "moderators", "devinette").status_code == 200
    assert sign_in(client, "moderators", "devinette").status_code == 429
    assert sign_in(client, "moderators").status_code == 429
    assert admin_answer(client).startswith(LOGIN_URL)


def test_wrong_codes_count_towards_the_same_lockout(client, member):
    device = authenticator_of(member("Moderators"))
    sign_in(client, "moderators")
    answers = [enter_code(client, "000000").status_code for _ in range(5)]
    assert answers == [200, 200, 200, 200, 429]
    # Signed out, and the password alone no longer gets anyone back to the code step.
    assert admin_answer(client).startswith(LOGIN_URL)
    assert sign_in(client, "moderators").status_code == 429
    device.throttle_reset()
    assert enter_code(client, authenticator_code(device)).status_code == 302
    assert admin_answer(client).startswith(LOGIN_URL)


def test_a_lockout_during_the_code_step_ends_it(client, member):
    from django.test import Client

    device = authenticator_of(member("Moderators"))
    sign_in(client, "moderators")
    guesser = Client()
    for _ in range(5):
        sign_in(guesser, "moderators", "devinette")
    response = enter_code(client, authenticator_code(device))
    assert response.status_code == 429
    assert admin_answer(client).startswith(LOGIN_URL)


def test_wrong_codes_slow_the_device_down(client, member):
    device = authenticator_of(member("Moderators"))
    sign_in(client, "moderators")
    enter_code(client, "000000")
    response = enter_code(client, authenticator_code(device))
    assert response.status_code == 200
    assert "Trop de codes erronés" in response.context["form"].errors["__all__"][0]


# Lost device


def test_reset_removes_devices_and_recovery_codes(client, member, capsys):
    moderator = member("Moderators")
    authenticator_of(moderator)
    make_recovery_codes(moderator)
    other = member("Administrators")
    authenticator_of(other)

    call_command("reset_two_factor", "moderators")
    assert "2 two-factor device(s) removed" in capsys.readouterr().out
    assert not TOTPDevice.objects.filter(user=moderator).exists()
    assert not StaticDevice.objects.filter(user=moderator).exists()
    assert not StaticToken.objects.filter(device__user=moderator).exists()
    assert TOTPDevice.objects.filter(user=other).exists()

    sign_in(client, "moderators")
    assert admin_answer(client) == "enrolment"


def test_reset_ends_a_session_verified_with_the_lost_device(client, member):
    moderator = member("Moderators")
    device = authenticator_of(moderator)
    sign_in(client, "moderators")
    enter_code(client, authenticator_code(device))
    assert admin_answer(client) == "dashboard"
    call_command("reset_two_factor", "moderators")
    assert admin_answer(client) == "enrolment"


def test_reset_of_an_unknown_username_fails(db):
    with pytest.raises(CommandError, match="personne"):
        call_command("reset_two_factor", "personne")


def test_forced_test_logins_are_verified(admin_client):
    """The suite's other admin tests sign in past the second factor (tests/conftest.py)."""
    assert admin_client.get("/admin/").status_code == 200
