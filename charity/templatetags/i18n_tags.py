from django import template

from charity.visitors.languages import language_versions as versions_for

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The switcher's links and the hreflang alternates of the page or view being rendered."""
    page = context.get("page")
    if page is not None and not hasattr(page, "translation_key"):
        page = None
    return versions_for(context.get("request"), page)
