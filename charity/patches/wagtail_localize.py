"""wagtail-localize's translations, in the admin and in moderation."""

from django.utils.translation import gettext_lazy as _

from wagtail_localize.models import Translation


def name_translations_in_the_admin_language():
    """wagtail-localize 1.14.5's ``Translation`` has no verbose name of its own: Wagtail's
    listings would count "1 translation" in every language. Set on ``_meta`` only, as
    migrations read the model's ``Meta``, which stays as it is.

    Can go when wagtail-localize gives ``Translation`` translated verbose names.
    """
    Translation._meta.verbose_name = _("translation")
    Translation._meta.verbose_name_plural = _("translations")


def segments_for_translation(source, locale):
    """The segments ``ingest_segments`` needs to translate ``source`` into ``locale``, the
    source's text standing in for what is not translated yet: what wagtail-localize
    1.14.5's ``Translation.save_target`` reads with the private
    ``TranslationSource._get_segments_for_translation(locale, fallback=True)``, the one
    step of saving a translation that cannot be reached through a public name.

    Can go when wagtail-localize saves a translation as a draft without publishing it
    or saving the page's row. On upgrade, compare with ``Translation.save_target``.
    """
    return source._get_segments_for_translation(locale, fallback=True)
