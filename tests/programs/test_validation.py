from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

import pytest

from programs.models import FundingGrant
from tests.factories import FundingGrantFactory, ProgramPageFactory

pytestmark = pytest.mark.django_db


def test_program_cannot_end_before_it_starts(program_index):
    program = ProgramPageFactory(start_year=2020)
    program.end_year = 2018

    with pytest.raises(ValidationError) as error:
        program.full_clean()

    assert list(error.value.message_dict) == ["end_year"]


def test_program_may_end_the_year_it_starts(program_index):
    program = ProgramPageFactory(start_year=2020)
    program.end_year = 2020
    program.full_clean()


def test_program_years_must_be_plausible(program_index):
    program = ProgramPageFactory()
    program.start_year = 1900

    with pytest.raises(ValidationError) as error:
        program.full_clean()

    assert "start_year" in error.value.message_dict


def test_negative_grant_is_rejected_by_validation(program_index):
    grant = FundingGrant(program=ProgramPageFactory(), year=2020, amount_eur=Decimal("-1"))

    with pytest.raises(ValidationError) as error:
        grant.full_clean()

    assert "amount_eur" in error.value.message_dict


def test_negative_grant_is_rejected_by_the_database(program_index):
    program = ProgramPageFactory()

    with pytest.raises(IntegrityError), transaction.atomic():
        FundingGrant.objects.create(program=program, year=2020, amount_eur=Decimal("-0.01"))

    assert not FundingGrant.objects.exists()


def test_grant_may_be_zero(program_index):
    grant = FundingGrantFactory(amount_eur=Decimal(0))
    grant.full_clean()
