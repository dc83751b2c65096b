"""Links between translated content, resolved in the visitor's language.

wagtail-localize synchronises links (foreign keys to pages, inline rows) from the
source page to its translations unchanged, so a translated page still points at
the source-language objects. These helpers swap each object for its translation
in the active locale, in one query per model, and keep the original when no
translation exists yet.
"""

from collections import defaultdict

from wagtail.models import Locale


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
