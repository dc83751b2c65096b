"""Dates and times in the admin, typed and shown the way the admin's language writes them.

Wagtail's date pickers take one format for the whole site (``WAGTAIL_DATE_FORMAT``,
ISO by default), fixed when the form is built, and on leaving the field they replace
anything that format cannot read with the current date and time. A French editor types
``05/02/2027 18:30``: the event was saved as starting now, with no error. Here each
admin language has its format, the form reads exactly what the field shows (and ISO,
which the picker itself may write), and anything else is left as typed for the form to
refuse with an error.
"""

from django import forms
from django.db import models
from django.utils.translation import get_language

from wagtail.admin.datetimepicker import to_datetimepicker_format
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.panels import PublishingPanel
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

from charity.patches.wagtail_admin import replace_publishing_panel_widgets

# Per admin language; others use ISO, which nobody misreads (05/02 is May 2nd in the US).
DATE_FORMATS = {"fr": "%d/%m/%Y"}
DATETIME_FORMATS = {"fr": "%d/%m/%Y %H:%M"}
ISO_DATE = "%Y-%m-%d"
ISO_DATETIME = "%Y-%m-%d %H:%M"


def _language():
    return (get_language() or "").split("-")[0]


def date_format():
    return DATE_FORMATS.get(_language(), ISO_DATE)


def datetime_format():
    return DATETIME_FORMATS.get(_language(), ISO_DATETIME)


class LocalizedFormat:
    """A widget whose ``format`` follows the active language at each render.

    Django's date widgets keep the format given to ``__init__``; Wagtail builds its
    forms once, in whatever language the first request had."""

    format_for_language = staticmethod(date_format)

    @property
    def format(self):
        return self.format_for_language()

    @format.setter
    def format(self, value):
        """Set by the parent's ``__init__``; the language decides instead."""

    @property
    def js_format(self):
        return to_datetimepicker_format(self.format)

    @js_format.setter
    def js_format(self, value):
        """Set by the parent's ``__init__``; the language decides instead."""

    def get_config(self):
        # The picker would replace what it cannot read with "now" when the field loses
        # focus: leave it as typed, and let the form say what is wrong.
        return {**super().get_config(), "validateOnBlur": False}


class LocalizedDateInput(LocalizedFormat, AdminDateInput):
    format_for_language = staticmethod(date_format)


class LocalizedDateTimeInput(LocalizedFormat, AdminDateTimeInput):
    format_for_language = staticmethod(datetime_format)


class LocalizedInputFormats:
    """A form field that reads what its widget shows, and ISO, in the active language.

    Django would also read the language's other formats: in English, ``05/02/2027`` as
    May 2nd."""

    iso_formats = ()

    @property
    def input_formats(self):
        shown = getattr(self.widget, "format", None)
        return [shown, *self.iso_formats] if shown else list(self.iso_formats)

    @input_formats.setter
    def input_formats(self, value):
        """Set by the parent's ``__init__``; the language decides instead."""


class LocalizedDateField(LocalizedInputFormats, forms.DateField):
    iso_formats = (ISO_DATE,)


class LocalizedDateTimeField(LocalizedInputFormats, forms.DateTimeField):
    iso_formats = (ISO_DATETIME, "%Y-%m-%d %H:%M:%S")


class LocalizedPublishingPanel(PublishingPanel):
    """Wagtail's go-live and expiry dialog, with dates in the admin's language."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        replace_publishing_panel_widgets(self, LocalizedDateTimeInput)


def register_date_fields():
    """Every date and date-time field of the admin's model forms, snippets and settings
    included, uses the localized widget and parsing."""
    register_form_field_override(
        models.DateField,
        override={"widget": LocalizedDateInput, "form_class": LocalizedDateField},
    )
    register_form_field_override(
        models.DateTimeField,
        override={"widget": LocalizedDateTimeInput, "form_class": LocalizedDateTimeField},
    )
