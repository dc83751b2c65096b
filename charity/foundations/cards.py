"""Cards: how listings show a program, a disease, an event or a partner.

A listing page is mostly cards, and the same cards appear on many addresses
(each filter, each page number, the home page, the disease pages). Each card's
HTML is kept in the fragment cache, per page and language, until the next change
to the site's content (charity.page_cache.remember_many). A listing reads its
pages' own rows; what only the card shows (image renditions, linked diseases in
the visitor's language) is read for the cards not kept, then rendered.
"""

from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from wagtail.models import Site

from charity.caching.lifetimes import keep_many_until_change


class ListedAsCard:
    """A page that listings show as ``templates/components/<card_name>_card.html``,
    the page given to the template under ``card_name``."""

    card_name = ""

    @classmethod
    def prepare_cards(cls, pages):
        """Read, in a fixed number of queries, what the cards of ``pages`` show
        beyond their own fields."""


def render_cards(request, pages):
    """The HTML of each page's card, in order."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    site = Site.find_for_request(request)
    language = get_language()
    parts = [
        (page._meta.label_lower, page.pk, site.pk if site else None, language) for page in pages
    ]
    by_part = dict(zip(parts, pages, strict=True))

    def render(parts):
        missing = [by_part[part] for part in parts]
        for model in {type(page) for page in missing}:
            model.prepare_cards([page for page in missing if type(page) is model])
        # Rendered without the context processors: a card uses only its page and the request.
        return {
            part: get_template(f"components/{page.card_name}_card.html").render(
                {page.card_name: page, "request": request}
            )
            for part, page in zip(parts, missing, strict=True)
        }

    rendered = keep_many_until_change("card", list(by_part), render)
    return [mark_safe(rendered[part]) for part in parts]
