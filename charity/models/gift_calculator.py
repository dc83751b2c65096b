"""The donate page's calculator: what a gift costs once the income-tax reduction is applied."""

from decimal import Decimal

from django import forms
from django.utils.formats import get_format
from django.utils.translation import gettext_lazy as _

EXAMPLE_GIFT = Decimal(100)
LARGEST_GIFT = Decimal(1_000_000)
# Spaces people type or paste between thousands, and the euro sign.
IGNORED_CHARACTERS = str.maketrans("", "", " \u00a0\u202f€")


class GiftAmountField(forms.DecimalField):
    """An amount in euros as people write it in their language: "1 500,50 €", "€1,500.50"."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.translate(IGNORED_CHARACTERS)
            thousands = get_format("THOUSAND_SEPARATOR")
            if thousands != get_format("DECIMAL_SEPARATOR"):
                value = value.replace(thousands, "")
        return super().to_python(value)


class GiftForm(forms.Form):
    amount = GiftAmountField(
        label=_("Your gift in euros"),
        min_value=Decimal("0.01"),
        max_value=LARGEST_GIFT,
        max_digits=9,
        decimal_places=2,
        localize=True,
        error_messages={
            "required": _("Enter the amount of your gift."),
            "invalid": _("Enter an amount in euros, for example 50 or 120.50."),
            "min_value": _("Enter an amount greater than zero."),
            "max_value": _("Enter an amount up to 1,000,000 euros."),
            "max_digits": _("Enter an amount up to 1,000,000 euros."),
            "max_decimal_places": _("Enter an amount to the cent, with at most two decimals."),
        },
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )


def gift_form(query):
    """The calculator, bound to the visitor's amount when they sent one."""
    if "amount" in query:
        return GiftForm(query)
    return GiftForm(initial={"amount": EXAMPLE_GIFT})


def calculation(form, site_settings):
    """The gift, what it costs and the tax reduction; None while the amount is wrong."""
    if form.is_bound:
        if not form.is_valid():
            return None
        gift = form.cleaned_data["amount"]
    else:
        gift = EXAMPLE_GIFT
    cost = site_settings.cost_after_tax_reduction(gift)
    return {"gift": gift, "cost": cost, "reduction": gift - cost}
