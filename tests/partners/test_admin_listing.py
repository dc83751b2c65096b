from django.utils import translation

import pytest

from partners.models import PartnerKind
from tests.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db

LISTING_URL = "/admin/partners/"


def test_partner_listing_shows_kind_and_since(english_admin_client, partner_index):
    PartnerPageFactory(short_name="INSERM", kind=PartnerKind.SCIENTIFIC_PARTNER, partner_since=2011)

    response = english_admin_client.get(LISTING_URL)

    assert response.status_code == 200
    # The labels are lazy: read them in the admin's language, not the test's.
    with translation.override("en"):
        headers = [str(column.label) for column in response.context["table"].columns.values()]
    assert {"Short name", "Kind", "Partner since"} <= set(headers)
    html = response.content.decode()
    for value in ["INSERM", "Scientific partner", "2011"]:
        assert value in html


def test_partner_listing_filters_by_kind(english_admin_client, partner_index):
    PartnerPageFactory(short_name="INSERM", kind=PartnerKind.SCIENTIFIC_PARTNER)
    PartnerPageFactory(short_name="ITCC", kind=PartnerKind.EXPERT_COMMITTEE)

    response = english_admin_client.get(LISTING_URL, {"kind": PartnerKind.EXPERT_COMMITTEE})

    assert response.status_code == 200
    assert [page.short_name for page in response.context["object_list"]] == ["ITCC"]


def test_partner_listing_is_in_the_admin_menu(english_admin_client):
    assert f'"{LISTING_URL}"' in english_admin_client.get("/admin/").content.decode()
