from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import PreviewableMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Person(TranslatableMixin, index.Indexed, models.Model):
    """A researcher, clinician or member of the charity, linked from programs and events."""

    honorific = models.CharField(
        _("honorific"),
        max_length=40,
        blank=True,
        help_text=_('Shown before the name, e.g. "Dr." or "Prof.".'),
    )
    name = models.CharField(_("name"), max_length=120, help_text=_("First name and surname."))
    role = models.CharField(
        _("role"),
        max_length=255,
        blank=True,
        help_text=_('What they do, e.g. "Director of Research at Gustave Roussy".'),
    )
    organisation = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The partner institution they work for, if it has a page on this site."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait, used on program and event pages."),
    )
    bio = models.TextField(_("biography"), blank=True, help_text=_("A few sentences."))

    panels = [
        FieldPanel("honorific"),
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    override_translatable_fields = [SynchronizedField("name"), SynchronizedField("honorific")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("role"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.honorific} {self.name}".strip()


class Testimonial(TranslatableMixin, PreviewableMixin, index.Indexed, models.Model):
    """Words of a researcher or a family, shown on the home page and research pages."""

    quote = models.TextField(_("quote"), help_text=_("Their words, without quotation marks."))
    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        on_delete=models.PROTECT,
        related_name="testimonials",
        help_text=_("Who said it."),
    )
    role = models.CharField(
        _("role"),
        max_length=255,
        blank=True,
        help_text=_("Their role when they said it; the person's role is used when empty."),
    )
    program = models.ForeignKey(
        "programs.ProgramPage",
        verbose_name=_("program"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The program it speaks of: the testimonial is then shown on that page."),
    )
    show_on_home_page = models.BooleanField(
        _("show on the home page"), default=True, help_text=_("Shown in the home page's quotes.")
    )

    panels = [
        FieldPanel("quote"),
        FieldPanel("person"),
        FieldPanel("role"),
        FieldPanel("program"),
        FieldPanel("show_on_home_page"),
    ]
    search_fields = [index.SearchField("quote"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")

    def __str__(self):
        return f"{self.person.name}: {self.quote[:60]}…"

    @property
    def attribution_role(self):
        return self.role or self.person.role

    def get_preview_template(self, request, mode_name):
        return "components/testimonial_preview.html"
