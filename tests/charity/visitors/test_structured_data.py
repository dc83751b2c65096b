import datetime
import json
import re
from zoneinfo import ZoneInfo

from wagtail.models import Site

import pytest

from charity.models import SiteSettings
from partners.models import PartnerKind
from programs.models import ProgramKind, ProgramStatus
from tests.factories import (
    DiseasePageFactory,
    EventPageFactory,
    FundingGrantFactory,
    PartnerPageFactory,
    PersonFactory,
    ProgramPageFactory,
    publish_translation,
)

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")
SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)
START = datetime.datetime(2031, 6, 12, 9, 30, tzinfo=PARIS)


def json_ld(client, url):
    response = client.get(url)
    assert response.status_code == 200
    scripts = SCRIPT.findall(response.content.decode())
    assert len(scripts) == 1
    data = json.loads(scripts[0])
    assert data["@context"] == "https://schema.org"
    return data["@graph"]


def of_type(graph, schema_type):
    found = [
        entity
        for entity in graph
        if schema_type == entity["@type"] or schema_type in entity["@type"]
    ]
    assert len(found) == 1, f"{len(found)} {schema_type} in {graph}"
    return found[0]


def types(graph):
    return [entity["@type"] for entity in graph]


@pytest.fixture
def site_settings(db):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.donation_url = "https://dons.imagineformargo.example/"
    settings.facebook_url = "https://www.facebook.com/imagineformargo"
    settings.linkedin_url = "https://www.linkedin.com/company/imagine-for-margo"
    settings.save()
    return settings


def test_home_page_describes_the_charity_as_an_ngo_with_its_members(
    client, home_page, partner_index, site_settings
):
    PartnerPageFactory(title="AP-HP", kind=PartnerKind.FOUNDING_MEMBER, website="https://aphp.fr")
    PartnerPageFactory(title="Inserm", kind=PartnerKind.SCIENTIFIC_PARTNER)
    PartnerPageFactory(title="Fondation amie", kind=PartnerKind.CO_FUNDER)

    charity = of_type(json_ld(client, "/fr/"), "NGO")

    assert charity["name"] == "Imagine for Margo – Enfants sans cancer"
    assert charity["url"] == home_page.get_full_url()
    assert charity["foundingDate"] == "2011"
    assert charity["logo"].startswith("http")
    assert charity["sameAs"] == [site_settings.facebook_url, site_settings.linkedin_url]
    assert [member["name"] for member in charity["member"]] == ["AP-HP", "Inserm"]
    assert {member["@type"] for member in charity["member"]} == {"Organization"}
    assert charity["member"][0]["url"] == "https://aphp.fr"


def test_other_pages_refer_to_the_charity_described_on_the_home_page(
    client, home_page, partner_index, site_settings
):
    PartnerPageFactory(title="AP-HP", kind=PartnerKind.FOUNDING_MEMBER)
    described = of_type(json_ld(client, "/fr/"), "NGO")

    reference = of_type(json_ld(client, partner_index.url), "NGO")

    assert reference == {
        "@type": "NGO",
        "@id": described["@id"],
        "name": described["name"],
        "url": described["url"],
    }


def test_the_charity_offers_a_donate_action_to_the_donation_platform(
    client, home_page, site_settings
):
    charity = of_type(json_ld(client, "/fr/"), "NGO")

    assert charity["potentialAction"]["@type"] == "DonateAction"
    assert charity["potentialAction"]["target"] == site_settings.donation_url
    assert charity["potentialAction"]["recipient"] == {"@id": charity["@id"]}


def test_no_donate_action_without_a_donation_address(client, home_page):
    assert "potentialAction" not in of_type(json_ld(client, "/fr/"), "NGO")


def test_home_page_has_no_breadcrumbs_and_pages_below_it_do(client, home_page, program_index):
    program = ProgramPageFactory(title="MICCHADO")

    assert "BreadcrumbList" not in types(json_ld(client, "/fr/"))
    trail = of_type(json_ld(client, program.url), "BreadcrumbList")["itemListElement"]

    assert [item["position"] for item in trail] == [1, 2, 3]
    assert [item["name"] for item in trail] == ["Accueil", program_index.title, "MICCHADO"]
    assert [item["item"] for item in trail] == [
        home_page.get_full_url(),
        program_index.get_full_url(),
        program.get_full_url(),
    ]


def test_event_in_a_venue_is_a_scheduled_offline_event(client, event_index):
    speaker = PersonFactory(honorific="Dr.", name="Birgit Geoerger", role="Oncologue")
    event = EventPageFactory(
        start=START,
        end=START + datetime.timedelta(hours=3),
        venue_name="Gustave Roussy",
        venue_address="114 rue Édouard-Vaillant, 94800 Villejuif",
        step_free_access=True,
        is_free=True,
        speakers=[speaker],
    )

    data = of_type(json_ld(client, event.url), "Event")

    assert data["name"] == event.title
    assert data["startDate"] == "2031-06-12T09:30:00+02:00"
    assert data["endDate"] == "2031-06-12T12:30:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "Gustave Roussy"
    assert data["location"]["address"] == "114 rue Édouard-Vaillant, 94800 Villejuif"
    assert data["inLanguage"] == "fr"
    assert data["isAccessibleForFree"] is True
    assert data["organizer"]["@type"] == "NGO"
    assert data["performer"] == [
        {
            "@type": "Person",
            "name": "Birgit Geoerger",
            "honorificPrefix": "Dr.",
            "jobTitle": "Oncologue",
        }
    ]


def test_cancelled_online_event_is_marked_cancelled_and_online(client, event_index):
    event = EventPageFactory(
        cancelled=True,
        venue_name="",
        venue_address="",
        online_url="https://visio.example/colloque",
        is_free=False,
        language="fr-en",
    )

    data = of_type(json_ld(client, event.url), "Event")

    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://visio.example/colloque"}
    assert data["isAccessibleForFree"] is False
    assert data["inLanguage"] == ["fr", "en"]


def test_event_in_a_venue_and_streamed_live_is_mixed(client, event_index):
    event = EventPageFactory(livestream=True)

    data = of_type(json_ld(client, event.url), "Event")

    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in data["location"]] == ["Place", "VirtualLocation"]
    assert data["location"][1]["url"] == event.get_full_url()


def test_all_day_event_gives_dates_without_times(client, event_index):
    event = EventPageFactory(
        all_day=True,
        start=datetime.datetime(2031, 11, 14, 0, 0, tzinfo=PARIS),
        end=datetime.datetime(2031, 11, 15, 23, 0, tzinfo=PARIS),
    )

    data = of_type(json_ld(client, event.url), "Event")

    assert (data["startDate"], data["endDate"]) == ("2031-11-14", "2031-11-15")


def test_disease_page_describes_a_medical_condition(client, disease_index):
    disease = DiseasePageFactory(
        title="Néphroblastome",
        other_names="Tumeur de Wilms, WT",
        summary="Le cancer du rein le plus fréquent chez l'enfant.",
        location="rein",
    )

    graph = json_ld(client, disease.url)
    condition = of_type(graph, "MedicalCondition")

    assert condition["name"] == "Néphroblastome"
    assert condition["alternateName"] == ["Tumeur de Wilms", "WT"]
    assert condition["description"] == disease.summary
    assert condition["url"] == disease.get_full_url()
    assert condition["associatedAnatomy"] == {"@type": "AnatomicalStructure", "name": "rein"}
    assert of_type(graph, "MedicalWebPage")["about"] == {"@id": condition["@id"]}


def test_program_page_describes_a_research_project_with_its_grants(
    client, program_index, disease_index, partner_index
):
    glioma = DiseasePageFactory(title="Gliome infiltrant du tronc cérébral")
    co_funder = PartnerPageFactory(title="Fondation Cœur", kind=PartnerKind.CO_FUNDER)
    program = ProgramPageFactory(
        title="BIOMEDE",
        acronym="BIOMEDE",
        full_title="Biological Medicine for DIPG Eradication",
        kind=ProgramKind.CLINICAL_TRIAL,
        status=ProgramStatus.COMPLETED,
        start_year=2014,
        end_year=2022,
        diseases=[glioma],
    )
    FundingGrantFactory(program=program, year=2014, amount_eur="400000.00")
    FundingGrantFactory(program=program, year=2016, amount_eur="250000.50", co_funders=[co_funder])

    graph = json_ld(client, program.url)
    project = of_type(graph, "ResearchProject")
    charity = of_type(graph, "NGO")

    assert project["@type"] == ["ResearchProject", "MedicalStudy"]
    assert project["name"] == "BIOMEDE"
    assert project["alternateName"] == ["Biological Medicine for DIPG Eradication"]
    assert project["foundingDate"] == "2014"
    assert project["dissolutionDate"] == "2022"
    assert project["status"] == "https://schema.org/Completed"
    assert project["sponsor"]["@id"] == charity["@id"]
    assert [condition["name"] for condition in project["healthCondition"]] == [glioma.title]
    assert project["healthCondition"][0]["@type"] == "MedicalCondition"
    grants = project["funding"]
    assert [grant["@type"] for grant in grants] == ["MonetaryGrant", "MonetaryGrant"]
    assert [grant["amount"] for grant in grants] == [
        {"@type": "MonetaryAmount", "value": 400000, "currency": "EUR"},
        {"@type": "MonetaryAmount", "value": 250000.5, "currency": "EUR"},
    ]
    assert [funder.get("name") for funder in grants[1]["funder"]] == [
        charity["name"],
        "Fondation Cœur",
    ]
    assert [funder["name"] for funder in project["funder"]] == [charity["name"], "Fondation Cœur"]


def test_english_program_names_its_diseases_in_english(
    client, program_index, disease_index, english_home_page
):
    glioma = DiseasePageFactory(title="Gliome")
    publish_translation(glioma, title="Glioma", slug="glioma")
    program = ProgramPageFactory(diseases=[glioma], status=ProgramStatus.ONGOING)
    english = publish_translation(program, slug="program-en")

    project = of_type(json_ld(client, english.url), "ResearchProject")

    assert [condition["name"] for condition in project["healthCondition"]] == ["Glioma"]
    assert project["status"] == "Ongoing"


def test_call_for_projects_is_a_research_project_but_not_a_study(client, program_index):
    program = ProgramPageFactory(kind=ProgramKind.CALL_FOR_PROJECTS)

    project = of_type(json_ld(client, program.url), "ResearchProject")

    assert project["@type"] == "ResearchProject"
    assert "status" not in project


def test_text_that_looks_like_html_cannot_break_out_of_the_script(client, program_index):
    title = "</script><script>alert(1)</script> & <!-- co"
    program = ProgramPageFactory(title="Programme", summary=title)

    html = client.get(program.url).content.decode()
    script = SCRIPT.search(html).group(1)

    assert "<" not in script and ">" not in script and "&" not in script
    assert of_type(json_ld(client, program.url), "ResearchProject")["description"] == title
