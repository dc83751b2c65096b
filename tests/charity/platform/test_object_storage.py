"""Media on S3-compatible object storage, chosen by environment variables alone."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PRINT_STORAGE = (
    "import json; from django.conf import settings; from django.core.files.storage import "
    "default_storage as s; print(json.dumps({'backend': settings.STORAGES['default']['BACKEND'], "
    "'class': type(s._wrapped if hasattr(s, '_wrapped') else s).__name__, "
    "'bucket': getattr(s, 'bucket_name', None), 'acl': getattr(s, 'default_acl', 'unset'), "
    "'endpoint': getattr(s, 'endpoint_url', None), 'signed': getattr(s, 'querystring_auth', None), "
    "'url': s.url('images/margo.width-800.webp'), 'media_url': settings.MEDIA_URL}))"
)


def storage_under(**env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("AWS_") and k not in {"SECRET_KEY", "DEBUG"}
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", PRINT_STORAGE],
        cwd=ROOT,
        env={**clean, "DEBUG": "0", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "example.org", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


S3_ENV = {
    "AWS_STORAGE_BUCKET_NAME": "margo-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud",
    "AWS_S3_REGION_NAME": "fr-par",
    "AWS_ACCESS_KEY_ID": "test-key-id",
    "AWS_SECRET_ACCESS_KEY": "test-secret",
}


def test_media_go_to_the_bucket_named_in_the_environment():
    storage = storage_under(**S3_ENV)
    assert storage["backend"] == "storages.backends.s3.S3Storage"
    assert storage["class"] == "S3Storage"
    assert storage["bucket"] == "margo-media"
    assert storage["endpoint"] == "https://s3.fr-par.scw.cloud"


def test_uploads_are_never_made_public_by_an_acl_and_their_urls_are_signed():
    storage = storage_under(**S3_ENV)
    assert storage["acl"] is None
    assert storage["signed"] is True
    assert storage["url"].startswith("https://s3.fr-par.scw.cloud/margo-media/images/")
    assert "Signature=" in storage["url"] or "X-Amz-Signature=" in storage["url"]
    # The Content-Security-Policy allows images from the media origin.
    assert storage["media_url"] == "https://s3.fr-par.scw.cloud/margo-media/"


def test_a_cdn_domain_in_front_of_the_bucket_serves_renditions():
    storage = storage_under(**S3_ENV, AWS_S3_CUSTOM_DOMAIN="media.example.org")
    assert storage["url"] == "https://media.example.org/images/margo.width-800.webp"
    assert storage["media_url"] == "https://media.example.org/"


def test_media_stay_on_the_local_disk_without_a_bucket():
    storage = storage_under()
    assert storage["backend"] == "django.core.files.storage.FileSystemStorage"
    assert storage["media_url"] == "/media/"
