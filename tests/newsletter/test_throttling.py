"""Sign-ups counted per visitor's network and per address, in the cache."""

import pytest

from newsletter.models import Subscriber
from tests.newsletter.conftest import ADDRESS

pytestmark = pytest.mark.django_db


def test_a_network_past_its_hourly_limit_gets_a_429_page(sign_up, outbox, settings):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 2
    settings.TRUSTED_PROXY_COUNT = 0
    assert sign_up(email="a@example.org", REMOTE_ADDR="203.0.113.7").status_code == 302
    assert sign_up(email="b@example.org", REMOTE_ADDR="203.0.113.7").status_code == 302
    refused = sign_up(email="c@example.org", REMOTE_ADDR="203.0.113.7")
    assert refused.status_code == 429
    assert "Trop d’inscriptions" in refused.content.decode()
    assert not Subscriber.objects.filter(email="c@example.org").exists()
    assert len(outbox) == 2
    # Another network is not held back.
    assert sign_up(email="c@example.org", REMOTE_ADDR="198.51.100.1").status_code == 302


def test_the_network_is_the_one_the_trusted_proxy_saw(sign_up, settings):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 1
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    first = sign_up(email="a@example.org", HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy)
    assert first.status_code == 302
    # A visitor writing their own X-Forwarded-For entries does not escape the count.
    again = sign_up(email="b@example.org", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7", **proxy)
    assert again.status_code == 429
    other = sign_up(email="b@example.org", HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    assert other.status_code == 302


def test_an_address_past_its_daily_limit_gets_the_usual_answer_and_no_e_mail(
    sign_up, outbox, settings
):
    settings.NEWSLETTER_SIGNUPS_PER_ADDRESS_PER_DAY = 2
    answers = {
        (response.status_code, response["Location"])
        for response in (sign_up(), sign_up(email=ADDRESS.upper()), sign_up())
    }
    assert len(answers) == 1
    assert len(outbox) == 2
    assert sign_up(email="someone.else@example.org").status_code == 302
    assert len(outbox) == 3
