"""Links between translated content, resolved in the visitor's language.

wagtail-localize synchronises links (foreign keys to pages, inline rows) from the
source page to its translations unchanged, so a translated page still points at
the source-language objects. These helpers swap each object for its translation
in the active locale, in one query per model, and keep the original when no
translation exists yet.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import OuterRef, Q, QuerySet, Subquery

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from charity.patches.django_querysets import already_read


def source_language_code():
    """The language content is written in and translated from, as ``Locale.get_default()``
    finds it, without a query."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def in_source_language(queryset):
    return queryset.filter(locale__language_code=source_language_code())


def localize_all(objects, locale=None):
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return []
    locale = locale or Locale.get_active()
    missing = defaultdict(set)
    for obj in objects:
        if obj.locale_id != locale.pk:
            missing[type(obj)].add(obj.translation_key)
    translations = {}
    for model, keys in missing.items():
        queryset = model.objects.filter(translation_key__in=keys, locale=locale)
        if hasattr(queryset, "live"):
            queryset = queryset.live()
        for translation in queryset:
            translations[(model, translation.translation_key)] = translation
    localized, seen = [], set()
    for obj in objects:
        chosen = translations.get((type(obj), obj.translation_key), obj)
        if chosen.translation_key not in seen:
            seen.add(chosen.translation_key)
            localized.append(chosen)
    return localized


def localize(obj, locale=None):
    found = localize_all([obj], locale)
    return found[0] if found else None


def linked_in_language(links, field, queryset=None, order="sort_order", locale=None):
    """What the rows of ``links`` point to through ``field``, in the order of their
    ``order`` column, each swapped for its translation in the active locale.

    One query, where reading the rows and then the translations takes two. Rows
    already read (prefetched for a listing) and the rows of a page being
    previewed, which live in memory, have their targets swapped with ``localize_all``.
    """
    if not isinstance(links, QuerySet) or already_read(links):
        return localize_all(getattr(link, field) for link in links)
    locale = locale or Locale.get_active()
    model = links.model._meta.get_field(field).related_model
    queryset = model.objects.all() if queryset is None else queryset
    translated = Q(locale=locale, translation_key__in=links.values(f"{field}__translation_key"))
    if hasattr(queryset, "live"):
        translated &= Q(live=True)
    candidates = queryset.filter(Q(pk__in=links.values(field)) | translated)
    if order:
        position = links.filter(**{f"{field}__translation_key": OuterRef("translation_key")})
        candidates = candidates.annotate(
            link_position=Subquery(position.order_by(order).values(order)[:1])
        ).order_by("link_position")
    chosen = {}
    for obj in candidates:
        kept = chosen.get(obj.translation_key)
        if kept is None or (obj.locale_id == locale.pk and kept.locale_id != locale.pk):
            chosen[obj.translation_key] = obj
    return list(chosen.values())
