from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

OVERRIDE_HELP = _("Leave empty to use the figure computed from the programs on this site.")
AS_OF_HELP = _("The date the figure above was true: shown next to it.")
# The home page's key figures the editors may set, each with the date it was true.
KEY_FIGURE_FIELDS = [
    ("funding_total_eur", "funding_total_as_of", _("Total funding")),
    ("programs_count", "programs_count_as_of", _("Programs")),
    ("children_count", "children_count_as_of", _("Children")),
    ("therapies_count", "therapies_count_as_of", _("Therapies")),
]


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Site-wide settings that are not language: links, addresses and key figures.

    Every page shows them: ``for_request`` reads them from the fragment cache until the
    next change to the site's content (charity.patches.wagtail_sites)."""

    donation_url = models.URLField(
        _("donation page address"),
        blank=True,
        help_text=_("The external donation platform every donate button leads to."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("Shown in the footer.")
    )
    contact_form_recipient = models.EmailField(
        _("contact form recipient"),
        blank=True,
        help_text=_(
            "Where the contact form's messages are e-mailed. Leave empty to use the contact "
            "e-mail above."
        ),
    )
    legal_notice_page = models.ForeignKey(
        "charity.StandardPage",
        verbose_name=_("legal notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer of every page, in the visitor's language."),
    )
    privacy_page = models.ForeignKey(
        "charity.StandardPage",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer of every page, in the visitor's language."),
    )
    founding_year = models.PositiveSmallIntegerField(
        _("founding year"),
        default=2011,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("Used to compute the years since the charity was founded."),
    )
    tax_reduction_rate = models.DecimalField(
        _("income-tax reduction rate (%)"),
        max_digits=4,
        decimal_places=1,
        default=Decimal("66"),
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("French income-tax reduction on donations, in percent (66 today)."),
    )
    facebook_url = models.URLField(
        _("Facebook"), blank=True, help_text=_("Address of the Facebook page.")
    )
    instagram_url = models.URLField(
        _("Instagram"), blank=True, help_text=_("Address of the Instagram account.")
    )
    linkedin_url = models.URLField(
        _("LinkedIn"), blank=True, help_text=_("Address of the LinkedIn page.")
    )
    x_url = models.URLField(_("X (Twitter)"), blank=True, help_text=_("Address of the X account."))
    youtube_url = models.URLField(
        _("YouTube"), blank=True, help_text=_("Address of the YouTube channel.")
    )

    funding_total_eur = models.DecimalField(
        _("total funding committed (€)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=OVERRIDE_HELP,
    )
    funding_total_as_of = models.DateField(_("as of"), null=True, blank=True, help_text=AS_OF_HELP)
    programs_count = models.PositiveIntegerField(
        _("programs funded"), null=True, blank=True, help_text=OVERRIDE_HELP
    )
    programs_count_as_of = models.DateField(_("as of"), null=True, blank=True, help_text=AS_OF_HELP)
    children_count = models.PositiveIntegerField(
        _("children who benefited"), null=True, blank=True, help_text=OVERRIDE_HELP
    )
    children_count_as_of = models.DateField(_("as of"), null=True, blank=True, help_text=AS_OF_HELP)
    therapies_count = models.PositiveIntegerField(
        _("new therapies tested"), null=True, blank=True, help_text=OVERRIDE_HELP
    )
    therapies_count_as_of = models.DateField(
        _("as of"), null=True, blank=True, help_text=AS_OF_HELP
    )

    general_panels = [
        FieldPanel("donation_url"),
        FieldPanel("contact_email"),
        FieldPanel("contact_form_recipient"),
        FieldPanel("founding_year"),
        FieldPanel("tax_reduction_rate"),
    ]
    legal_panels = [FieldPanel("legal_notice_page"), FieldPanel("privacy_page")]
    social_panels = [
        FieldPanel("facebook_url"),
        FieldPanel("instagram_url"),
        FieldPanel("linkedin_url"),
        FieldPanel("x_url"),
        FieldPanel("youtube_url"),
    ]
    figures_panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel(name), FieldPanel(as_of_name)])],
            heading=label,
        )
        for name, as_of_name, label in KEY_FIGURE_FIELDS
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(general_panels, heading=_("General")),
            ObjectList(social_panels, heading=_("Social media")),
            ObjectList(legal_panels, heading=_("Legal pages")),
            ObjectList(figures_panels, heading=_("Key figures")),
        ]
    )

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("LinkedIn", self.linkedin_url),
            ("X", self.x_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]

    def cost_after_tax_reduction(self, amount):
        """What a gift costs the donor once the income-tax reduction is applied."""
        amount = Decimal(amount)
        return (amount * (Decimal(100) - self.tax_reduction_rate) / Decimal(100)).quantize(
            Decimal("0.01")
        )

    def key_figure_overrides(self):
        """Each key figure the editors may set, by name, as (value, the date it was
        true); the value is None while the figure is left to be computed."""
        return {
            name: (getattr(self, name), getattr(self, as_of_name))
            for name, as_of_name, _label in KEY_FIGURE_FIELDS
        }
