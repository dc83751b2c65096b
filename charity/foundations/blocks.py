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
    quote = blocks.TextBlock(label=_("Quote"), help_text=_("Their words, without quotation marks."))
    attribution = blocks.CharBlock(
        label=_("Who said it"), max_length=120, help_text=_("First name and surname.")
    )
    role = blocks.CharBlock(
        label=_("Their role"),
        max_length=200,
        required=False,
        help_text=_('e.g. "Mother of Margo" or "Paediatric oncologist at Gustave Roussy".'),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(
        label=_("Image"),
        help_text=_(
            "The image's alt text is used unless you write one for this place "
            "or mark the image as decorative."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Caption"),
        max_length=300,
        required=False,
        help_text=_("Shown under the image, with the credit if there is one."),
    )

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
    value = blocks.CharBlock(
        label=_("Value"), max_length=40, help_text=_('The figure, e.g. "350".')
    )
    label = blocks.CharBlock(
        label=_("Label"), max_length=160, help_text=_('What it counts, e.g. "research units".')
    )

    class Meta:
        icon = "order"
        label = _("Key figure")


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), max_length=300, help_text=_("The title of the article or page.")
    )
    url = blocks.URLBlock(
        label=_("Link"), required=False, help_text=_("Where to read it, if it is online.")
    )
    publisher = blocks.CharBlock(
        label=_("Publisher"),
        max_length=200,
        required=False,
        help_text=_('Who published it, e.g. "Institut national du cancer".'),
    )

    class Meta:
        icon = "doc-full"
        label = _("Source")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(
        help_text=_("Starts a new section of the page; keep it short, it can be linked to.")
    )
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label=_("Paragraph"),
        template="blocks/paragraph_block.html",
        help_text=_(
            "Text with bold, italics, lists and links; use a section heading to start a section."
        ),
    )
    key_result = KeyResultBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    embed = EmbedBlock(
        icon="media",
        label=_("Video or embed"),
        template="blocks/embed_block.html",
        help_text=_(
            "The address of a video or post (YouTube, Vimeo…), with a link to the original."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail shows the label of a text field placed directly in a stream (the
        # heading, the embed's address) as the header of its block, not as the label of
        # its input (wagtail/wagtail#11179): screen readers would announce a text box
        # without a name. The input carries the label itself.
        for block in self.child_blocks.values():
            if isinstance(block, (blocks.CharBlock, blocks.URLBlock)):
                block.field.widget.attrs["aria-label"] = block.label
