"""Every field staff fill in explains itself, down to the blocks inside stream fields."""

from django.apps import apps

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock

from modelcluster.fields import ParentalKey

CONTENT_APPS = ["charity", "programs", "diseases", "partners", "news"]
# Written by the site itself, read by staff in reports only.
NOT_EDITED_BY_STAFF = {"SearchTerm", "SearchStatistic"}
# Wagtail's form builder brings these fields, some with help of its own; the project's
# panels give it to the others it shows.
FORM_BUILDER_FIELDS = {
    field.name for model in (AbstractFormField, AbstractEmailForm) for field in model._meta.fields
}


def content_models():
    for app_label in CONTENT_APPS:
        for model in apps.get_app_config(app_label).get_models():
            if model.__name__ not in NOT_EDITED_BY_STAFF:
                yield model


def editable_fields(model):
    """The fields staff fill in: not the keys that tie inline rows to their page."""
    for field in model._meta.get_fields(include_parents=False):
        concrete = getattr(field, "concrete", False) and not field.auto_created
        if concrete and field.editable and not isinstance(field, ParentalKey):
            yield field


def field_panels(panels):
    for panel in panels:
        if isinstance(panel, FieldPanel):
            yield panel
        yield from field_panels(getattr(panel, "children", ()))


def form_builder_fields_shown(model):
    """{name: the help its panel gives} of the form builder's fields a model shows."""
    panels = [*getattr(model, "panels", ()), *getattr(model, "content_panels", ())]
    return {
        panel.field_name: panel.help_text
        for panel in field_panels(panels)
        if panel.field_name in FORM_BUILDER_FIELDS
    }


def help_text(block):
    # Field blocks hand their help text to their form field; other blocks keep it in Meta.
    if isinstance(block, blocks.FieldBlock):
        return block.field.help_text
    return getattr(block.meta, "help_text", None)


def blocks_without_help(block, path):
    if isinstance(block, blocks.StreamBlock | blocks.StructBlock) and not isinstance(
        block, ImageBlock
    ):
        for name, child in block.child_blocks.items():
            yield from blocks_without_help(child, f"{path}.{name}")
    elif isinstance(block, blocks.ListBlock):
        yield from blocks_without_help(block.child_block, f"{path}[]")
    elif not help_text(block):
        yield path


def test_every_model_field_has_help_text():
    missing = [
        f"{model.__name__}.{field.name}"
        for model in content_models()
        if not issubclass(model, AbstractFormField | AbstractEmailForm)
        for field in editable_fields(model)
        if not field.help_text
    ]
    assert missing == []


def test_every_form_builder_field_staff_see_has_help_text():
    form_builder_models = [
        model
        for model in content_models()
        if issubclass(model, AbstractFormField | AbstractEmailForm)
    ]
    assert form_builder_models
    missing = [
        f"{model.__name__}.{name}"
        for model in form_builder_models
        for name, panel_help in form_builder_fields_shown(model).items()
        if not (panel_help or model._meta.get_field(name).help_text)
    ]
    assert missing == []


def test_the_form_builder_s_own_fields_are_checked_on_what_staff_see():
    """Fields of a form-builder model that are its own still need help on the model."""
    missing = [
        f"{model.__name__}.{field.name}"
        for model in content_models()
        if issubclass(model, AbstractFormField | AbstractEmailForm)
        for field in editable_fields(model)
        if field.name not in FORM_BUILDER_FIELDS and not field.help_text
    ]
    assert missing == []


def test_every_block_in_every_stream_field_has_help_text():
    missing = [
        path
        for model in content_models()
        for field in editable_fields(model)
        if isinstance(field, StreamField)
        for path in blocks_without_help(field.stream_block, f"{model.__name__}.{field.name}")
    ]
    assert missing == []
