"""Translation parity at a glance: what exists in one language only, and what is out of date.

A page or snippet is out of date in a language when its source changed after
its translation was last synchronised: for wagtail-localize translations, the
source was published (pages) or edited (snippets) since wagtail-localize last
read it; for pages translated by hand, the French page was published after
its translation.
"""

import json
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from modelcluster.models import get_serializable_data_for_fields

from charity.models import Person, Testimonial

SOURCE_LANGUAGE = settings.LANGUAGE_CODE
SNIPPET_MODELS = (Person, Testimonial)


class Problem:
    MISSING = _("Missing")
    NOT_PUBLISHED = _("Not published")
    UNTRANSLATED_COPY = _("Copy of the source, not translated")
    OUT_OF_DATE = _("Source changed since last synchronised")


@dataclass(frozen=True)
class ParityIssue:
    title: str
    kind: str
    language: str
    problem: str
    edit_url: str
    source_changed_at: object = None


def _language_names():
    return dict(settings.LANGUAGES)


def _page_issues():
    names = _language_names()
    versions_by_key = defaultdict(list)
    pages = Page.objects.filter(depth__gt=1).values(
        "pk",
        "title",
        "translation_key",
        "locale__language_code",
        "live",
        "alias_of_id",
        "content_type_id",
        "last_published_at",
    )
    for page in pages:
        versions_by_key[page["translation_key"]].append(page)

    synced_by_localize = _localize_page_translations()
    issues = []
    for key, versions in versions_by_key.items():
        by_language = {version["locale__language_code"]: version for version in versions}
        if not any(version["live"] for version in versions):
            continue
        source = by_language.get(SOURCE_LANGUAGE) or versions[0]
        model = ContentType.objects.get_for_id(source["content_type_id"]).model_class()
        kind = model._meta.verbose_name if model else ""
        for code, name in names.items():
            version = by_language.get(code)
            problem, changed_at = None, None
            if version is None:
                problem = Problem.MISSING
            elif version["alias_of_id"]:
                problem = Problem.UNTRANSLATED_COPY
            elif not version["live"]:
                problem = Problem.NOT_PUBLISHED
            elif version is not source:
                synced_at = synced_by_localize.get((key, code))
                last_sync = synced_at or version["last_published_at"]
                source_changed = source["last_published_at"]
                if source_changed and last_sync and source_changed > last_sync:
                    problem, changed_at = Problem.OUT_OF_DATE, source_changed
            if problem is None:
                continue
            shown = version if problem is Problem.OUT_OF_DATE else source
            issues.append(
                ParityIssue(
                    title=shown["title"],
                    kind=kind,
                    language=name,
                    problem=problem,
                    edit_url=reverse("wagtailadmin_pages:edit", args=[shown["pk"]]),
                    source_changed_at=changed_at,
                )
            )
    return issues


def _localize_page_translations():
    """When wagtail-localize last read each translated page's source, by (key, target language)."""
    page_type = ContentType.objects.get_for_model(Page)
    translations = Translation.objects.filter(
        enabled=True, source__object__content_type=page_type
    ).values_list("source__object_id", "target_locale__language_code", "source__last_updated_at")
    return {(key, code): synced_at for key, code, synced_at in translations}


def _snippet_issues():
    names = _language_names()
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    issues = []
    for model in SNIPPET_MODELS:
        objects = list(model.objects.all())
        by_key = defaultdict(dict)
        for obj in objects:
            by_key[obj.translation_key][languages[obj.locale_id]] = obj
        sources = _localize_snippet_sources(model)
        url_name = model.snippet_viewset.get_url_name("edit")
        for key, versions in by_key.items():
            source = versions.get(SOURCE_LANGUAGE) or next(iter(versions.values()))
            for code, name in names.items():
                version = versions.get(code)
                problem = None
                if version is None:
                    problem = Problem.MISSING
                elif version is not source and _changed_since_read(
                    source, sources.get((key, source.locale_id), {}).get(code)
                ):
                    problem = Problem.OUT_OF_DATE
                if problem is None:
                    continue
                shown = version if problem is Problem.OUT_OF_DATE else source
                issues.append(
                    ParityIssue(
                        title=str(shown),
                        kind=model._meta.verbose_name,
                        language=name,
                        problem=problem,
                        edit_url=reverse(url_name, args=[shown.pk]),
                    )
                )
    return issues


def _localize_snippet_sources(model):
    """The content wagtail-localize last read from each snippet, by (key, locale) and target."""
    content_type = ContentType.objects.get_for_model(model)
    found = defaultdict(dict)
    translations = Translation.objects.filter(
        enabled=True, source__object__content_type=content_type
    ).values_list(
        "source__object_id",
        "source__locale_id",
        "target_locale__language_code",
        "source__content_json",
    )
    for key, locale_id, code, content_json in translations:
        found[(key, locale_id)][code] = content_json
    return found


def _changed_since_read(instance, content_json):
    """Whether a snippet differs from what wagtail-localize last read of it.

    Snippets keep no modification date, so their content is compared, as
    wagtail-localize itself does before updating a source.
    """
    if content_json is None:
        return False
    current = json.loads(
        json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
    )
    return current != json.loads(content_json)


def parity_issues():
    issues = _page_issues() + _snippet_issues()
    return sorted(issues, key=lambda issue: (str(issue.problem), str(issue.kind), issue.title))


class TranslationParityReportView(ReportView):
    page_title = _("Translation parity")
    header_icon = "globe"
    index_url_name = "translation_parity"
    index_results_url_name = "translation_parity_results"
    paginate_by = 50
    no_results_message = _("Every page and snippet exists, up to date, in every language.")
    columns = [
        TitleColumn("title", label=_("Title"), get_url=lambda issue: issue.edit_url),
        Column("kind", label=_("Type")),
        Column("language", label=_("Language")),
        Column("problem", label=_("Problem")),
        DateColumn("source_changed_at", label=_("Source changed")),
    ]

    def get_queryset(self):
        return parity_issues()
