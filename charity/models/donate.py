from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey

from charity.foundations.blocks import BodyBlock
from charity.foundations.cards import render_cards
from charity.foundations.hero_image import HeroImageMixin
from charity.foundations.panels import (
    HERO_IMAGE_BESIDE_TEXT,
    TITLE_IS_HEADING,
    hero_image_panel,
    title_panel,
)
from charity.models.gift_calculator import calculation, gift_form
from charity.models.site_settings import SiteSettings
from programs.models import ProgramPage


class DonatePage(HeroImageMixin, Page):
    """What a gift funds, what it costs after the tax reduction, and the way to give."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences on why gifts matter, shown under the title."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("What gifts fund and how the charity spends them."),
    )
    examples_heading = models.CharField(
        _("examples heading"),
        max_length=200,
        blank=True,
        help_text=_("Heading above the example programs. Leave empty for the default."),
    )

    content_panels = [
        title_panel(TITLE_IS_HEADING),
        FieldPanel("intro"),
        hero_image_panel(HERO_IMAGE_BESIDE_TEXT),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("examples_heading"),
                InlinePanel(
                    "example_programs",
                    label=_("Example program"),
                    heading=_("Example programs"),
                    max_num=6,
                ),
            ],
            heading=_("What your gift funds"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["charity.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("donate page")
        verbose_name_plural = _("donate pages")

    def examples(self, request):
        """The example programs, in this page's language when translated, live ones
        only, each with its card."""
        links = list(self.example_programs.select_related("program").defer("program__body"))
        keys = [link.program.translation_key for link in links]
        programs = {}
        for program in (
            ProgramPage.objects.live().public().filter(translation_key__in=keys).for_listing()
        ):
            current = programs.get(program.translation_key)
            if current is None or program.locale_id == self.locale_id:
                programs[program.translation_key] = program
        examples = [
            {"program": programs[key], "what_a_gift_funds": link.what_a_gift_funds}
            for key, link in zip(keys, links, strict=True)
            if key in programs
        ]
        cards = render_cards(request, [example["program"] for example in examples])
        for example, card in zip(examples, cards, strict=True):
            example["card"] = card
        return examples

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site_settings = SiteSettings.for_request(request)
        form = gift_form(request.GET)
        result = calculation(form, site_settings)
        context.update(
            site_settings=site_settings,
            gift_form=form,
            # While the amount is wrong, the example stays in the page, hidden, for
            # donate.js to fill in as soon as the visitor corrects it.
            calculation=result or calculation(gift_form({}), site_settings),
            calculation_hidden=result is None,
            examples=self.examples(request),
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.context_data["gift_form"].errors:
            response.status_code = 400
        return response


class DonatePageProgram(Orderable):
    page = ParentalKey(DonatePage, related_name="example_programs", on_delete=models.CASCADE)
    program = models.ForeignKey(
        "programs.ProgramPage",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A program that gifts fund."),
    )
    what_a_gift_funds = models.CharField(
        _("what a gift funds"),
        max_length=300,
        blank=True,
        help_text=_('In a sentence, e.g. "Sequencing one child\'s tumour costs about €3,000."'),
    )

    panels = [FieldPanel("program"), FieldPanel("what_a_gift_funds")]
