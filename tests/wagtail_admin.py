"""Creating pages the way an editor does: through the Wagtail admin's add view."""

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data


def add_page_in_admin(client, parent, model, fields, multiple=None, publish=True):
    """POST ``fields`` (nested form data) to the admin add view; return the response.

    ``multiple`` holds the multi-valued inputs (many-to-many choosers) that
    ``nested_form_data`` would otherwise spread over numbered keys.
    """
    data = nested_form_data({"comments": inline_formset([]), **fields})
    data.update(multiple or {})
    if publish:
        data["action-publish"] = "action-publish"
    url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )
    return client.post(url, data)


def form_errors(response):
    """The errors of the admin form, readable in an assertion message."""
    if response.context is None or "form" not in response.context:
        return f"status {response.status_code}, no form"
    form = response.context["form"]
    errors = dict(form.errors)
    for name, formset in form.formsets.items():
        if formset.total_error_count():
            errors[name] = [formset.non_form_errors(), *formset.errors]
    return errors
