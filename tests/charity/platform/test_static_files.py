"""Static files as production serves them: hashed, compressed, cached for good."""

import gzip
import re

from django.core.management import call_command
from django.test import override_settings

import pytest

from charity.models import HomePageFeaturedProgram
from partners.models import PartnerKind
from tests.factories import (
    DiseasePageFactory,
    EventPageFactory,
    ImageFactory,
    PartnerPageFactory,
    PersonFactory,
    ProgramPageFactory,
    TestimonialFactory,
)

MANIFEST_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"
TEN_YEARS = 10 * 365 * 24 * 60 * 60
HOME_PAGE_BUDGET = 100 * 1024


def storages(backend):
    return {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": backend},
    }


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """The site's own static files collected as `make serve` does (Wagtail's admin files aside)."""
    root = tmp_path_factory.mktemp("static")
    with override_settings(
        STATIC_ROOT=root,
        STORAGES=storages(MANIFEST_STORAGE),
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
    ):
        call_command("collectstatic", "--noinput", verbosity=0)
    return root


@pytest.fixture
def production_static(settings, collected):
    settings.STATIC_ROOT = collected
    settings.STORAGES = storages(MANIFEST_STORAGE)


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def test_hashed_static_files_are_cached_for_good_and_compressed(client, production_static):
    from django.templatetags.static import static

    url = static("css/site.css")
    assert re.search(r"/site\.[0-9a-f]{12}\.css$", url)

    response = client.get(url, headers={"accept-encoding": "gzip, deflate, br"})

    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert response["Cache-Control"] == f"max-age={TEN_YEARS}, public, immutable"
    assert "Accept-Encoding" in response["Vary"]


def test_browsers_without_brotli_get_gzip(client, production_static):
    from django.templatetags.static import static

    response = client.get(static("js/site.js"), headers={"accept-encoding": "gzip"})

    assert response["Content-Encoding"] == "gzip"


def test_unhashed_static_files_are_cached_for_an_hour_only(client, production_static):
    response = client.get("/static/css/site.css")

    assert response.status_code == 200
    assert response["Cache-Control"] == "max-age=3600, public"


@pytest.fixture
def busy_home_page(home_page, program_index, disease_index, partner_index, event_index):
    """The home page with every section full."""
    for number in range(6):
        disease = DiseasePageFactory(hero_image=ImageFactory(file__width=160, file__height=90))
        program = ProgramPageFactory(
            hero_image=ImageFactory(file__width=160, file__height=90),
            diseases=[disease],
            grants=["250000"],
        )
        HomePageFeaturedProgram.objects.create(
            home_page=home_page, program=program, sort_order=number
        )
        EventPageFactory(hero_image=ImageFactory(file__width=160, file__height=90))
        TestimonialFactory(program=program, person=PersonFactory())
        PartnerPageFactory(kind=PartnerKind.FOUNDING_MEMBER, logo=ImageFactory())
    return home_page


@pytest.mark.django_db
def test_the_home_page_weighs_less_than_100_kb_compressed_without_images(
    client, settings, production_static, busy_home_page
):
    settings.PAGE_CACHE = True
    accept = {"accept-encoding": "gzip, deflate, br"}
    client.get(busy_home_page.url)
    page = client.get(busy_home_page.url, headers=accept)
    assert page["Content-Encoding"] == "gzip"
    html = page.content
    text = gzip.decompress(html).decode()
    assets = re.findall(
        r'<(?:link rel="stylesheet"|script)[^>]* (?:href|src)="(/static/[^"]+)"', text
    )
    assert any(asset.endswith(".css") for asset in assets)
    assert any(asset.endswith(".js") for asset in assets)

    sizes = {"html": len(html)}
    for asset in assets:
        response = client.get(asset, headers=accept)
        assert response.status_code == 200, asset
        assert response["Content-Encoding"] in {"br", "gzip"}, asset
        sizes[asset] = len(body(response))

    assert sum(sizes.values()) < HOME_PAGE_BUDGET, sizes
