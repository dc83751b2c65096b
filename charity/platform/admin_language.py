"""The admin in each staff member's own language, where Wagtail would show English.

Names created by migrations: Wagtail's migrations and charity/migrations/0005_… create
the groups, the "Moderators approval" workflow and its task, and the root collection,
with English names. Wagtail prints them as stored (``workflow.name`` in "Submit to …",
``task.name`` in the workflow status and the notification e-mails, ``str(group)`` in
forms and listings), and code finds the groups by these names, so the database keeps
them in English. Loaded from it, each of them becomes a ``TranslatedName``: it compares,
hashes, saves and serialises as the English name, and reads (``str()``, templates, ``%``
and f-strings) in the active language, which Wagtail sets to the reader's admin language,
for each recipient of an e-mail too. So do the copies of these names that log entries keep
for the history and the reports. A name typed in the admin is shown as typed.

The functions here are connected to the models' signals by charity.patches.wagtail_admin.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from wagtail.models import ModelLogEntry

NAMES_CREATED_BY_MIGRATIONS = {
    gettext_noop("Editors"),
    gettext_noop("Moderators"),
    gettext_noop("Administrators"),
    gettext_noop("Moderators approval"),
    gettext_noop("Root"),
}


class TranslatedName(str):
    """The English name for code and the database, its translation for whoever reads it."""

    def __str__(self):
        return gettext(str.__str__(self))

    def __format__(self, format_spec):
        return format(str(self), format_spec)


def translations_of(name):
    """The name in every language of the admin."""
    translated = set()
    for language_code, _language_name in settings.LANGUAGES:
        with translation.override(language_code):
            translated.add(gettext(name))
    return translated


def as_translated(value):
    # Only a plain str: TranslatedName(a TranslatedName) would take its translation.
    if type(value) is str and value in NAMES_CREATED_BY_MIGRATIONS:
        return TranslatedName(value)
    return value


def translate_name(sender, instance, **kwargs):
    if "name" in instance.__dict__:
        instance.name = as_translated(instance.name)


def translate_logged_names(sender, instance, **kwargs):
    """A log entry keeps its object's name, and its workflow's and tasks', as logged."""
    # A page's log entries are labelled with its title, which is the editors' own.
    if sender is ModelLogEntry and "label" in instance.__dict__:
        instance.label = as_translated(instance.label)
    data = instance.__dict__.get("data")
    workflow = data.get("workflow") if isinstance(data, dict) else None
    if isinstance(workflow, dict):
        for step in (workflow, workflow.get("task"), workflow.get("next")):
            if isinstance(step, dict) and "title" in step:
                step["title"] = as_translated(step["title"])


def keep_name_in_english(sender, instance, raw=False, **kwargs):
    """An edit form shows the name translated: saved as shown, it stays in English."""
    name = instance.name
    if raw or instance.pk is None or name in NAMES_CREATED_BY_MIGRATIONS:
        return
    if not any(name in translations_of(known) for known in NAMES_CREATED_BY_MIGRATIONS):
        return
    stored = sender._base_manager.filter(pk=instance.pk).values_list("name", flat=True).first()
    if stored in NAMES_CREATED_BY_MIGRATIONS and name in translations_of(stored):
        instance.name = TranslatedName(stored)
