from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import get_language

from charity.foundations.charts import bar_chart as chart_geometry
from charity.foundations.formatting import euros_short

register = template.Library()


@register.inclusion_tag("components/bar_chart.svg.html")
def euro_bar_chart(chart_id, title, items):
    """A bar chart of amounts in euros, written as the visitor's language writes them."""
    return {"chart": chart_geometry(chart_id, title, items, euros_short)}


@register.filter
def percent(value):
    """A percentage as the visitor's language writes it: "12,5 %" in French, "12.5%" in English."""
    if value in (None, ""):
        return ""
    value = Decimal(value)
    # "66 %" rather than "66,0 %" for a whole rate.
    places = 0 if value == value.to_integral_value() else None
    number = number_format(value, decimal_pos=places, use_l10n=True)
    return f"{number}\u00a0%" if (get_language() or "").startswith("fr") else f"{number}%"
