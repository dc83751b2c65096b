from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from charity.foundations.blocks import BodyBlock
from charity.foundations.hero_image import HeroImageMixin
from charity.foundations.pagination import paginate
from charity.foundations.panels import (
    HERO_IMAGE_ONLY_SHARED,
    TITLE_IS_HEADING,
    hero_image_panel,
    title_panel,
)
from programs.forms import ProgramFilterForm
from programs.models.program_page import ProgramPage


class ProgramIndexPage(HeroImageMixin, Page):
    """Lists the research programs under the home page, filterable by disease, kind and status."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the programs.")
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The strategy, shown above the list."),
    )

    content_panels = [
        title_panel(TITLE_IS_HEADING),
        FieldPanel("intro"),
        hero_image_panel(HERO_IMAGE_ONLY_SHARED),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["charity.HomePage"]
    subpage_types = ["programs.ProgramPage"]
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = _("program index page")
        verbose_name_plural = _("program index pages")

    def programs(self):
        return ProgramPage.objects.child_of(self).live().public().for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ProgramFilterForm(request.GET, locale=self.locale)
        programs = form.filter(self.programs().newest_first())
        context["filter_form"] = form
        context["page_obj"] = paginate(request, programs, self.per_page)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not response.context_data["filter_form"].is_valid():
            response.status_code = 400
        return response
