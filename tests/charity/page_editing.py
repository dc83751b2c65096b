"""Editing an existing page the way the admin's edit form does."""

from django.urls import reverse

from wagtail.blocks.base import BlockField
from wagtail.test.utils.form_data import querydict_from_html


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def edit_form_data(client, page, **changes):
    """The page's edit form as the admin renders it, with some fields changed."""
    response = client.get(edit_url(page))
    assert response.status_code == 200, response.status_code
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # Stream fields are drawn by the admin's JavaScript: these pages' streams are empty.
    form_class = page.specific_class.get_edit_handler().get_form_class()
    for name, field in form_class.base_fields.items():
        if isinstance(field, BlockField):
            data.setdefault(f"{name}-count", "0")
    for name, value in changes.items():
        data[name] = value
    return data
