from django import template

from wagtail.models import Locale, Site

register = template.Library()


def _home_page(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    root = site.root_page
    locale = Locale.get_active()
    if root.locale_id == locale.pk:
        return root
    return root.get_translation_or_none(locale) or root


@register.inclusion_tag("components/primary_navigation.html", takes_context=True)
def primary_navigation(context):
    """The live, in-menu children of the home page of the active language."""
    home = _home_page(context)
    items = home.get_children().live().in_menu().public().specific(defer=True) if home else []
    current = context.get("page")
    current_path = getattr(current, "path", "")
    return {
        "home": home,
        "items": [
            {"page": item, "active": bool(current_path) and current_path.startswith(item.path)}
            for item in items
        ],
    }
