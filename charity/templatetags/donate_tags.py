from django import template
from django.utils.html import format_html
from django.utils.translation import gettext

from charity.foundations.formatting import euros

register = template.Library()


def _amount(name, value):
    # donate.js rewrites these as the visitor types.
    return format_html('<strong data-gift-{}="">{}</strong>', name, euros(value))


@register.simple_tag
def gift_cost_sentence(calculation):
    """ "A €100 gift costs you €34", with each amount marked for donate.js to update."""
    return format_html(
        gettext("A {gift} gift costs you {cost}"),
        gift=_amount("amount", calculation["gift"]),
        cost=_amount("cost", calculation["cost"]),
    )


@register.simple_tag
def tax_reduction_sentence(calculation):
    return format_html(
        gettext("{reduction} comes off your income tax."),
        reduction=_amount("reduction", calculation["reduction"]),
    )
