from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from charity.foundations.blocks import BodyBlock
from charity.foundations.hero_image import HeroImageMixin
from charity.foundations.panels import TITLE_IS_HEADING, hero_image_panel, title_panel


class StandardPage(HeroImageMixin, Page):
    """A page of text such as About, Our strategy or Accessibility, anywhere under the home page."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences shown under the title.")
    )
    body = StreamField(
        BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("The page's content.")
    )

    content_panels = [
        title_panel(TITLE_IS_HEADING),
        FieldPanel("intro"),
        hero_image_panel(
            _(
                "A wide illustration, shown across the page under the introduction and when "
                "the page is shared."
            )
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["charity.HomePage", "charity.StandardPage"]
    subpage_types = ["charity.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
