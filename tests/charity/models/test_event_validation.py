import datetime

from django.core.exceptions import ValidationError

import pytest

from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def test_event_cannot_end_before_it_starts(event_index):
    event = EventPageFactory()
    event.end = event.start - datetime.timedelta(minutes=1)

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    assert list(error.value.message_dict) == ["end"]


def test_event_may_end_when_it_starts(event_index):
    event = EventPageFactory()
    event.end = event.start
    event.full_clean()
