from django import template
from django.utils.safestring import mark_safe

from wagtail.models import Page

from charity.models import SiteSettings
from charity.templatetags.charity_tags import site_home
from charity.visitors.structured_data import graph, to_json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's schema.org data as a JSON-LD script element (data, never run)."""
    request = context.get("request")
    if request is None:
        return ""
    page = context.get("page")
    # Previews show drafts that search engines never see.
    if not isinstance(page, Page) or getattr(request, "is_preview", False):
        page = None
    data = graph(request, page, site_home(context), SiteSettings.for_request(request))
    # to_json_ld escapes "<", ">" and "&", so the JSON cannot close the element.
    return mark_safe(f'<script type="application/ld+json">{to_json_ld(data)}</script>')
