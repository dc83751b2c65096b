"""Every e-mail the site sends to a subscriber, with its way out.

Each one carries a one-click unsubscribe link in its text and the List-Unsubscribe and
List-Unsubscribe-Post headers of RFC 8058, which mail clients show as an "Unsubscribe"
button that posts ``List-Unsubscribe=One-Click`` to the link.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from newsletter.links import confirmation_url, unsubscribe_url


def unsubscribe_headers(link):
    return {
        "List-Unsubscribe": f"<{link}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def send_to_subscriber(subscriber, subject, template, context, request=None):
    """Send ``template`` (``<template>.txt`` and ``<template>.html``) to the subscriber in
    their language."""
    link = unsubscribe_url(subscriber, request)
    with translation.override(subscriber.language):
        context = {**context, "subscriber": subscriber, "unsubscribe_url": link}
        message = EmailMultiAlternatives(
            subject=str(subject),
            body=render_to_string(f"{template}.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[subscriber.email],
            headers=unsubscribe_headers(link),
        )
        message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    message.send()
    return message


def send_confirmation(subscriber, request=None):
    with translation.override(subscriber.language):
        subject = _("Confirm your subscription to the Imagine for Margo newsletter")
    return send_to_subscriber(
        subscriber,
        subject,
        "newsletter/email/confirmation",
        {
            "confirmation_url": confirmation_url(subscriber, request),
            "valid_days": max(1, round(settings.NEWSLETTER_CONFIRMATION_MAX_AGE / 86400)),
        },
        request,
    )
