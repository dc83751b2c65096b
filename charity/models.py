from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The site root, one per language."""

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=200,
        blank=True,
        help_text=_("The mission in one sentence, shown large at the top of the page."),
    )
    hero_text = RichTextField(
        _("hero text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short paragraph under the heading."),
    )

    content_panels = [*Page.content_panels, FieldPanel("hero_heading"), FieldPanel("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
