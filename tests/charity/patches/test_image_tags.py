"""Image tags read their filters once (charity.patches.wagtail_images) and render as before."""

from django.template import engines

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
