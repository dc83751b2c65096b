from django.utils import translation

import pytest

from programs.models import ProgramPage, ProgramStatus

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("start", "end", "status", "english", "french"),
    [
        (2016, 2020, ProgramStatus.COMPLETED, "2016–2020", "2016–2020"),
        (2014, None, ProgramStatus.ONGOING, "since 2014", "depuis 2014"),
        (2014, None, ProgramStatus.COMPLETED, "started in 2014", "lancé en 2014"),
        (None, None, ProgramStatus.ONGOING, "", ""),
    ],
)
def test_program_period_reads_naturally_in_both_languages(start, end, status, english, french):
    program = ProgramPage(start_year=start, end_year=end, status=status)
    with translation.override("en"):
        assert program.period == english
    with translation.override("fr"):
        assert program.period == french
