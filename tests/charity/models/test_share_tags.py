import re

import pytest

from tests.factories import ImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def share_tags(html):
    return dict(
        re.findall(r'<meta (?:property|name)="((?:og|twitter):[a-z:]+)" content="([^"]*)"', html)
    )


def test_a_page_without_an_illustration_is_shared_with_the_charity_card(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Notre stratégie", intro="Nos priorités.")
    tags = share_tags(client.get(page.url).content.decode())
    assert tags["og:title"] == "Notre stratégie"
    assert tags["og:description"] == "Nos priorités."
    assert tags["og:image"] == "http://testserver/static/img/share.png"
    assert tags["twitter:card"] == "summary_large_image"


def test_a_page_with_an_illustration_is_shared_with_a_crop_of_it(client, home_page):
    page = StandardPageFactory(parent=home_page, hero_image=ImageFactory())
    tags = share_tags(client.get(page.url).content.decode())
    assert tags["og:image"].startswith("http://testserver/media/images/")
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
    assert tags["twitter:card"] == "summary_large_image"
