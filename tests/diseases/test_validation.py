import datetime

from django.core.exceptions import ValidationError

import pytest

from tests.factories import DiseasePageFactory

pytestmark = pytest.mark.django_db


def test_next_review_cannot_come_before_the_last_one(disease_index):
    disease = DiseasePageFactory(reviewed_on=datetime.date(2025, 3, 1))
    disease.next_review_due = datetime.date(2025, 2, 28)

    with pytest.raises(ValidationError) as error:
        disease.full_clean()

    assert list(error.value.message_dict) == ["next_review_due"]


def test_next_review_may_follow_the_last_one(disease_index):
    disease = DiseasePageFactory(reviewed_on=datetime.date(2025, 3, 1))
    disease.next_review_due = datetime.date(2026, 3, 1)
    disease.full_clean()


def test_review_is_overdue_once_its_date_has_passed(disease_index):
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    assert DiseasePageFactory(next_review_due=yesterday).review_overdue
    assert not DiseasePageFactory(next_review_due=datetime.date.today()).review_overdue
    assert not DiseasePageFactory(next_review_due=None).review_overdue
