"""The signed links of the e-mails: confirming an address, and leaving the list.

Both carry the subscriber's id and a signature, nothing else: no address in a URL that
servers and mail scanners log. A confirmation link expires after
NEWSLETTER_CONFIRMATION_MAX_AGE seconds; an unsubscribe link never does, so that an old
newsletter still lets its reader leave.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"


class LinkExpired(Exception):
    pass


class LinkInvalid(Exception):
    pass


def confirmation_token(subscriber):
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(subscriber.pk))


def unsubscribe_token(subscriber):
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(str(subscriber.pk))


def _subscriber_id(value):
    if not value.isdigit() or len(value) > 18:
        raise LinkInvalid
    return int(value)


def subscriber_id_to_confirm(token):
    try:
        value = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(
            token, max_age=settings.NEWSLETTER_CONFIRMATION_MAX_AGE
        )
    except signing.SignatureExpired as expired:
        raise LinkExpired from expired
    except signing.BadSignature as bad:
        raise LinkInvalid from bad
    return _subscriber_id(value)


def subscriber_id_to_unsubscribe(token):
    try:
        value = signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature as bad:
        raise LinkInvalid from bad
    return _subscriber_id(value)


def _absolute(request, path):
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def confirmation_url(subscriber, request=None):
    with translation.override(subscriber.language):
        path = reverse("newsletter:confirm", args=[confirmation_token(subscriber)])
    return _absolute(request, path)


def unsubscribe_url(subscriber, request=None):
    with translation.override(subscriber.language):
        path = reverse("newsletter:unsubscribe", args=[unsubscribe_token(subscriber)])
    return _absolute(request, path)
