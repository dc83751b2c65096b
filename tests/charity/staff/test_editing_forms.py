"""The page editing forms as a new editor meets them: what must be filled in is on the
first tab, each field says where it shows on the site, and the admin's generated wording
("Add …", listing headings) reads well."""

from django.urls import reverse
from django.utils import translation

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import get_page_models
from wagtail.test.utils import WagtailTestUtils

import pytest

from tests.factories import ProgramPageFactory, publish_translation

pytestmark = pytest.mark.django_db

CONTENT_APPS = {"charity", "programs", "diseases", "partners"}
# Wagtail fills the address in from the title while the page is not live.
FILLED_IN_FOR_THE_EDITOR = {"slug"}


def page_models():
    return [model for model in get_page_models() if model._meta.app_label in CONTENT_APPS]


def panels(panel):
    yield panel
    for child in getattr(panel, "children", ()):
        yield from panels(child)


def field_panel(model, name):
    [panel] = [
        panel
        for panel in panels(model.get_edit_handler())
        if isinstance(panel, FieldPanel) and panel.field_name == name
    ]
    return panel


def form_fields(model):
    return model.get_edit_handler().get_form_class().base_fields


@pytest.mark.parametrize("model", page_models(), ids=lambda model: model.__name__)
def test_every_required_field_is_on_the_first_tab(model):
    edit_handler = model.get_edit_handler()
    form_class = edit_handler.get_form_class()
    required = {name for name, field in form_class.base_fields.items() if field.required}
    first_tab = set(edit_handler.children[0].get_form_options()["fields"])

    assert required - FILLED_IN_FOR_THE_EDITOR - first_tab == set()


@pytest.mark.parametrize("model", page_models(), ids=lambda model: model.__name__)
def test_every_page_type_says_where_its_title_and_hero_image_show(model):
    with translation.override("en"):
        assert "heading" in str(field_panel(model, "title").help_text)
        if "hero_image" in form_fields(model):
            assert "shared" in str(field_panel(model, "hero_image").help_text)


def edit_form(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return WagtailTestUtils.get_soup(response.content)


def test_a_program_s_title_help_says_the_acronym_is_its_heading(
    english_admin_client, program_index
):
    program = ProgramPageFactory()

    # The tab's part of the id follows the language the edit form was first built in.
    title_help = edit_form(english_admin_client, program).select_one(
        "[id^='panel-child-'][id$='-child-title-helptext']"
    )

    assert "the heading of the page and of its card is the acronym" in title_help.get_text()


@pytest.mark.parametrize("model", page_models(), ids=lambda model: model.__name__)
def test_every_page_type_names_itself_in_the_plural(model):
    assert "verbose_name_plural" in model._meta.original_attrs


@pytest.mark.parametrize(
    "model",
    [
        model
        for model in page_models()
        if any(isinstance(panel, InlinePanel) for panel in panels(model.get_edit_handler()))
    ],
    ids=lambda model: model.__name__,
)
def test_inline_panels_add_one_row_and_head_them_all(model):
    """A row is added with "Add Disease studied" and called "Disease studied 1", under
    the panel's heading, "Diseases studied"."""
    for panel in panels(model.get_edit_handler()):
        if isinstance(panel, InlinePanel):
            assert panel.label != panel.heading, panel.relation_name


def test_a_program_s_rows_are_added_one_at_a_time(english_admin_client, program_index):
    program = ProgramPageFactory()

    soup = edit_form(english_admin_client, program)

    add_buttons = {
        relation: soup.select_one(f"#id_{relation}-ADD").get_text(strip=True)
        for relation in ["program_diseases", "investigators", "institutions", "grants"]
    }
    assert add_buttons == {
        "program_diseases": "Add Disease studied",
        "investigators": "Add Lead investigator",
        "institutions": "Add Institution",
        "grants": "Add Grant",
    }


@pytest.mark.parametrize(
    ("listing", "heading"),
    [("programs", "Programs"), ("diseases", "Diseases"), ("partners", "Partners")],
)
def test_listings_are_headed_with_the_page_type_in_the_plural(
    english_admin_client, listing, heading
):
    response = english_admin_client.get(reverse(f"{listing}:index"))

    assert response.status_code == 200
    assert WagtailTestUtils.get_soup(response.content).h1.get_text(strip=True) == heading


@pytest.mark.parametrize(
    ("listing", "index_fixture", "model_name"),
    [
        ("programs", "program_index", "programpage"),
        ("diseases", "disease_index", "diseasepage"),
        ("partners", "partner_index", "partnerpage"),
    ],
)
def test_adding_from_a_listing_opens_the_form_under_the_french_index(
    request, client_for, editor, listing, index_fixture, model_name
):
    index = request.getfixturevalue(index_fixture)
    publish_translation(index)
    add_form = reverse("wagtailadmin_pages:add", args=[index._meta.app_label, model_name, index.pk])

    # The listing's button adds its language filter, French unless another is chosen.
    for params in ({"locale": "fr"}, {"locale": "en"}, {}):
        response = client_for(editor).get(reverse(f"{listing}:choose_parent"), params)

        assert response.status_code == 302, params
        assert response.url == add_form
