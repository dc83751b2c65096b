from wagtail.test.utils.form_data import rich_text, streamfield

import pytest

from charity.foundations.blocks import RICH_TEXT_FEATURES
from partners.models import PartnerIndexPage, PartnerKind, PartnerPage
from tests.factories import ImageFactory
from tests.wagtail_admin import add_page_in_admin, form_errors

pytestmark = pytest.mark.django_db


def test_editor_can_create_the_partner_index(admin_client, home_page):
    fields = {"title": "Nos partenaires", "slug": "partenaires", "intro": ""}

    response = add_page_in_admin(admin_client, home_page, PartnerIndexPage, fields)

    assert response.status_code == 302, form_errors(response)
    assert PartnerIndexPage.objects.get(slug="partenaires").live


def test_editor_can_create_a_partner_with_logo_and_figures(admin_client, partner_index):
    logo = ImageFactory()
    fields = {
        "title": "Institut national de la santé et de la recherche médicale",
        "slug": "inserm",
        "short_name": "INSERM",
        "kind": PartnerKind.SCIENTIFIC_PARTNER,
        "summary": "La recherche biomédicale publique.",
        "logo": str(logo.pk),
        "description": rich_text("<p>Un organisme public.</p>", features=RICH_TEXT_FEATURES),
        "website": "https://www.inserm.fr/",
        "country": "France",
        "partner_since": "2011",
        "key_figures": streamfield([("figure", {"value": "300", "label": "laboratoires"})]),
    }

    response = add_page_in_admin(admin_client, partner_index, PartnerPage, fields)

    assert response.status_code == 302, form_errors(response)
    partner = PartnerPage.objects.get(slug="inserm")
    assert partner.live
    assert partner.logo == logo
    assert partner.partner_since == 2011
    assert "Un organisme public." in partner.description


def test_admin_refuses_a_partnership_year_out_of_range(admin_client, partner_index):
    fields = {
        "title": "Partenaire",
        "slug": "partenaire",
        "kind": PartnerKind.CO_FUNDER,
        "partner_since": "1850",
        "key_figures": streamfield([]),
    }

    response = add_page_in_admin(admin_client, partner_index, PartnerPage, fields)

    assert response.status_code == 200
    assert "partner_since" in response.context["form"].errors
