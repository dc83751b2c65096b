"""Alt text is required when an image is uploaded, whichever way it is uploaded."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images.models import Image
from wagtail.models import Collection

import pytest
from PIL import Image as PILImage

from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def png_file(name="labo.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "#e4007c").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def upload(client, **fields):
    data = {
        "title": "Laboratoire",
        "collection": Collection.get_first_root_node().pk,
        "file": png_file(),
        "tags": "",
        **fields,
    }
    return client.post(reverse("wagtailimages:add"), data)


@pytest.fixture
def editor_client(client_for, editor):
    return client_for(editor)


def test_uploading_an_image_without_alt_text_shows_a_form_error(editor_client):
    response = upload(editor_client, description="")

    assert response.status_code == 200
    form = response.context["form"]
    assert [error.code for error in form.errors.as_data()["description"]] == ["required"]
    assert not Image.objects.exists()


def test_an_image_with_alt_text_is_saved(editor_client):
    alt_text = "Une chercheuse observe des cellules tumorales au microscope"

    response = upload(editor_client, description=alt_text)

    assert response.status_code == 302
    assert Image.objects.get().default_alt_text == alt_text


def test_the_alt_text_field_explains_what_to_write(editor_client):
    form = editor_client.get(reverse("wagtailimages:add")).context["form"]
    description = form.fields["description"]
    assert description.required
    assert "lecteurs d’écran" in str(description.help_text).lower()


def test_several_images_uploaded_at_once_wait_for_their_alt_text(editor_client):
    response = editor_client.post(
        reverse("wagtailimages:add_multiple"),
        {"collection": Collection.get_first_root_node().pk, "files[]": png_file()},
    )

    assert response.status_code == 200
    assert "uploaded_file_id" in response.json(), "the edit form asks for the alt text first"
    assert not Image.objects.exists()


def test_alt_text_cannot_be_removed_from_an_image(client_for, moderator):
    image = ImageFactory(description="Le gala 2025")
    response = client_for(moderator).post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {
            "title": image.title,
            "collection": image.collection_id,
            "description": "",
            "tags": "",
            "focal_point_x": "",
            "focal_point_y": "",
            "focal_point_width": "",
            "focal_point_height": "",
        },
    )

    assert response.status_code == 200
    assert "description" in response.context["form"].errors
    image.refresh_from_db()
    assert image.description == "Le gala 2025"
