import pytest

from tests.factories import PartnerPageFactory, ProgramPageFactory
from tests.rendering import html_of, main_of

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def production_like(settings):
    settings.DEBUG = False


def test_partner_index_groups_partners_by_kind(client, partner_index):
    PartnerPageFactory(title="AP-HP", kind="founding-member")
    PartnerPageFactory(title="Institut Curie", kind="scientific-partner")
    html = main_of(html_of(client, partner_index.url))
    assert html.index('id="kind-1"') < html.index("AP-HP") < html.index('id="kind-2"')
    assert html.index('id="kind-2"') < html.index("Institut Curie")


def test_partner_page_shows_its_website_and_related_programs(client, partner_index, program_index):
    partner = PartnerPageFactory(title="Gustave Roussy", website="https://www.gustaveroussy.fr/")
    ProgramPageFactory(acronym="MAPPYACTS", institutions=[partner])
    html = html_of(client, partner.url)
    assert 'href="https://www.gustaveroussy.fr/"' in html
    assert "MAPPYACTS" in html
