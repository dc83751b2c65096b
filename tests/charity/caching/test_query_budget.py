"""Every main page renders within the query budget: 16 queries for a page the page
cache does not hold, on its first view after a change to the content, once what
every page shares (menu and footer, language links, site settings, private
sections) is in the fragment cache again."""

from django.urls import reverse
from django.utils import translation

import pytest

from charity.caching.generation import purge_all
from tests.factories import (
    ContactPageFactory,
    DonatePageFactory,
    EventPageFactory,
    FundingPageFactory,
    PersonFactory,
    ProgramPageFactory,
    StandardPageFactory,
    publish_translation,
)
from tests.programs.test_queries import add_program_links, small_image
from tests.query_counts import render_queries

pytestmark = pytest.mark.django_db

BUDGET = 16
# The first page shown after a change also reads what every page shares.
BUDGET_NOTHING_CACHED = BUDGET + 7


@pytest.fixture
def site(home_page, program_index, disease_index, partner_index, event_index):
    program = ProgramPageFactory(hero_image=small_image(), follows=ProgramPageFactory())
    add_program_links(program, 3)
    disease = program.program_diseases.first().disease
    partner = program.institutions.first().partner
    event = EventPageFactory(
        hero_image=small_image(), speakers=[PersonFactory(photo=small_image())]
    )
    return {
        "home": home_page,
        "program index": program_index,
        "program": program,
        "disease index": disease_index,
        "disease": disease,
        "partner index": partner_index,
        "partner": partner,
        "event index": event_index,
        "event": event,
        "standard page": StandardPageFactory(),
        "donate page": DonatePageFactory(),
        "contact page": ContactPageFactory(),
        "funding page": FundingPageFactory(),
        "english program": publish_translation(program),
        "english disease": publish_translation(disease),
    }


PAGES = [
    "home",
    "program index",
    "program",
    "disease index",
    "disease",
    "partner index",
    "partner",
    "event index",
    "event",
    "standard page",
    "donate page",
    "funding page",
    "english program",
    "english disease",
]


def over_budget(client, site, budget, params_by_url, between=None):
    """The pages, searches and filters that cost more than ``budget`` queries."""
    over = {}
    for url, params in params_by_url:
        # The first view makes the images' renditions, which saves the images and so
        # starts a new generation of the cache.
        client.get(url, params)
        queries = render_queries(client, url, params, between)
        if len(queries) > budget:
            over[url] = "\n".join(queries)
    return over


def addresses(site):
    return [
        *((site[name].url, None) for name in PAGES),
        ("/fr/recherche/", {"q": "recherche enfants"}),
        (site["program index"].url, {"disease": site["disease"].slug, "status": "ongoing"}),
    ]


def test_a_page_cache_miss_stays_within_the_budget(client, fragment_cache, site):
    over = {}
    for url, params in addresses(site):
        language = url.split("/")[1]

        def change_then_show_another_page(language=language):
            # A change forgets everything kept; another page in the same language
            # keeps the shared pieces again.
            purge_all()
            with translation.override(language):
                client.get(reverse("search"))

        over.update(
            over_budget(client, site, BUDGET, [(url, params)], change_then_show_another_page)
        )
    assert over == {}


def test_with_nothing_cached_a_page_reads_the_shared_pieces_too(client, site):
    assert over_budget(client, site, BUDGET_NOTHING_CACHED, addresses(site)) == {}
