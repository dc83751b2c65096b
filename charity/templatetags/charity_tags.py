import datetime
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.template.defaultfilters import date as format_date
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import get_language, gettext, ngettext, pgettext

from wagtail.models import Locale

from charity.caching.lifetimes import keep_for_request
from charity.foundations.cards import render_cards
from charity.foundations.localization import localize
from charity.foundations.navigation import ancestors, home_children, home_page

register = template.Library()

NBSP = "\u00a0"


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page in the visitor's language, falling back to the site's root."""
    from charity.models import HomePage

    request = context.get("request")
    for home in (context.get("page"), getattr(request, "home_page", None)):
        if isinstance(home, HomePage) and home.live and home.locale_id == Locale.get_active().pk:
            return home
    return keep_for_request("site-home", lambda: home_page(request) if request else None)


def _home_children(context):
    home = site_home(context)
    return home_children(home) if home is not None else []


@register.simple_tag(takes_context=True)
def main_sections(context):
    """The home page's children shown in menus, for the main menu and the footer."""
    return [page for page in _home_children(context) if page.show_in_menus]


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The home page's children kept out of the main menu (donate, where the money
    goes, the accessibility statement), linked from the footer of every page."""
    return [page for page in _home_children(context) if not page.show_in_menus]


@register.inclusion_tag("components/primary_navigation.html", takes_context=True)
def primary_navigation(context):
    current_path = getattr(context.get("page"), "path", "")
    items = [
        {"page": item, "active": bool(current_path) and current_path.startswith(item.path)}
        for item in main_sections(context)
    ]
    home = site_home(context)
    return {
        "request": context.get("request"),
        "items": items,
        # What the menu's HTML depends on, to keep it in the fragment cache.
        "home_pk": home.pk if home else None,
        "active_pk": next((item["page"].pk for item in items if item["active"]), 0),
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """The way from the home page down to ``page``; the site root is left out."""
    return {"request": context.get("request"), "ancestors": ancestors(page), "current": page}


# Money and figures


def _is_french():
    return (get_language() or "").startswith("fr")


def _money(number_text, suffix=""):
    if _is_french():
        return f"{number_text}{NBSP}{suffix}€" if suffix else f"{number_text}{NBSP}€"
    return f"€{number_text}{suffix}"


@register.filter
def euros(amount):
    """A full amount in euros: "1 600 000 €" in French, "€1,600,000" in English."""
    if amount in (None, ""):
        return ""
    amount = Decimal(amount)
    places = 0 if amount == amount.to_integral_value() else 2
    return _money(number_format(amount, decimal_pos=places, use_l10n=True, force_grouping=True))


@register.filter
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


@register.filter
def figure(value):
    """A whole number grouped by thousands as the language writes it: "7 200", "7,200"."""
    if value in (None, ""):
        return ""
    return number_format(value, decimal_pos=0, use_l10n=True, force_grouping=True)


KEY_FIGURE_LABELS = {
    "funding_total_eur": lambda n: gettext("committed to research since the charity began"),
    "programs_count": lambda n: ngettext("research program funded", "research programs funded", n),
    "children_count": lambda n: ngettext(
        "child benefited from the programs", "children benefited from the programs", n
    ),
    "therapies_count": lambda n: ngettext("new therapy tested", "new therapies tested", n),
    "years_active": lambda n: ngettext("year of action", "years of action", n),
}


@register.simple_tag
def key_figure_tiles(figures):
    """The key figures as tiles: the formatted value, what it counts and its date."""
    tiles = []
    for name, key_figure in figures.items():
        if name not in KEY_FIGURE_LABELS or not key_figure.value:
            continue
        value = (
            euros_short(key_figure.value)
            if name == "funding_total_eur"
            else figure(key_figure.value)
        )
        tiles.append(
            {
                "value": value,
                "label": KEY_FIGURE_LABELS[name](int(key_figure.value)),
                "as_of": key_figure.as_of,
            }
        )
    return tiles


@register.filter
def shared_as_of(tiles):
    """The date every tile shares, shown once under them; None when their dates differ."""
    dates = {tile["as_of"] for tile in tiles}
    return dates.pop() if len(dates) == 1 else None


# Dates

# "11 février 2023" and "11 February 2023": the order both languages use on this site.
LONG_DATE = "j F Y"
DAY_MONTH = "j F"


@register.filter
def long_date(value):
    """A date written out, with the month's name in the visitor's language."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value)
    return format_date(value, LONG_DATE)


@register.simple_tag
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


@register.filter
def group_by_year(events):
    """Past events as (year, events) pairs, latest year first, in Paris time."""
    years = defaultdict(list)
    for event in events:
        years[timezone.localtime(event.start).year].append(event)
    return sorted(years.items(), reverse=True)


@register.filter
def group_by_choice(objects, field_name):
    """Objects as (label, objects) pairs in the order of the field's choices."""
    objects = list(objects)
    if not objects:
        return []
    choices = objects[0]._meta.get_field(field_name).choices
    return [
        (label, members)
        for value, label in choices
        if (members := [obj for obj in objects if getattr(obj, field_name) == value])
    ]


# Linked content in the visitor's language


@register.filter
def localized(obj):
    """A snippet or page in the active language, or itself when it is not translated."""
    return localize(obj) if obj is not None else None


@register.simple_tag(takes_context=True)
def cards(context, pages):
    """The rendered card of each page, for ``{% cards pages as rendered %}``."""
    return render_cards(context.get("request"), pages)


# Facts shown in a definition list


@register.simple_tag
def program_facts(program):
    facts = [
        (pgettext("public site", "Kind of research"), program.get_kind_display()),
        (pgettext("public site", "Status"), program.get_status_display()),
    ]
    if program.period:
        facts.append((gettext("Years"), program.period))
    if program.supported_since and program.supported_since != program.start_year:
        facts.append((gettext("Funded by the charity since"), str(program.supported_since)))
    for label, value in (
        (gettext("Patients included"), program.patients_included),
        (gettext("Therapies tested"), program.therapies_tested),
        (gettext("Hospitals and centres"), program.centres_count),
    ):
        if value is not None:
            facts.append((label, figure(value)))
    return facts


@register.simple_tag
def disease_facts(disease):
    facts = [
        (label, value)
        for label, value in (
            (gettext("Share of childhood cancers"), disease.share_of_childhood_cancers),
            (gettext("How often it occurs"), disease.incidence),
            (gettext("Usual age at diagnosis"), disease.typical_age),
            (gettext("Where it grows"), disease.location),
        )
        if value
    ]
    facts.extend((fact.value["label"], fact.value["value"]) for fact in disease.key_facts)
    return facts


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """An address with the scheme and host, for links shared outside the site."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url


@register.simple_tag
def gift_cost(site_settings, amount):
    """What a gift of ``amount`` costs once the income-tax reduction is applied."""
    return site_settings.cost_after_tax_reduction(amount)
