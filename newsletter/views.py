"""Signing up, confirming and leaving the newsletter.

The sign-up form sits in the footer of every page, and public pages are kept whole in
the page cache and the footer in a fragment cache, shared by every visitor: a per-visitor
CSRF token cannot be part of them. The sign-up endpoint is therefore exempt from CSRF.
What a forged cross-site sign-up could do is send one confirmation e-mail to an address,
which is exactly what anyone may do with the form itself; nobody becomes a subscriber
without clicking the signed link sent to the address. Against abuse: a honeypot field,
throttling per visitor's network and per address, and an Origin/Referer check that turns
away posts coming from other sites' pages.

The confirm and unsubscribe links are authorised by their signature, not by a session, so
their forms are exempt too: a mail client's one-click unsubscribe (RFC 8058) comes from no
page at all. Their pages are never stored by any cache.
"""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpResponse
from django.http.request import split_domain_port, validate_host
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from newsletter.emails import send_confirmation
from newsletter.forms import CONSENT_TEXT, SignupForm
from newsletter.links import (
    LinkExpired,
    LinkInvalid,
    subscriber_id_to_confirm,
    subscriber_id_to_unsubscribe,
)
from newsletter.models import Subscriber, SubscriberStatus
from newsletter.throttling import address_over_limit, network_over_limit

logger = logging.getLogger(__name__)

ONE_CLICK = "One-Click"


def message_page(request, title, text, status=200, link=None):
    return TemplateResponse(
        request,
        "newsletter/message.html",
        {"title": title, "text": text, "link": link},
        status=status,
    )


def _from_another_site(request):
    """True when the browser says the form was posted from a page of another site."""
    source = request.META.get("HTTP_ORIGIN") or request.META.get("HTTP_REFERER")
    if not source or source == "null":
        return False
    host, _port = split_domain_port(urlsplit(source).netloc)
    allowed = [*settings.ALLOWED_HOSTS]
    allowed += [urlsplit(origin).hostname or "" for origin in settings.CSRF_TRUSTED_ORIGINS]
    return not (host and validate_host(host, allowed))


def _language():
    language = get_language() or settings.LANGUAGE_CODE
    return language if language in dict(Subscriber.LANGUAGES) else settings.LANGUAGE_CODE


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def signup(request):
    if request.method != "POST":
        form = SignupForm(language=_language())
        return TemplateResponse(request, "newsletter/signup.html", {"form": form})
    if _from_another_site(request):
        return message_page(
            request,
            _("Sign-up refused"),
            _("Please use the form on our own site to sign up for the newsletter."),
            status=403,
            link=(reverse("newsletter:signup"), _("Go to the sign-up form")),
        )
    if network_over_limit(request):
        return message_page(
            request,
            _("Too many sign-ups"),
            _(
                "Many sign-ups came from your network in the last hour. "
                "Please try again in an hour."
            ),
            status=429,
        )
    form = SignupForm(request.POST, language=_language())
    if form.filled_by_a_robot:
        # Answered like a person, so that the robot learns nothing.
        return redirect("newsletter:thanks")
    if not form.is_valid():
        return TemplateResponse(request, "newsletter/signup.html", {"form": form})
    subscribe(form.cleaned_data["email"], form.cleaned_data["language"], request)
    # Whatever became of the address, the same answer: nobody learns who is subscribed.
    return redirect("newsletter:thanks")


def subscribe(email, language, request):
    """Record the sign-up and send a confirmation, unless the address is already confirmed
    or has asked for too many today."""
    if address_over_limit(email):
        return None
    now = timezone.now()
    consent = {"text": str(CONSENT_TEXT), "language": _language(), "now": now}
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().for_address(email).first()
        if subscriber is not None and subscriber.status == SubscriberStatus.CONFIRMED:
            return None
        if subscriber is None:
            subscriber = Subscriber(email=email, created_at=now)
        subscriber.language = language
        subscriber.status = SubscriberStatus.PENDING
        subscriber.confirmed_at = None
        subscriber.record_consent(**consent)
        try:
            with transaction.atomic():
                subscriber.save()
        except IntegrityError:
            # The same address signed up in a parallel request, which sends the e-mail.
            return None
    try:
        send_confirmation(subscriber, request)
    except Exception:
        # The visitor cannot fix a mail server: the error goes to the logs and error
        # reporting, the visitor gets the usual answer.
        logger.exception("The newsletter confirmation e-mail could not be sent")
    return subscriber


def thanks(request):
    return message_page(
        request,
        _("Check your inbox"),
        _(
            "If this address can receive our newsletter, an e-mail is on its way with a link "
            "to confirm your subscription. Nothing will be sent until you click it."
        ),
    )


def confirmed(request):
    return message_page(
        request,
        _("You are subscribed"),
        _("Thank you: your address is confirmed and you will receive our newsletter."),
        link=(reverse("wagtail_serve", args=[""]), _("Back to the home page")),
    )


def unsubscribed(request):
    return message_page(
        request,
        _("You are unsubscribed"),
        _("You will receive no more newsletters from us. You can sign up again at any time."),
        link=(reverse("newsletter:signup"), _("Sign up again")),
    )


def _invalid_link(request, status=400):
    return message_page(
        request,
        _("This link is not valid"),
        _(
            "The link is incomplete or no longer valid. Copy the whole address from the e-mail, "
            "or sign up again."
        ),
        status=status,
        link=(reverse("newsletter:signup"), _("Sign up again")),
    )


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    try:
        subscriber_id = subscriber_id_to_confirm(token)
    except LinkExpired:
        return message_page(
            request,
            _("This link has expired"),
            _("Confirmation links are valid for a few days. Sign up again to get a new one."),
            status=410,
            link=(reverse("newsletter:signup"), _("Sign up again")),
        )
    except LinkInvalid:
        return _invalid_link(request)
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return _invalid_link(request, status=404)
    if subscriber.status == SubscriberStatus.CONFIRMED:
        return redirect("newsletter:confirmed")
    if subscriber.status == SubscriberStatus.UNSUBSCRIBED:
        return _invalid_link(request, status=410)
    if request.method == "POST":
        subscriber.confirm()
        return redirect("newsletter:confirmed")
    # A button rather than a confirmation on opening: mail scanners open every link.
    return TemplateResponse(request, "newsletter/confirm.html", {"subscriber": subscriber})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    try:
        subscriber_id = subscriber_id_to_unsubscribe(token)
    except LinkInvalid:
        return _invalid_link(request)
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return _invalid_link(request, status=404)
    if request.method == "POST":
        if subscriber.status != SubscriberStatus.UNSUBSCRIBED:
            subscriber.unsubscribe()
        if request.POST.get("List-Unsubscribe") == ONE_CLICK:
            return HttpResponse(
                _("You are unsubscribed."), content_type="text/plain; charset=utf-8"
            )
        return redirect("newsletter:unsubscribed")
    # Opening the link changes nothing (mail scanners open every link): the button does.
    return TemplateResponse(request, "newsletter/unsubscribe.html", {"subscriber": subscriber})
