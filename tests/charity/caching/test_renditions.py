"""What the fragment cache keeps never freezes an image's renditions.

After a deployment, a restore or the first upload of an image, the page that a path
leads to, the people a program names and the partners' logos are kept before their
images' renditions exist. A page served again must find the renditions made since,
as Wagtail does, rather than make them again on every request.
"""

import pickle

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Site

import pytest

from charity.models import SiteSettings
from tests.factories import (
    DiseasePageFactory,
    ImageFactory,
    PersonFactory,
    ProgramPageFactory,
    TestimonialFactory,
)

pytestmark = pytest.mark.django_db


def uploaded_image():
    """An image as the admin stores an upload: its size and hash already known."""
    image = ImageFactory(file__width=320, file__height=180)
    image.get_file_size()
    image.get_file_hash()
    return image


@pytest.fixture
def pages(program_index, disease_index, partner_index):
    # Made on first use, which would start a new generation in the middle of the test.
    SiteSettings.for_site(Site.objects.get(is_default_site=True))
    disease = DiseasePageFactory(hero_image=uploaded_image())
    program = ProgramPageFactory(
        hero_image=uploaded_image(),
        diseases=[disease],
        investigators=[PersonFactory(photo=uploaded_image())],
    )
    TestimonialFactory(program=program, person=PersonFactory(photo=uploaded_image()))
    return {"program": program, "disease": disease}


@pytest.fixture
def rendition_work(monkeypatch):
    """Counts the renditions Wagtail makes (by filter), and lets it make them."""
    calls = {"create_rendition": 0, "create_renditions": 0, "generate_rendition_file": 0}
    for name in calls:
        original = getattr(AbstractImage, name)

        def counted(self, *filters, _name=name, _original=original, **kwargs):
            # get_renditions() always calls create_renditions(), with no filter when
            # every rendition was found.
            calls[_name] += len(filters)
            return _original(self, *filters, **kwargs)

        monkeypatch.setattr(AbstractImage, name, counted)
    return calls


def rendition_queries(captured):
    return [query["sql"] for query in captured if "wagtailimages_rendition" in query["sql"]]


@pytest.mark.parametrize("name", ["program", "disease"])
def test_a_page_served_again_neither_makes_nor_looks_for_its_renditions(
    client, shared_redis, fragment_cache, pages, rendition_work, name
):
    url = pages[name].url
    # From empty caches, as after a deployment: this view makes the renditions.
    first = client.get(url)
    assert first.status_code == 200
    assert rendition_work["generate_rendition_file"] > 0

    for count in rendition_work:
        rendition_work[count] = 0
    with CaptureQueriesContext(connection) as captured:
        second = client.get(url)

    assert second.status_code == 200
    assert rendition_work == {
        "create_rendition": 0,
        "create_renditions": 0,
        "generate_rendition_file": 0,
    }
    assert rendition_queries(captured.captured_queries) == []
    # The same images, at the same addresses.
    assert second.content == first.content


def test_a_rendition_made_after_the_page_was_kept_is_found(
    client, shared_redis, fragment_cache, pages, rendition_work
):
    """The page kept before any rendition existed, then its renditions made elsewhere
    (another server, another page showing the same image): the page finds them."""
    program = pages["program"]
    assert client.get(program.url).status_code == 200
    rendition_made = rendition_work["generate_rendition_file"]
    assert rendition_made > 0
    for _ in range(3):
        assert client.get(program.url).status_code == 200
    assert rendition_work["generate_rendition_file"] == rendition_made


def test_an_image_kept_leaves_its_renditions_behind_and_the_one_served_keeps_them():
    image = uploaded_image()
    image.get_rendition("width-100")
    read = get_image_model().objects.prefetch_related("renditions").get(pk=image.pk)
    with_list = get_image_model().objects.prefetch_renditions().get(pk=image.pk)
    for served in (read, with_list):
        kept = pickle.loads(pickle.dumps(served))
        assert kept.pk == image.pk
        assert kept._get_prefetched_renditions() is None
        assert [r.filter_spec for r in served._get_prefetched_renditions()] == ["width-100"]
