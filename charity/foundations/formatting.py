"""Amounts, figures and dates as each language writes them, for pages, feeds and the admin."""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.template.defaultfilters import date as format_date
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import get_language, gettext

NBSP = "\u00a0"


def _is_french():
    return (get_language() or "").startswith("fr")


def _money(number_text, suffix=""):
    if _is_french():
        return f"{number_text}{NBSP}{suffix}€" if suffix else f"{number_text}{NBSP}€"
    return f"€{number_text}{suffix}"


def euros(amount):
    """A full amount in euros: "1 600 000 €" in French, "€1,600,000" in English."""
    if amount in (None, ""):
        return ""
    amount = Decimal(amount)
    places = 0 if amount == amount.to_integral_value() else 2
    return _money(number_format(amount, decimal_pos=places, use_l10n=True, force_grouping=True))


def euros_short(amount):
    """A rounded amount for headlines: "1,6 M€" / "€1.6M", "250 k€" / "€250k"."""
    if amount in (None, ""):
        return ""
    amount = Decimal(amount)
    for divisor, french, english in ((Decimal(10**6), "M", "M"), (Decimal(10**3), "k", "k")):
        if abs(amount) >= divisor:
            scaled = (amount / divisor).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            places = 0 if scaled == scaled.to_integral_value() else 1
            text = number_format(scaled, decimal_pos=places, use_l10n=True)
            return _money(text, f"{NBSP}{french}" if _is_french() else english).replace(
                f"{NBSP}{NBSP}", NBSP
            )
    return euros(amount)


def figure(value):
    """A whole number grouped by thousands as the language writes it: "7 200", "7,200"."""
    if value in (None, ""):
        return ""
    return number_format(value, decimal_pos=0, use_l10n=True, force_grouping=True)


# "11 février 2023" and "11 February 2023": the order both languages use on this site.
LONG_DATE = "j F Y"
DAY_MONTH = "j F"


def long_date(value):
    """A date written out, with the month's name in the visitor's language."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value)
    return format_date(value, LONG_DATE)


def date_range(start, end, all_day=False):
    """When an event happens, in the visitor's language, times in Paris time unless all day."""
    start, end = timezone.localtime(start), timezone.localtime(end)
    same_day = start.date() == end.date()
    if all_day:
        if same_day:
            text = format_date(start, LONG_DATE)
        elif (start.year, start.month) == (end.year, end.month):
            text = f"{format_date(start, 'j')}–{format_date(end, LONG_DATE)}"
        elif start.year == end.year:
            text = f"{format_date(start, DAY_MONTH)} – {format_date(end, LONG_DATE)}"
        else:
            text = f"{format_date(start, LONG_DATE)} – {format_date(end, LONG_DATE)}"
        machine = start.date().isoformat()
    elif same_day:
        text = gettext("%(date)s, %(start)s to %(end)s") % {
            "date": format_date(start, LONG_DATE),
            "start": format_date(start, "TIME_FORMAT"),
            "end": format_date(end, "TIME_FORMAT"),
        }
        machine = start.isoformat()
    else:
        text = gettext("%(start)s to %(end)s") % {
            "start": f"{format_date(start, LONG_DATE)}, {format_date(start, 'TIME_FORMAT')}",
            "end": f"{format_date(end, LONG_DATE)}, {format_date(end, 'TIME_FORMAT')}",
        }
        machine = start.isoformat()
    return format_html('<time datetime="{}">{}</time>', machine, text)
