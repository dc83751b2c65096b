"""The wide illustration at the top of a page, also shown when the page is shared."""

from django.db import models
from django.utils.translation import gettext_lazy as _

HERO_IMAGE_HELP = _("A wide illustration shown at the top of the page and when the page is shared.")


class HeroImageMixin(models.Model):
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=HERO_IMAGE_HELP,
    )

    class Meta:
        abstract = True
