import pytest

from programs.models import ProgramKind, ProgramStatus
from tests.factories import DiseasePageFactory, ProgramPageFactory, publish_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(program_index, disease_index):
    """Programs crossing two diseases, two kinds and two statuses."""
    glioma = DiseasePageFactory(title="Gliome infiltrant du tronc cérébral", slug="gliome")
    leukaemia = DiseasePageFactory(title="Leucémie", slug="leucemie")
    programs = {
        "BIOMEDE": ProgramPageFactory(
            acronym="BIOMEDE",
            kind=ProgramKind.CLINICAL_TRIAL,
            status=ProgramStatus.COMPLETED,
            diseases=[glioma],
        ),
        "BIOMEDE 2": ProgramPageFactory(
            acronym="BIOMEDE 2",
            kind=ProgramKind.CLINICAL_TRIAL,
            status=ProgramStatus.ONGOING,
            diseases=[glioma],
        ),
        "MAPPYACTS": ProgramPageFactory(
            acronym="MAPPYACTS",
            kind=ProgramKind.GENOMIC_SEQUENCING,
            status=ProgramStatus.COMPLETED,
            diseases=[glioma, leukaemia],
        ),
        "CAR-T": ProgramPageFactory(
            acronym="CAR-T",
            kind=ProgramKind.IMMUNOTHERAPY,
            status=ProgramStatus.ONGOING,
            diseases=[leukaemia],
        ),
    }
    ProgramPageFactory(acronym="DRAFT", live=False, diseases=[glioma])
    return programs


def listed(response):
    assert response.status_code == 200
    return sorted(program.acronym for program in response.context["page_obj"].object_list)


def test_index_lists_every_live_program_without_filters(client, catalogue, program_index):
    assert listed(client.get(program_index.url)) == sorted(catalogue)


def test_index_filters_by_disease(client, catalogue, program_index):
    response = client.get(program_index.url, {"disease": "leucemie"})
    assert listed(response) == ["CAR-T", "MAPPYACTS"]


def test_index_filters_by_kind(client, catalogue, program_index):
    response = client.get(program_index.url, {"kind": ProgramKind.CLINICAL_TRIAL})
    assert listed(response) == ["BIOMEDE", "BIOMEDE 2"]


def test_index_filters_by_status(client, catalogue, program_index):
    response = client.get(program_index.url, {"status": ProgramStatus.ONGOING})
    assert listed(response) == ["BIOMEDE 2", "CAR-T"]


def test_index_combines_disease_kind_and_status(client, catalogue, program_index):
    filters = {
        "disease": "gliome",
        "kind": ProgramKind.CLINICAL_TRIAL,
        "status": ProgramStatus.COMPLETED,
    }
    assert listed(client.get(program_index.url, filters)) == ["BIOMEDE"]


def test_index_says_so_when_no_program_matches(client, catalogue, program_index):
    filters = {"disease": "leucemie", "kind": ProgramKind.CLINICAL_TRIAL}
    response = client.get(program_index.url, filters)
    assert listed(response) == []


@pytest.mark.parametrize(
    "filters",
    [{"kind": "astrology"}, {"status": "abandoned"}, {"disease": "inconnue"}],
)
def test_index_answers_400_to_an_unknown_filter_value(client, catalogue, program_index, filters):
    response = client.get(program_index.url, filters)
    assert response.status_code == 400
    assert list(response.context["page_obj"].object_list) == []


@pytest.mark.parametrize("page", ["abc", "0", "-1", "2", "999999999999", "1.5", "١"])
def test_index_answers_404_to_a_page_that_does_not_exist(client, catalogue, program_index, page):
    assert client.get(program_index.url, {"page": page}).status_code == 404


def test_index_pages_programs_by_twelve(client, program_index):
    ProgramPageFactory.create_batch(13)
    assert len(client.get(program_index.url).context["page_obj"].object_list) == 12
    assert len(client.get(program_index.url, {"page": "2"}).context["page_obj"].object_list) == 1


def test_english_index_filters_by_english_disease_through_synchronised_links(
    client, catalogue, program_index
):
    glioma = catalogue["BIOMEDE"].program_diseases.get().disease
    publish_translation(glioma, title="Diffuse intrinsic pontine glioma", slug="dipg")
    english = {name: publish_translation(program) for name, program in catalogue.items()}
    english_index = english["BIOMEDE"].get_parent().specific

    response = client.get(english_index.url, {"disease": "dipg"})

    assert listed(response) == ["BIOMEDE", "BIOMEDE 2", "MAPPYACTS"]
    assert all(
        program.locale.language_code == "en" for program in response.context["page_obj"].object_list
    )


def test_filters_kept_in_the_cache_still_show_each_visitor_s_choice_and_errors(
    client, fragment_cache, catalogue, program_index
):
    client.get(program_index.url, {"status": "ongoing"})

    chosen = client.get(program_index.url, {"status": "completed"}).content.decode()
    wrong = client.get(program_index.url, {"status": "forever"})

    assert '<option value="completed" selected>' in chosen
    assert '<option value="ongoing" selected>' not in chosen
    assert wrong.status_code == 400
    assert "forever" in wrong.content.decode()


def test_a_new_disease_is_offered_as_a_filter_at_once(
    client, fragment_cache, catalogue, program_index, disease_index
):
    client.get(program_index.url)

    DiseasePageFactory(title="Rétinoblastome", slug="retinoblastome")

    assert '<option value="retinoblastome">' in client.get(program_index.url).content.decode()
