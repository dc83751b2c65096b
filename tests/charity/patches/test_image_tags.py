"""Image tags read their filters once (charity.patches.wagtail_images) and render as before."""

from django.core.cache import caches
from django.template import engines

from wagtail.images import get_image_model
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode

import pytest

from tests.factories import ImageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media_root")]

TAGS = (
    '{% picture image format-{webp,jpeg} fill-{400x225,800x450} sizes="50vw" alt="" %}'
    '{% srcset_image image width-{320,640} sizes="100vw" alt="" %}'
    '{% image image fill-96x96 format-webp class="photo" %}'
)


def nodes(template, node_class):
    return [node for node in template.template.nodelist if isinstance(node, node_class)]


def test_each_tag_builds_its_filters_once_and_renders_as_wagtail_does():
    template = engines["django"].from_string("{% load wagtailimages_tags %}" + TAGS)
    image = ImageFactory()
    first = template.render({"image": image})
    assert template.render({"image": image}) == first
    for node in nodes(template, SrcsetImageNode):
        assert node.get_filters() is node.get_filters()
        wagtails = SrcsetImageNode.get_filters.__wrapped__(node)
        assert [f.spec for f in node.get_filters()] == [f.spec for f in wagtails]
    for node in nodes(template, ImageNode):
        assert node.get_filter() is node.get_filter()
        assert node.get_filter().spec == ImageNode.get_filter.__wrapped__(node).spec
    assert first.count("<img") == 3 and first.count("<source") == 1


@pytest.fixture
def cache_writes(monkeypatch):
    """The keys written to Wagtail's rendition cache."""
    backend = get_image_model().get_rendition_model().cache_backend
    written = []
    set_one, set_many = backend.set, backend.set_many

    def record_one(key, value, *args, **kwargs):
        written.append(key)
        return set_one(key, value, *args, **kwargs)

    def record_many(values, *args, **kwargs):
        written.extend(values)
        return set_many(values, *args, **kwargs)

    monkeypatch.setattr(backend, "set", record_one)
    monkeypatch.setattr(backend, "set_many", record_many)
    return written


def test_renditions_found_in_the_cache_are_not_written_back(
    cache_writes, django_assert_num_queries
):
    template = engines["django"].from_string("{% load wagtailimages_tags %}" + TAGS)
    image = ImageFactory()
    made = template.render({"image": image})
    # Seven renditions made and written to the cache.
    assert len(set(cache_writes)) == 7
    cache_writes.clear()
    read_again = get_image_model().objects.get(pk=image.pk)

    with django_assert_num_queries(0):
        again = template.render({"image": read_again})

    assert again == made
    assert cache_writes == []


def test_renditions_found_in_the_database_are_written_to_the_cache(cache_writes):
    template = engines["django"].from_string("{% load wagtailimages_tags %}" + TAGS)
    image = ImageFactory()
    made = template.render({"image": image})
    caches["default"].clear()
    cache_writes.clear()

    again = template.render({"image": get_image_model().objects.get(pk=image.pk)})

    assert again == made
    assert len(set(cache_writes)) == 7
