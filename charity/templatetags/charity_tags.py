from collections import defaultdict

from django import template
from django.utils import timezone
from django.utils.translation import get_language, gettext, ngettext

from wagtail.models import Locale

from charity.caching.lifetimes import keep_for_request, keep_until_change
from charity.foundations import formatting
from charity.foundations.cards import render_cards
from charity.foundations.localization import localize, localize_all
from charity.foundations.navigation import ancestors, home_children
from charity.models.donate import DonatePage
from charity.models.home import HomePage
from charity.models.site_settings import SiteSettings
from charity.models.standard_page import StandardPage

register = template.Library()

register.filter("euros", formatting.euros)
register.filter("euros_short", formatting.euros_short)
register.filter("figure", formatting.figure)
register.filter("long_date", formatting.long_date)
register.simple_tag(formatting.date_range, name="date_range")


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page in the visitor's language, falling back to the site's root."""
    request = context.get("request")
    for home in (context.get("page"), getattr(request, "home_page", None)):
        if isinstance(home, HomePage) and home.live and home.locale_id == Locale.get_active().pk:
            return home
    return keep_for_request("site-home", lambda: HomePage.for_request(request) if request else None)


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
    legal = {page.translation_key for page in legal_pages(context).values()}
    return [
        page
        for page in _home_children(context)
        if not page.show_in_menus and page.translation_key not in legal
    ]


@register.simple_tag(takes_context=True)
def legal_pages(context):
    """The legal notice and privacy policy chosen in the site settings, in the visitor's
    language when translated, by role ("legal_notice", "privacy"); live ones only."""
    request = context.get("request")
    if request is None:
        return {}
    return keep_for_request("legal-pages", lambda: _kept_legal_pages(request))


def _kept_legal_pages(request):
    site_settings = SiteSettings.for_request(request)
    return keep_until_change(
        "legal-pages",
        lambda: _legal_pages(site_settings),
        site_settings.pk,
        site_settings.legal_notice_page_id,
        site_settings.privacy_page_id,
        get_language(),
    )


def _legal_pages(site_settings):
    chosen = {
        "legal_notice": site_settings.legal_notice_page_id,
        "privacy": site_settings.privacy_page_id,
    }
    ids = [pk for pk in chosen.values() if pk]
    if not ids:
        return {}
    sources = {page.pk: page for page in StandardPage.objects.live().filter(pk__in=ids)}
    localized = {page.translation_key: page for page in localize_all(sources.values())}
    return {
        role: localized[sources[pk].translation_key] for role, pk in chosen.items() if pk in sources
    }


@register.simple_tag(takes_context=True)
def donate_page(context):
    """The donate page under the visitor's home page, when there is one."""
    return next((page for page in _home_children(context) if isinstance(page, DonatePage)), None)


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
            formatting.euros_short(key_figure.value)
            if name == "funding_total_eur"
            else formatting.figure(key_figure.value)
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


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """An address with the scheme and host, for links shared outside the site."""
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url


@register.simple_tag
def gift_cost(site_settings, amount):
    """What a gift of ``amount`` costs once the income-tax reduction is applied."""
    return site_settings.cost_after_tax_reduction(amount)
