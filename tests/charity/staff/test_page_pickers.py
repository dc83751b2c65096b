"""Wagtail's page chooser, asked for programs, diseases or partners, walks and searches the
French pages only; other choosers (a link in rich text) still reach every page."""

import re

from django.urls import reverse

from wagtail.test.utils import WagtailTestUtils

import pytest

from charity.models import Person
from tests.factories import DiseasePageFactory, PartnerPageFactory, publish_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def neuroblastoma(disease_index):
    french = DiseasePageFactory(title="Neuroblastome")
    publish_translation(french, title="Neuroblastoma", slug="neuroblastoma")
    return french


def choosable_titles(html):
    soup = WagtailTestUtils.get_soup(html)
    return [link.get_text(strip=True) for link in soup.select("a.choose-page")]


def search(client, query, page_type=None):
    params = {"q": query, **({"page_type": page_type} if page_type else {})}
    response = client.get(reverse("wagtailadmin_choose_page_search"), params)
    assert response.status_code == 200
    return choosable_titles(response.content)


def browsed_page_ids(client, page_type):
    """The pages the chooser lists, from the tree's root, to choose or to open."""
    response = client.get(reverse("wagtailadmin_choose_page"), {"page_type": page_type})
    assert response.status_code == 200
    return {int(pk) for pk in re.findall(r"/admin/choose-page/(\d+)/", response.json()["html"])}


def test_the_disease_chooser_searches_the_french_diseases_only(admin_client, neuroblastoma):
    assert search(admin_client, "neuro", "diseases.diseasepage") == ["Neuroblastome"]


def test_a_chooser_of_any_page_still_finds_both_languages(admin_client, neuroblastoma):
    assert sorted(search(admin_client, "neuro")) == ["Neuroblastoma", "Neuroblastome"]


def test_the_disease_chooser_walks_the_french_tree_only(
    admin_client, neuroblastoma, home_page, english_home_page
):
    assert browsed_page_ids(admin_client, "diseases.diseasepage") == {home_page.pk}
    assert browsed_page_ids(admin_client, "wagtailcore.page") == {
        home_page.pk,
        english_home_page.pk,
    }


def test_a_person_s_organisation_is_a_french_partner(admin_client, partner_index):
    french = PartnerPageFactory(title="Institut Curie")
    english = publish_translation(french)
    add_url = reverse("wagtailsnippets_charity_person:add")

    form = admin_client.get(add_url).context["form"]
    assert list(form.fields["organisation"].queryset) == [french]
    assert form.fields["organisation"].widget.section_id() == partner_index.pk

    data = {"name": "Birgit Geoerger", "organisation": english.pk, "locale": "fr"}
    response = admin_client.post(add_url, data)
    assert "organisation" in response.context["form"].errors
    admin_client.post(add_url, {**data, "organisation": french.pk})
    assert Person.objects.get(name="Birgit Geoerger").organisation == french
