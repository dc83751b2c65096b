"""The body stream block shared by every page type."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul", "superscript"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Section heading")


class KeyResultBlock(blocks.StructBlock):
    figure = blocks.CharBlock(
        label=_("Figure"), max_length=40, help_text=_('The number that matters, e.g. "94%".')
    )
    label = blocks.CharBlock(
        label=_("What it measures"), max_length=160, help_text=_('e.g. "response rate".')
    )
    detail = blocks.TextBlock(
        label=_("Detail"), required=False, help_text=_("One or two sentences of context.")
    )

    class Meta:
        icon = "pick"
        template = "blocks/key_result_block.html"
        label = _("Key result")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), max_length=120)
    role = blocks.CharBlock(label=_("Their role"), max_length=200, required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), max_length=300, required=False)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")

    def bulk_to_python(self, values):
        values = super().bulk_to_python(values)
        # One query for the renditions of every image in the stream, not one per image.
        prefetch_related_objects(
            [value["image"] for value in values if value["image"]], "renditions"
        )
        return values


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Value"), max_length=40)
    label = blocks.CharBlock(label=_("Label"), max_length=160)

    class Meta:
        icon = "order"
        label = _("Key figure")


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=300)
    url = blocks.URLBlock(label=_("Link"), required=False)
    publisher = blocks.CharBlock(label=_("Publisher"), max_length=200, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Source")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label=_("Paragraph"),
        template="blocks/paragraph_block.html",
    )
    key_result = KeyResultBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    embed = EmbedBlock(icon="media", label=_("Video or embed"), template="blocks/embed_block.html")
