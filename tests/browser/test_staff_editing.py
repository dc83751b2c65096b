"""Editors' everyday forms in the browser, with the admin in French: uploading an image
with its alt text, and a program form that refuses wrong input without losing any."""

from django.urls import reverse

from wagtail.images import get_image_model

import pytest
from PIL import Image
from playwright.sync_api import expect

from programs.models import ProgramPage
from tests.browser.admin_ui import (
    add_page,
    add_paragraph,
    fill,
    messages,
    show_tab_of,
    submit_for_moderation,
)
from tests.factories import ProgramIndexPageFactory

pytestmark = pytest.mark.browser

IMAGE_TITLE = "Une chercheuse au microscope"
ALT_TEXT = "Une chercheuse observe des cellules tumorales au microscope."


@pytest.fixture
def photo(tmp_path):
    path = tmp_path / "microscope.png"
    Image.new("RGB", (64, 48), "#e4007c").save(path)
    return path


def test_an_editor_uploads_an_image_with_its_alt_text(staff, sign_in, photo):
    editor = sign_in(staff("editor"))
    editor.goto(reverse("wagtailimages:add_multiple"))

    editor.locator("#fileupload").set_input_files(photo)
    uploaded = editor.locator("#upload-list li").first
    uploaded.locator("[data-contentpath=title] input").fill(IMAGE_TITLE)
    uploaded.locator("button[type=submit]").first.click()
    # Saved without alt text, the image is refused until it has one.
    alt_text = uploaded.locator("[data-contentpath=description]")
    expect(alt_text.locator("[data-field-errors]")).to_contain_text(
        "Décrivez l’image pour les personnes qui ne peuvent pas la voir."
    )
    assert not get_image_model().objects.filter(title=IMAGE_TITLE).exists()
    alt_text.locator("input").fill(ALT_TEXT)
    uploaded.locator("button[type=submit]").first.click()
    expect(messages(editor)).to_contain_text("Image mise à jour.")

    editor.goto(reverse("wagtailimages:index"))
    editor.get_by_role("link", name=IMAGE_TITLE).click()
    expect(editor.locator("#id_title")).to_have_value(IMAGE_TITLE)
    expect(editor.locator("#id_description")).to_have_value(ALT_TEXT)


def test_a_program_form_with_mistakes_shows_each_error_beside_its_field_and_keeps_the_rest(
    staff, sign_in
):
    editor = sign_in(staff("editor"))
    add_page(editor, ProgramPage, ProgramIndexPageFactory())
    fill(editor, "#id_title", "Immunothérapie des leucémies")
    fill(editor, "#id_acronym", "CAR-T ENFANTS")
    add_paragraph(editor, "body", "Les lymphocytes du patient sont modifiés.")
    show_tab_of(editor, "#id_kind").select_option("immunotherapy")
    fill(editor, "#id_start_year", "2024")
    fill(editor, "#id_end_year", "2020")

    # A draft may lack the summary, a page submitted for moderation may not.
    submit_for_moderation(editor)

    assert not ProgramPage.objects.filter(acronym="CAR-T ENFANTS").exists()
    expect(messages(editor)).to_contain_text("erreurs de validation")
    summary = show_tab_of(editor, "[data-contentpath=summary]")
    expect(summary.locator("[data-field-errors]")).to_contain_text("Champ requis.")
    end_year = show_tab_of(editor, "[data-contentpath=end_year]")
    expect(end_year.locator("[data-field-errors]")).to_contain_text(
        "L’année de fin ne peut pas précéder l’année de début."
    )
    expect(editor.locator("#id_start_year")).to_have_value("2024")
    expect(editor.locator("#id_end_year")).to_have_value("2020")
    expect(editor.locator("#id_kind")).to_have_value("immunotherapy")
    show_tab_of(editor, "#id_title")
    expect(editor.locator("#id_title")).to_have_value("Immunothérapie des leucémies")
    expect(editor.locator("#id_acronym")).to_have_value("CAR-T ENFANTS")
    expect(editor.locator("[data-contentpath=body]")).to_contain_text(
        "Les lymphocytes du patient sont modifiés."
    )
