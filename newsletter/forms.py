from django import forms
from django.utils.translation import gettext_lazy as _

from newsletter.models import Subscriber

CONSENT_TEXT = _(
    "I agree to receive the Imagine for Margo newsletter by e-mail. My address is used for "
    "nothing else, and every newsletter has a link to unsubscribe in one click."
)
# A field people never see: software that fills in every field gives itself away.
HONEYPOT_FIELD = "website"


class SignupForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "inputmode": "email"}),
    )
    language = forms.ChoiceField(
        label=_("Language of the newsletter"), choices=Subscriber.LANGUAGES
    )
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": _("Tick this box to receive the newsletter.")},
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        # Whatever a robot types in it is only looked at, never kept.
        max_length=1000,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        if language in dict(Subscriber.LANGUAGES):
            self.fields["language"].initial = language

    @property
    def filled_by_a_robot(self):
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())
