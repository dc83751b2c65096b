"""The site search: pages of the visitor's language, by content type, with known synonyms."""

import contextlib
import unicodedata

from django import forms
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.query import Or, PlainText
from wagtail.search.utils import normalise_query_string

from charity.caching.lifetimes import keep_many_until_change, keep_until_change
from charity.foundations.pagination import paginate
from charity.models import DonatePage, EventPage, StandardPage
from charity.models.search_statistics import count_search
from charity.models.search_vocabulary import close_words
from charity.visitors.search_synonyms import WORD, expand
from diseases.models import DiseasePage
from news.models import ArticlePage
from partners.models import PartnerPage
from programs.models import FundingPage, ProgramPage

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# Fewer results than this and the site's own spelling of the words is tried too.
FEW_RESULTS = 3

# The `type` filter: its value, its label and what a result of that type is called.
SEARCHABLE_TYPES = {
    "programs": (_("Programs"), _("Program"), ProgramPage),
    "diseases": (_("Diseases"), _("Disease"), DiseasePage),
    "events": (_("Events"), _("Event"), EventPage),
    "partners": (_("Partners"), _("Partner"), PartnerPage),
    "news": (_("News"), _("Article"), ArticlePage),
    "pages": (_("Other pages"), _("Page"), StandardPage),
}
# Pages of a type of their own, one of a kind, found among the other pages.
OTHER_PAGES = (DonatePage, FundingPage)
TYPE_NAMES = {model._meta.label_lower: name for _label, name, model in SEARCHABLE_TYPES.values()}
TYPE_NAMES.update({model._meta.label_lower: _("Page") for model in OTHER_PAGES})
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
    # Set by the link that searches the words as typed rather than their correction.
    exact = forms.BooleanField(required=False, widget=forms.HiddenInput)

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
            return [SEARCHABLE_TYPES[chosen][2], *(OTHER_PAGES if chosen == "pages" else ())]
        return [*(model for _label, _name, model in SEARCHABLE_TYPES.values()), *OTHER_PAGES]

    @cached_property
    def as_typed(self):
        return self.is_valid() and self.cleaned_data.get("exact", False)


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

    @cached_property
    def total(self):
        return keep_until_change("search-count", self.results.count, *self.key)

    def count(self):
        return self.total

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


def corrected_query(query):
    """The query with each misspelt word replaced by the closest word of the site in
    the visitor's language, or "" when every word is the site's or none is close."""
    locale = Locale.get_active()

    def correct():
        closest = close_words(locale.language_code.split("-")[0], WORD.findall(query))
        if not closest:
            return ""
        return WORD.sub(lambda match: closest.get(match.group(), match.group()), query)

    return keep_until_change("search-correction", correct, query, locale.pk)


def results_or_correction(form):
    """(results, what the results are for, a better query to offer): a query that finds
    nothing shows the results of its correction, one that finds little offers it."""
    results = KeptResults(form.query, form.models)
    if form.as_typed or results.total >= FEW_RESULTS:
        return results, form.query, ""
    corrected = corrected_query(form.query)
    if not corrected:
        return results, form.query, ""
    if results.total == 0:
        corrected_results = KeptResults(corrected, form.models)
        if corrected_results.total:
            return corrected_results, corrected, ""
    return results, form.query, corrected


def promoted_pages(query):
    """The pages staff promote for this query (Wagtail's search promotions), in their
    order, each in the visitor's language when it is live there. Read only: promotions
    are looked up, never created, on the visitor's path."""
    locale = Locale.get_active()

    def read():
        keys = list(
            SearchPromotion.objects.filter(
                query__query_string=normalise_query_string(query), page__isnull=False
            )
            .order_by("sort_order")
            .values_list("page__translation_key", "description")
        )
        if not keys:
            return []
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=locale, translation_key__in=[key for key, _description in keys])
        )
        by_key = {page.translation_key: page for page in pages}
        return [(by_key[key], description) for key, description in keys if key in by_key]

    return keep_until_change("search-promotions", read, normalise_query_string(query), locale.pk)


def help_pages():
    """{"donate": page, "contact": page} in the visitor's language, those that exist,
    for a search that found nothing."""
    locale = Locale.get_active()
    models = {"donate": DonatePage}
    with contextlib.suppress(LookupError):
        models["contact"] = apps.get_model("charity", "ContactPage")

    def read():
        kinds = {
            ContentType.objects.get_for_model(model).pk: kind for kind, model in models.items()
        }
        pages = Page.objects.live().public().filter(locale=locale).type(*models.values())
        return {
            kinds[page.content_type_id]: page for page in pages if page.content_type_id in kinds
        }

    return keep_until_change("search-help-pages", read, locale.pk)


@require_GET
def search(request):
    form = SearchForm(request.GET or None)
    context = {"form": form, "query": "", "results": [], "page_obj": None}
    status = 200
    if form.is_bound and not form.is_valid():
        status = 400
    elif form.query:
        results, searched, suggestion = results_or_correction(form)
        page_obj = paginate(request, results, RESULTS_PER_PAGE)
        context.update(
            query=form.query,
            searched=searched,
            corrected=searched != form.query,
            suggestion=suggestion,
            search_type=form.cleaned_data.get("type", ""),
            page_obj=page_obj,
            results=with_summaries(page_obj.object_list),
        )
        if page_obj.number == 1:
            context["promoted"] = [
                {"page": page, "summary": description}
                for page, description in promoted_pages(form.query)
            ]
            count_search(
                Locale.get_active().language_code, form.query, not page_obj.paginator.count
            )
        if not page_obj.paginator.count and not context.get("promoted"):
            context["help_pages"] = help_pages()
    return TemplateResponse(request, "charity/search.html", context, status=status)
