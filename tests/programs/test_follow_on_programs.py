from django.utils import translation

import pytest

from tests.factories import ProgramPageFactory, publish_translation

pytestmark = pytest.mark.django_db


def test_program_lists_the_live_programs_that_continue_it(program_index):
    biomede = ProgramPageFactory(acronym="BIOMEDE")
    biomede_2 = ProgramPageFactory(acronym="BIOMEDE 2", follows=biomede)
    ProgramPageFactory(acronym="BIOMEDE 3", follows=biomede, live=False)
    ProgramPageFactory(acronym="UNRELATED")

    assert list(biomede.follow_on_programs()) == [biomede_2]
    assert list(biomede_2.follow_on_programs()) == []


def test_translated_program_lists_translated_follow_ons(program_index):
    biomede = ProgramPageFactory(acronym="BIOMEDE")
    biomede_2 = ProgramPageFactory(acronym="BIOMEDE 2", follows=biomede)
    english_biomede = publish_translation(biomede)
    english_biomede_2 = publish_translation(biomede_2)
    # The translation still points at the French predecessor.
    assert english_biomede_2.follows_id == biomede.pk

    assert list(english_biomede.follow_on_programs()) == [english_biomede_2]
    assert list(biomede.follow_on_programs()) == [biomede_2]
    with translation.override("en"):
        assert english_biomede_2.predecessor() == [english_biomede]
