from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from charity.foundations.blocks import BodyBlock
from charity.foundations.panels import TITLE_IS_HEADING, title_panel
from programs import funding
from programs.models.program_page import ProgramPage


class FundingPage(RoutablePageMixin, Page):
    """Where the money goes: the programs' funding by program, disease and year, with a CSV."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Shown above the charts: how the charity chooses what it funds."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("More about the charity's accounts, shown under the figures."),
    )

    content_panels = [title_panel(TITLE_IS_HEADING), FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["charity.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("funding page")
        verbose_name_plural = _("funding pages")

    def programs(self):
        return ProgramPage.objects.live().public().filter(locale_id=self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["funding"] = funding.funding_summary(self.programs(), self.locale, request)
        # The site settings are the charity's own model, which the page apps do not import.
        site_settings = apps.get_model("charity", "SiteSettings").for_request(request)
        # The total staff keep in the site settings covers every program since the
        # charity began, including the many this site does not describe.
        context["charity_total"] = site_settings.funding_total_eur
        context["charity_total_as_of"] = site_settings.funding_total_as_of
        context["csv_url"] = self.get_url(request) + "funding.csv"
        return context

    # Served at the page's address + "funding.csv" (see charity/urls.py).
    @path("funding.csv/", name="csv")
    def ledger_csv(self, request):
        rows = funding.ledger_rows(self.programs(), self.locale, request)
        filename = f"imagine-for-margo-funding-{self.locale.language_code}.csv"
        return funding.ledger_csv(rows, filename)
