from django import template

from charity.caching.lifetimes import keep_for_page
from news.models import latest_articles_about

register = template.Library()


@register.simple_tag
def latest_articles(page):
    """The latest articles about ``page`` (a program, disease, partner or event), kept
    with the page's other related content."""
    return keep_for_page(page, "latest_articles", lambda: latest_articles_about(page))
