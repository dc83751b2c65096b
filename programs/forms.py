from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from charity.caching.lifetimes import keep_until_change
from diseases.models import DiseasePage
from programs.models.program_page import ProgramKind, ProgramStatus
from programs.models.program_rows import ProgramDisease


class ProgramFilterForm(forms.Form):
    """The program index's filters, all optional and combinable, read from the query string."""

    disease = forms.ChoiceField(label=_("Disease"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind of research"),
        required=False,
        choices=[("", _("All kinds")), *ProgramKind.choices],
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All statuses")), *ProgramStatus.choices]
    )

    def __init__(self, data, locale):
        super().__init__(data)
        # The same for every visitor: kept in the fragment cache until the next change.
        diseases = keep_until_change(
            "disease-choices",
            lambda: list(
                DiseasePage.objects.live()
                .filter(locale=locale)
                .order_by("title")
                .values_list("slug", "title", "translation_key")
            ),
            locale.pk,
        )
        self.fields["disease"].choices = [("", _("All diseases"))] + [
            (slug, title) for slug, title, _key in diseases
        ]
        self._disease_keys = {slug: key for slug, _title, key in diseases}

    @property
    def fingerprint(self):
        """What the rendered fields depend on, to keep them in the fragment cache;
        None while a filter is wrong, since its error repeats the visitor's input."""
        if not self.is_valid():
            return None
        return urlencode(sorted(self.cleaned_data.items()))

    @property
    def is_filtered(self):
        return self.is_valid() and any(self.cleaned_data.values())

    def filter(self, programs):
        """Programs matching the valid filters; invalid ones return no programs."""
        if not self.is_valid():
            return programs.none()
        data = self.cleaned_data
        if data["disease"]:
            # A subquery rather than a join: no program listed twice, so no DISTINCT
            # over every column for the listing and its count.
            studying = ProgramDisease.objects.filter(
                disease__translation_key=self._disease_keys[data["disease"]]
            )
            programs = programs.filter(pk__in=studying.values("program_id"))
        if data["kind"]:
            programs = programs.filter(kind=data["kind"])
        if data["status"]:
            programs = programs.filter(status=data["status"])
        return programs
