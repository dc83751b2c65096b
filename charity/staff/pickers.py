"""Pickers of the programs, diseases, partners and events a page or a snippet links to.

Links are made in the source language (French) and wagtail-localize synchronises them
unchanged to the translations, where templates swap each linked page for its translation
(``charity.foundations.localization``). So every picker of these page types offers the
source-language pages only, the English translation's form included, and names each page so
that no two read alike:

- a foreign key is Wagtail's page chooser, opening on the section's index page (Wagtail
  would open it on the common ancestor of the pages of both languages: the tree's root),
  browsing and searching the source-language pages only;
- a many-to-many field is a list of checkboxes with a box that filters it as one types.
"""

from django import forms
from django.db import models
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.widgets import AdminPageChooser
from wagtail.coreutils import resolve_model_string
from wagtail.models import Locale, Page

from charity.foundations.localization import in_source_language

PICKED_PAGE_TYPES = [
    "programs.ProgramPage",
    "diseases.DiseasePage",
    "partners.PartnerPage",
    "charity.EventPage",
]


def source_language_pages(model):
    return in_source_language(model.objects.order_by(Lower("title")))


def picked_models():
    return {resolve_model_string(name) for name in PICKED_PAGE_TYPES}


def page_label(page):
    """The page's title, with the short name it also goes by (a partner's acronym) when
    that differs."""
    short_name = getattr(page, "short_name", "")
    if short_name and short_name != page.title:
        return f"{page.title} ({short_name})"
    return page.title


class SectionPageChooser(AdminPageChooser):
    """Wagtail's page chooser, opening on the source-language index page its pages live
    under while nothing is chosen (afterwards, on the chosen page's parent, as Wagtail does)."""

    js_constructor = "SectionPageChooser"

    def section_id(self):
        sections = self.model.allowed_parent_page_models()
        return (
            in_source_language(Page.objects.type(*sections))
            .order_by("path")
            .values_list("pk", flat=True)
            .first()
        )

    def get_js_init_options(self, id_, name, value_data):
        options = super().get_js_init_options(id_, name, value_data)
        section_id = self.section_id()
        if section_id:
            options["sectionId"] = section_id
        return options

    @property
    def media(self):
        # One list, so that Django keeps it in this order: Wagtail's chooser, then ours.
        return forms.Media(
            js=[
                versioned_static("wagtailadmin/js/page-chooser-modal.js"),
                versioned_static("wagtailadmin/js/page-chooser.js"),
                "js/admin/section-page-chooser.js",
            ]
        )


class FilterableCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes under a search box that hides those whose label does not contain what is
    typed (ignoring case and accents). Each stays a checkbox: Tab and Space choose."""

    template_name = "charity/widgets/filterable_checkbox_select.html"

    def render(self, name, value, attrs=None, renderer=None):
        # With the site's templates, as Wagtail's own widgets: Django's form renderer
        # only looks in the apps' folders.
        return mark_safe(render_to_string(self.template_name, self.get_context(name, value, attrs)))

    class Media:
        js = ["js/admin/filterable-choices.js"]
        css = {"all": ["css/admin/filterable-choices.css"]}


class PageMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, page):
        return page_label(page)


def foreign_key_picker(db_field):
    model = db_field.remote_field.model
    return {
        "widget": SectionPageChooser(target_models=[model]),
        "queryset": source_language_pages(model),
    }


def many_to_many_picker(db_field):
    model = db_field.remote_field.model
    if model not in picked_models():
        return None
    return {
        "form_class": PageMultipleChoiceField,
        "widget": FilterableCheckboxSelectMultiple,
        "queryset": source_language_pages(model),
    }


def register_page_pickers():
    """Every admin form (pages, their inline rows, snippets) picks these page types in
    the source language."""
    for name in PICKED_PAGE_TYPES:
        register_form_field_override(models.ForeignKey, to=name, override=foreign_key_picker)
    register_form_field_override(models.ManyToManyField, override=many_to_many_picker)


def source_language_only(pages, request):
    """Wagtail's page chooser, asked for one of these page types, browses and searches
    the source-language pages only (the ``construct_page_chooser_queryset`` hook)."""
    from wagtail.admin.views.chooser import page_models_from_string

    page_type = request.GET.get("page_type")
    if not page_type:
        return pages
    try:
        desired = set(page_models_from_string(page_type))
    except (ValueError, LookupError):
        return pages
    if desired <= picked_models():
        # By the locale itself: the chooser's search filters on indexed fields only.
        return pages.filter(locale=Locale.get_default())
    return pages
