import pytest

from tests.factories import DiseasePageFactory, ProgramPageFactory, publish_translation

pytestmark = pytest.mark.django_db


def test_disease_lists_the_live_programs_studying_it_newest_first(program_index, disease_index):
    neuroblastoma = DiseasePageFactory()
    other = DiseasePageFactory()
    older = ProgramPageFactory(acronym="MAPPYACTS", start_year=2016, diseases=[neuroblastoma])
    newer = ProgramPageFactory(acronym="MICCHADO", start_year=2019, diseases=[other, neuroblastoma])
    same_year = ProgramPageFactory(acronym="BIOMEDE", start_year=2019, diseases=[neuroblastoma])
    ProgramPageFactory(acronym="DRAFT", live=False, diseases=[neuroblastoma])
    ProgramPageFactory(acronym="ELSEWHERE", diseases=[other])

    assert list(neuroblastoma.related_programs()) == [same_year, newer, older]


def test_translated_disease_lists_the_translated_programs_through_synchronised_links(
    program_index, disease_index
):
    disease = DiseasePageFactory(title="Neuroblastome")
    program = ProgramPageFactory(acronym="MAPPYACTS", diseases=[disease])
    english_disease = publish_translation(disease, title="Neuroblastoma")
    english_program = publish_translation(program)
    # The English program's link row still points at the French disease page.
    assert [link.disease_id for link in english_program.program_diseases.all()] == [disease.pk]

    assert list(english_disease.related_programs()) == [english_program]
    assert list(disease.related_programs()) == [program]


def test_translated_disease_ignores_programs_not_yet_translated(program_index, disease_index):
    disease = DiseasePageFactory()
    ProgramPageFactory(diseases=[disease])
    english_disease = publish_translation(disease)

    assert list(english_disease.related_programs()) == []
