"""Wagtail's admin shown in each staff member's own language (charity.platform.admin_language and
charity.foundations.admin_dates hold what is shown; here is where Wagtail's objects are changed)."""

from django.contrib.auth.models import Group
from django.db.models.signals import post_init, pre_save

from wagtail.models import Collection, ModelLogEntry, PageLogEntry, Task, Workflow
from wagtail.workflows import get_task_types

from charity.platform.admin_language import (
    keep_name_in_english,
    translate_logged_names,
    translate_name,
)


def translate_names_created_by_migrations():
    """Django's ``Group`` and Wagtail 7.4.4's ``Collection``, ``Workflow`` and ``Task`` (every
    task type) print their ``name`` as stored, in English, wherever Wagtail shows it
    ("Submit to …", workflow status, notification e-mails, listings). Connected to
    ``post_init``, each instance loaded gets a name that reads in the active language, and
    to ``pre_save``, a name saved as the edit form showed it stays in English.

    Can go when Wagtail translates these names itself. On upgrade, check that Wagtail
    still prints ``name`` (not another field) and that task types are still listed by
    ``wagtail.workflows.get_task_types``.
    """
    for model in {Group, Collection, Workflow, Task, *get_task_types()}:
        post_init.connect(translate_name, sender=model)
        pre_save.connect(keep_name_in_english, sender=model)


def translate_names_kept_by_log_entries():
    """Wagtail 7.4.4's ``PageLogEntry`` and ``ModelLogEntry`` keep copies of the names above
    (the object's ``label``, the workflow's and tasks' ``title`` in ``data``) for the
    history and the reports: connected to ``post_init``, they read in the active language.

    Can go with ``translate_names_created_by_migrations``. On upgrade, check the shape of
    ``data["workflow"]`` that ``wagtail.log_actions`` writes for workflow actions.
    """
    for model in (PageLogEntry, ModelLogEntry):
        post_init.connect(translate_logged_names, sender=model)


def replace_publishing_panel_widgets(panel, widget_class):
    """Gives the go-live and expiry fields of a ``wagtail.admin.panels.PublishingPanel``
    (Wagtail 7.4.4) a ``widget_class`` instance built as Wagtail's ``__init__`` builds its
    ``AdminDateTimeInput``: same dialog (``js_overlay_parent_selector``) and attributes.
    The panel takes no widget of its own, and ``register_form_field_override`` does not
    reach widgets set by a panel.

    Can go when ``PublishingPanel`` uses the widget registered for date-time fields.
    On upgrade, check that its children are still the two ``FieldPanel`` with a widget.
    """
    for child in panel.children:
        child.widget = widget_class(
            js_overlay_parent_selector=child.widget.js_overlay_parent_selector,
            attrs=child.widget.attrs,
        )
