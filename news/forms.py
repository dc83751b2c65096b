from django import forms
from django.utils.translation import gettext_lazy as _

from news.kinds import ArticleKind


class ArticleFilterForm(forms.Form):
    """The news index's filters, both optional and combinable, read from the query string."""

    kind = forms.ChoiceField(
        label=_("Kind of article"),
        required=False,
        choices=[("", _("All kinds")), *ArticleKind.choices],
    )
    year = forms.ChoiceField(label=_("Year"), required=False)

    def __init__(self, data, years):
        super().__init__(data)
        self.fields["year"].choices = [("", _("All years"))] + [
            (str(year), str(year)) for year in years
        ]

    # The fields are rendered for each request: there are only two.
    fingerprint = None

    @property
    def is_filtered(self):
        return self.is_valid() and any(self.cleaned_data.values())

    def filter(self, articles):
        """Articles matching the valid filters; invalid ones return no articles."""
        if not self.is_valid():
            return articles.none()
        if kind := self.cleaned_data["kind"]:
            articles = articles.filter(kind=kind)
        if year := self.cleaned_data["year"]:
            articles = articles.filter(date__year=int(year))
        return articles
