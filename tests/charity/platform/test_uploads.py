"""Uploads through the admin: what is refused gets a form error, never a 500."""

import io
import os

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

import pytest
from PIL import Image as PILImage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, admin_user):
    client.force_login(admin_user)
    return client


def png(width=40, height=30, mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


def upload_image(client, name, content):
    return client.post(
        "/admin/images/add/",
        {
            "title": "Photo du gala",
            "description": "Des chercheuses autour d'un microscope",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {
            "title": "Rapport annuel",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def file_errors(response):
    """The codes of the errors on the file field (the messages are in the editor's language)."""
    assert response.status_code == 200, response.status_code
    return {error.code for error in response.context["form"].errors.as_data().get("file", [])}


def test_a_valid_image_is_accepted(editor_client):
    response = upload_image(editor_client, "gala.png", png())
    assert response.status_code == 302
    assert Image.objects.get().width == 40


def test_a_too_large_image_gets_a_form_error(editor_client, settings):
    oversized = png() + b"\0" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    assert "file_too_large" in file_errors(upload_image(editor_client, "gala.png", oversized))
    assert not Image.objects.exists()


def test_a_decompression_bomb_gets_a_form_error(editor_client, settings):
    """Tiny on disk, 64 million pixels once decoded."""
    bomb = png(8000, 8000, mode="1")
    assert len(bomb) < 100_000
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS < 8000 * 8000
    assert "file_too_many_pixels" in file_errors(upload_image(editor_client, "bombe.png", bomb))
    assert not Image.objects.exists()


def test_a_malformed_image_gets_a_form_error(editor_client):
    assert file_errors(upload_image(editor_client, "photo.png", os.urandom(4096))) == {
        "invalid_image"
    }
    assert not Image.objects.exists()


def test_an_svg_image_gets_a_form_error(editor_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    assert file_errors(upload_image(editor_client, "logo.svg", svg)) == {"invalid_image_extension"}
    assert not Image.objects.exists()


def test_image_limits_are_set():
    from django.conf import settings

    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 10 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 40_000_000


def test_a_pdf_document_is_accepted(editor_client):
    response = upload_document(editor_client, "rapport.pdf", b"%PDF-1.4\n%%EOF\n")
    assert response.status_code == 302
    assert Document.objects.get().file_extension == "pdf"


def test_an_executable_document_gets_a_form_error(editor_client):
    response = upload_document(editor_client, "rapport.exe", b"MZ\x90\x00" * 64)
    assert response.status_code == 200
    assert "exe" in " ".join(response.context["form"].errors["file"])
    assert not Document.objects.exists()


@pytest.mark.parametrize("name", ["page.html", "dessin.svg", "script.js"])
def test_documents_a_browser_would_run_get_a_form_error(editor_client, name):
    assert file_errors(upload_document(editor_client, name, b"<script>alert(1)</script>"))
    assert not Document.objects.exists()


def test_an_oversized_document_gets_a_form_error(editor_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    errors = file_errors(upload_document(editor_client, "rapport.pdf", b"%PDF-1.4\n" + b"0" * 2048))
    assert "file_too_large" in errors
    assert not Document.objects.exists()


def test_documents_are_capped_at_twenty_megabytes():
    from django.conf import settings

    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024


@pytest.mark.parametrize(
    "name, content",
    [
        ("bombe.png", png(8000, 8000, mode="1")),
        ("photo.png", os.urandom(4096)),
        ("logo.svg", b"<svg/>"),
    ],
)
def test_the_multiple_uploader_refuses_bad_images_with_a_message(editor_client, name, content):
    response = editor_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content)},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert response.json()["error_message"]
    assert not Image.objects.exists()


def test_the_multiple_uploader_refuses_an_executable_document(editor_client):
    response = editor_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("rapport.exe", b"MZ\x90\x00" * 64)},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert not Document.objects.exists()
