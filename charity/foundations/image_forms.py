from django.utils.translation import gettext_lazy as _

from wagtail.images.forms import BaseImageForm

ALT_TEXT_HELP = _(
    "Describe what the image shows for people who cannot see it, in one sentence "
    '(e.g. "A researcher looks at tumour cells under a microscope"). '
    "Screen readers read it aloud and search engines index it."
)


class AltTextRequiredImageForm(BaseImageForm):
    """Every image gets its alt text when it is uploaded: it is reused wherever the image is."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            description = self.fields["description"]
            description.required = True
            description.label = _("Alt text")
            description.help_text = ALT_TEXT_HELP
            description.error_messages["required"] = _(
                "Describe the image for people who cannot see it."
            )
