"""Two-factor sign-in for staff: a code from an authenticator app after the password.

Moderators, Administrators and superusers must use it: their groups hold the permission
``wagtailadmin.enable_2fa`` (charity/migrations/0012_…), which wagtail-2fa reads. Editors
may enrol, and must when TWO_FACTOR_REQUIRED_FOR_EDITORS is on. Whoever has a device is
asked for a code at every sign-in, required or not.

wagtail-2fa provides the enrolment and device pages; this module replaces its code form,
which no longer accepts correct codes with django-otp 1.7.1 and later (django-otp stopped
trying every device when the form names none), adds ten single-use recovery codes (a
django-otp StaticDevice) and ties the code step to the sign-in throttling: a wrong code
counts as a failed sign-in for the username and address, and a locked-out person is
signed out rather than left at the code step.
"""

import re
from base64 import b32encode
from functools import partial

from django import forms
from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_login_failed
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import View

from wagtail.admin.auth import require_admin_access
from wagtail.admin.menu import MenuItem

from axes.handlers.proxy import AxesProxyHandler
from django_otp import user_has_device
from django_otp.models import VerifyNotAllowed
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa import forms as wagtail_2fa_forms
from wagtail_2fa import views as wagtail_2fa_views
from wagtail_2fa.middleware import VerifyUserMiddleware, VerifyUserPermissionsMiddleware

from charity.platform.login_throttling import lockout_response

TWO_FACTOR_PERMISSION = "wagtailadmin.enable_2fa"
RECOVERY_CODE_COUNT = 10
RECOVERY_DEVICE_NAME = "Recovery codes"
# Codes made at enrolment or on request, kept in the session until the page shows them once.
NEW_RECOVERY_CODES_SESSION_KEY = "two_factor_new_recovery_codes"
AUTHENTICATOR_CODE = re.compile(r"^\d{6}$")


def two_factor_required(user):
    """Whether the person must sign in with a second factor: Moderators, Administrators
    and superusers always, every member of staff when TWO_FACTOR_REQUIRED_FOR_EDITORS is on."""
    if not user.is_authenticated:
        return False
    if user.has_perm(TWO_FACTOR_PERMISSION):
        return True
    return settings.TWO_FACTOR_REQUIRED_FOR_EDITORS and user.has_perm("wagtailadmin.access_admin")


def has_authenticator(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def make_recovery_codes(user):
    """Ten new single-use recovery codes for the person, replacing any left; returns them."""
    device, _ = StaticDevice.objects.get_or_create(
        user=user, defaults={"name": RECOVERY_DEVICE_NAME, "confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    device.token_set.bulk_create([StaticToken(device=device, token=code) for code in codes])
    device.throttle_reset()
    return codes


def remove_second_factor(user):
    """Remove every device and recovery code of the person, who enrols again at the next
    sign-in if the role requires it. Returns how many devices were removed."""
    removed = 0
    for model in (TOTPDevice, StaticDevice):
        removed += model.objects.filter(user=user).delete()[1].get(model._meta.label, 0)
    return removed


def sign_in_credentials(user):
    """What the sign-in throttling counts failures against, as the password form gives it."""
    return {"username": user.get_username()}


class TwoFactorMiddleware(VerifyUserPermissionsMiddleware):
    """wagtail-2fa's permission-based middleware, with the roles above deciding who must
    enrol.

    Requests without a session cookie cannot belong to a signed-in person and are left
    alone without reading the session, so that visitors' pages stay shareable by caches.
    """

    def process_request(self, request):
        # Not ``if request.user``, which would read the session of every visitor.
        if getattr(request, "user", None) is not None:
            request.user = SimpleLazyObject(partial(self._verify_user_sync, request, request.user))
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return None
        user = request.user
        # Read by wagtail-2fa's menu hook, which empties the menu of someone still to verify.
        user.enable_2fa = two_factor_required(user)
        if not self._require_verified_user(request):
            return None
        if user_has_device(user, confirmed=True):
            if not user.is_verified():
                return redirect_to_login(
                    request.get_full_path(), login_url=reverse("wagtail_2fa_auth")
                )
        else:
            return redirect_to_login(
                request.get_full_path(), login_url=reverse("wagtail_2fa_device_new")
            )
        return None

    def _require_verified_user(self, request):
        if not VerifyUserMiddleware._require_verified_user(self, request):
            return False
        return request.user.enable_2fa or user_has_device(request.user, confirmed=True)


class SecondFactorForm(forms.Form):
    """A code from the authenticator app or one of the recovery codes.

    Six digits are checked against the person's authenticator devices, anything else
    against the recovery codes, so that a mistyped code slows down only the kind of
    device it was meant for (django-otp doubles a device's wait after each failure).
    """

    otp_token = forms.CharField(
        label=_("Code"),
        max_length=32,
        help_text=_("The six digits shown by your authenticator app, or a recovery code."),
        widget=forms.TextInput(
            attrs={
                "autofocus": True,
                "autocomplete": "one-time-code",
                "autocapitalize": "off",
                "spellcheck": "false",
            }
        ),
    )

    error_messages = {
        "invalid": _("This code is not valid. Check it and try again."),
        "throttled": _(
            "Too many wrong codes in a row: wait a few seconds before trying another one."
        ),
    }

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_otp_token(self):
        return re.sub(r"[\s-]", "", self.cleaned_data["otp_token"]).lower()

    def candidate_devices(self, token):
        model = TOTPDevice if AUTHENTICATOR_CODE.match(token) else StaticDevice
        return model.objects.devices_for_user(self.user, confirmed=True).select_for_update()

    def clean(self):
        token = self.cleaned_data.get("otp_token")
        if not token:
            return self.cleaned_data
        self.user.otp_device = None
        throttled = False
        # Committed even when the code is refused: each device records its failures.
        with transaction.atomic():
            for device in self.candidate_devices(token):
                allowed, details = device.verify_is_allowed()
                if not allowed:
                    throttled = throttled or (
                        (details or {}).get("reason") == VerifyNotAllowed.N_FAILED_ATTEMPTS
                    )
                    continue
                if device.verify_token(token):
                    self.user.otp_device = device
                    return self.cleaned_data
        code = "throttled" if throttled else "invalid"
        raise forms.ValidationError(self.error_messages[code], code=code)


@method_decorator(require_admin_access, name="dispatch")
class SecondFactorView(wagtail_2fa_views.LoginView):
    """The code step of the sign-in, under the same throttling as the password step."""

    form_class = SecondFactorForm
    template_name = "wagtail_2fa/otp_form_v6.html"

    def dispatch(self, request, *args, **kwargs):
        if AxesProxyHandler.is_locked(request, sign_in_credentials(request.user)):
            return self.sign_out_locked_out()
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        AxesProxyHandler.reset_attempts(
            ip_address=self.request.axes_ip_address,
            username=self.request.user.get_username(),
        )
        return super().form_valid(form)

    def form_invalid(self, form):
        user_login_failed.send(
            sender=type(self),
            credentials=sign_in_credentials(self.request.user),
            request=self.request,
        )
        if getattr(self.request, "axes_locked_out", False):
            return self.sign_out_locked_out()
        return super().form_invalid(form)

    def sign_out_locked_out(self):
        logout(self.request)
        return lockout_response(self.request)


class AuthenticatorForm(wagtail_2fa_forms.DeviceForm):
    """wagtail-2fa's device form in the words staff know."""

    def __init__(self, request, **kwargs):
        super().__init__(request, **kwargs)
        self.fields["name"].label = _("Name of this authenticator")
        self.fields["name"].help_text = _("To tell your devices apart, for example “Work phone”.")
        self.fields["password"].label = _("Your password")
        self.fields["password"].help_text = _("To make sure it is you.")
        if "otp_token" in self.fields:
            self.fields["otp_token"].label = _("Code shown by the app")
            self.fields["otp_token"].help_text = _("Six digits, which change every 30 seconds.")
            self.fields["otp_token"].widget.attrs["autocomplete"] = "one-time-code"
            self.fields["otp_token"].error_messages["required"] = _(
                "Type the code shown by the app."
            )

    def clean_otp_token(self):
        try:
            return super().clean_otp_token()
        except forms.ValidationError as error:
            raise forms.ValidationError(
                _("This code is not valid. Check it and try again."), code="invalid"
            ) from error

    def clean_password(self):
        try:
            return super().clean_password()
        except forms.ValidationError as error:
            raise forms.ValidationError(_("This password is not right."), code="invalid") from error


@method_decorator(require_admin_access, name="dispatch")
class EnrolmentView(wagtail_2fa_views.DeviceCreateView):
    """wagtail-2fa's enrolment, with the secret also shown as text to type into an app,
    and the recovery codes made and shown once the first device is confirmed."""

    form_class = AuthenticatorForm
    template_name = "wagtail_2fa/device_form.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.device is not None:
            secret = b32encode(self.device.bin_key).decode()
            context["secret_key"] = " ".join(re.findall(".{1,4}", secret))
        return context

    def post(self, request, *args, **kwargs):
        # The device made when the page was shown is gone (confirmed in another tab, or
        # replaced by a newer page): start again with a new one.
        if self.device is None:
            return redirect("wagtail_2fa_device_new")
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        if not StaticDevice.objects.filter(user=self.request.user).exists():
            self.request.session[NEW_RECOVERY_CODES_SESSION_KEY] = make_recovery_codes(
                self.request.user
            )
            return redirect("two_factor_recovery_codes")
        return response


@method_decorator([never_cache, require_admin_access], name="dispatch")
class RecoveryCodesView(View):
    """How many recovery codes the person has left, and a button that replaces them with
    ten new ones, shown once."""

    template_name = "charity/admin/two_factor_recovery_codes.html"

    def dispatch(self, request, *args, **kwargs):
        if not has_authenticator(request.user):
            return redirect("wagtail_2fa_device_new")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        new_codes = request.session.pop(NEW_RECOVERY_CODES_SESSION_KEY, None)
        return TemplateResponse(
            request,
            self.template_name,
            {
                "new_codes": new_codes,
                "remaining": remaining_recovery_codes(request.user),
                "code_count": RECOVERY_CODE_COUNT,
            },
        )

    def post(self, request):
        request.session[NEW_RECOVERY_CODES_SESSION_KEY] = make_recovery_codes(request.user)
        return redirect("two_factor_recovery_codes")


def setup_menu(request, menu_items):
    """The one menu item wagtail-2fa leaves to someone still to verify, in their language."""
    for index, item in enumerate(menu_items):
        if item.name == "2fa-setup":
            menu_items[index] = MenuItem(
                _("Two-factor sign-in"), item.url, name="two-factor", icon_name="key"
            )


# Before Wagtail's admin URLs, which hold wagtail-2fa's views under the same names.
urlpatterns = [
    path("auth", SecondFactorView.as_view(), name="wagtail_2fa_auth"),
    path("devices/new", EnrolmentView.as_view(), name="wagtail_2fa_device_new"),
    path("recovery-codes/", RecoveryCodesView.as_view(), name="two_factor_recovery_codes"),
]
