"""The site search: pages of the visitor's language, by content type, with known synonyms."""

import unicodedata

from django import forms
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from wagtail.models import Locale, Page
from wagtail.search.query import Or, PlainText

from charity.caching.lifetimes import keep_many_until_change, keep_until_change
from charity.foundations.pagination import paginate
from charity.models import EventPage, StandardPage
from charity.visitors.search_synonyms import WORD, expand
from diseases.models import DiseasePage
from partners.models import PartnerPage
from programs.models import ProgramPage

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10

# The `type` filter: its value, its label and what a result of that type is called.
SEARCHABLE_TYPES = {
    "programs": (_("Programs"), _("Program"), ProgramPage),
    "diseases": (_("Diseases"), _("Disease"), DiseasePage),
    "events": (_("Events"), _("Event"), EventPage),
    "partners": (_("Partners"), _("Partner"), PartnerPage),
    "pages": (_("Other pages"), _("Page"), StandardPage),
}
TYPE_NAMES = {model._meta.label_lower: name for _label, name, model in SEARCHABLE_TYPES.values()}
# Where a result's one-line summary comes from, first non-empty wins.
SUMMARY_FIELDS = ("search_description", "summary", "intro", "full_title")


def _has_control_characters(text):
    return any(unicodedata.category(char) == "Cc" and char not in "\t\n\r" for char in text)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search the site"), required=False, strip=True)
    type = forms.ChoiceField(
        label=_("Show"),
        required=False,
        choices=[
            ("", _("Everything")),
            *[(key, label) for key, (label, _name, _model) in SEARCHABLE_TYPES.items()],
        ],
    )

    def clean_q(self):
        query = self.cleaned_data["q"]
        if _has_control_characters(query):
            raise forms.ValidationError(
                _("The search contains invisible control characters: please type it again."),
                code="control_characters",
            )
        # Composed accents, so that "é" typed on any keyboard is one letter; whitespace typed
        # or pasted inside the query counts as one space.
        query = unicodedata.normalize("NFC", " ".join(query.split()))
        return query[:MAX_QUERY_LENGTH].strip()

    @cached_property
    def query(self):
        return self.cleaned_data.get("q", "") if self.is_valid() else ""

    @cached_property
    def models(self):
        chosen = self.cleaned_data.get("type") if self.is_valid() else ""
        if chosen:
            return [SEARCHABLE_TYPES[chosen][2]]
        return [model for _label, _name, model in SEARCHABLE_TYPES.values()]


def search_pages(query, models, locale=None):
    """Live, public pages of `models` in `locale` that match `query` or one of its synonyms."""
    locale = locale or Locale.get_active()
    # Words only: quotes, operators and "%" mean something to the full-text engines.
    variants = [" ".join(WORD.findall(variant)) for variant in expand(query)]
    variants = [variant for variant in dict.fromkeys(variants) if variant]
    if not variants:
        return Page.objects.none()
    search_query = Or([PlainText(variant) for variant in variants])
    return Page.objects.live().public().filter(locale=locale).type(*models).search(search_query)


class KeptResults:
    """Search results as a paginator reads them, their number and each page of them
    kept in the fragment cache until the next change to the content: ranking every
    matching page is the search's main cost, and visitors repeat searches and turn
    their pages."""

    def __init__(self, query, models):
        self.results = search_pages(query, models)
        names = sorted(model._meta.label_lower for model in models)
        self.key = (query, *names, Locale.get_active().pk)

    def count(self):
        return keep_until_change("search-count", self.results.count, *self.key)

    def __getitem__(self, window):
        return keep_until_change(
            "search-results",
            lambda: list(self.results[window]),
            *self.key,
            window.start,
            window.stop,
        )


def with_summaries(pages):
    """A page of results, each with the text shown under its title and the kind of
    page it is: read from the specific pages, kept in the fragment cache per page."""
    pages = list(pages)

    def read(parts):
        specific = Page.objects.filter(pk__in=[pk for (pk,) in parts]).defer_streamfields()
        found = {}
        for page in specific.specific():
            summary = next(
                (getattr(page, name) for name in SUMMARY_FIELDS if getattr(page, name, "")), ""
            )
            found[(page.pk,)] = (summary, type(page)._meta.label_lower)
        return found

    described = keep_many_until_change("search-result", [(page.pk,) for page in pages], read)
    results = []
    for page in pages:
        if (page.pk,) in described:
            summary, label = described[(page.pk,)]
            results.append({"page": page, "summary": summary, "type": TYPE_NAMES.get(label, "")})
    return results


@require_GET
def search(request):
    form = SearchForm(request.GET or None)
    context = {"form": form, "query": "", "results": [], "page_obj": None}
    status = 200
    if form.is_bound and not form.is_valid():
        status = 400
    elif form.query:
        page_obj = paginate(request, KeptResults(form.query, form.models), RESULTS_PER_PAGE)
        context.update(
            query=form.query, page_obj=page_obj, results=with_summaries(page_obj.object_list)
        )
    return TemplateResponse(request, "charity/search.html", context, status=status)
