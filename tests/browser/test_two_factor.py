"""Two-factor sign-in in Chromium: a moderator enrols at the first sign-in by typing the key
into an app (here, computing the app's code from the key shown on the page), keeps the
recovery codes, and signs in again with a code; wrong codes are refused, and the sign-in
throttling still locks out after five failures, of passwords or of codes."""

import re
from base64 import b32decode

from django.urls import reverse

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.browser.conftest import STAFF_PASSWORD, authenticator_code

pytestmark = pytest.mark.browser

# The lockout page answers whoever asks, signed in or not, in the browser's language.
LOCKED_OUT = re.compile("Trop de tentatives de connexion échouées|Too many failed sign-in attempts")

WORDS = {
    "fr": {
        "enrol": "Activer la connexion à deux facteurs",
        "recovery": "Codes de secours",
        "code_step": "Saisissez votre code de connexion",
        "wrong_code": "Ce code n’est pas valide. Vérifiez-le et réessayez.",
    },
    "en": {
        "enrol": "Set up two-factor sign-in",
        "recovery": "Recovery codes",
        "code_step": "Enter your sign-in code",
        "wrong_code": "This code is not valid. Check it and try again.",
    },
}


def code_from_key(key, after_period=-1):
    """What an authenticator app set up with ``key`` shows, in a period after the one
    whose code was last used."""
    totp = TOTP(b32decode(key.replace(" ", "")))
    while totp.t() <= after_period:
        totp.drift += 1
    return f"{totp.token():06d}"


def type_password(page, user, password=STAFF_PASSWORD):
    page.goto(reverse("wagtailadmin_login"))
    page.locator("input[name=username]").fill(user.get_username())
    page.locator("input[name=password]").fill(password)
    page.locator("form button[type=submit]").click()


def type_code(page, code):
    page.locator("input[name=otp_token]").fill(code)
    page.locator("form.login-form button[type=submit]").click()


def sign_out(page):
    """Submit the admin's own "Log out" form, kept in the sidebar's account menu."""
    page.goto(reverse("wagtailadmin_home"))
    page.evaluate(
        """() => {
            const form = document.querySelector("form[action$='/logout/']");
            form.requestSubmit();
        }"""
    )
    page.wait_for_url(f"**{reverse('wagtailadmin_login')}**")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_moderator_enrols_keeps_the_recovery_codes_and_signs_in_with_a_code(
    open_context, staff, language
):
    moderator = staff("moderator", language=language)
    words = WORDS[language]
    page = open_context().new_page()
    type_password(page, moderator)

    page.wait_for_url(f"**{reverse('wagtail_2fa_device_new')}**")
    expect(page.locator("h1")).to_contain_text(words["enrol"])
    expect(page.locator("html")).to_have_attribute("lang", language)
    key = page.locator("[data-two-factor-secret]").inner_text()
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{1,4})+", key)
    page.locator("input[name=otp_token]").fill(code_from_key(key))
    page.locator("input[name=password]").fill(STAFF_PASSWORD)
    page.locator("main form button[type=submit]").click()

    page.wait_for_url(f"**{reverse('two_factor_recovery_codes')}")
    expect(page.locator("h1")).to_contain_text(words["recovery"])
    codes = page.locator("[data-recovery-codes] code").all_inner_texts()
    assert len(codes) == 10
    page.locator(f"main a[href='{reverse('wagtailadmin_home')}']").click()
    page.wait_for_url(f"**{reverse('wagtailadmin_home')}")

    sign_out(page)
    type_password(page, moderator)
    page.wait_for_url(f"**{reverse('wagtail_2fa_auth')}**")
    expect(page.locator("h1")).to_contain_text(words["code_step"])
    last_used = TOTPDevice.objects.get(user=moderator).last_t
    type_code(page, code_from_key(key, after_period=last_used))
    page.wait_for_url(f"**{reverse('wagtailadmin_home')}")


def test_a_wrong_code_is_refused_with_a_message(open_context, staff):
    moderator = staff("moderator", language="fr")
    device = TOTPDevice.objects.create(user=moderator, name="Téléphone", confirmed=True)
    page = open_context().new_page()
    type_password(page, moderator)
    page.wait_for_url(f"**{reverse('wagtail_2fa_auth')}**")
    right = authenticator_code(device)
    type_code(page, f"{(int(right) + 1) % 1_000_000:06d}")
    expect(page.locator(".messages .error")).to_have_text(WORDS["fr"]["wrong_code"])
    assert reverse("wagtail_2fa_auth") in page.url
    page.goto(reverse("wagtailadmin_home"))
    assert reverse("wagtail_2fa_auth") in page.url


def test_five_wrong_passwords_still_lock_out(open_context, staff):
    moderator = staff("moderator", language="en")
    TOTPDevice.objects.create(user=moderator, name="Phone", confirmed=True)
    page = open_context().new_page()
    for _ in range(5):
        type_password(page, moderator, password="not the password")
    expect(page.locator("h1")).to_have_text(LOCKED_OUT)
    type_password(page, moderator)
    expect(page.locator("h1")).to_have_text(LOCKED_OUT)


def test_wrong_codes_lock_out_like_wrong_passwords(open_context, staff):
    moderator = staff("moderator", language="en")
    TOTPDevice.objects.create(user=moderator, name="Phone", confirmed=True)
    page = open_context().new_page()
    type_password(page, moderator)
    page.wait_for_url(f"**{reverse('wagtail_2fa_auth')}**")
    for _ in range(5):
        type_code(page, "000000")
    expect(page.locator("h1")).to_have_text(LOCKED_OUT)
    # Signed out, and the right password does not reach the code step again.
    type_password(page, moderator)
    expect(page.locator("h1")).to_have_text(LOCKED_OUT)
