"""Who asked for the newsletter, in which language, and what they agreed to."""

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SubscriberStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")


class SubscriberQuerySet(models.QuerySet):
    def for_address(self, email):
        return self.filter(email__iexact=email.strip())

    def expired_pending(self, now, retention):
        """Sign-ups never confirmed whose last request (and confirmation e-mail) is older
        than ``retention``."""
        return self.filter(status=SubscriberStatus.PENDING, consent_at__lt=now - retention)


class Subscriber(models.Model):
    """An address that signed up; only a confirmed one receives the newsletter."""

    LANGUAGES = [("fr", "Français"), ("en", "English")]

    email = models.EmailField(_("e-mail address"), max_length=254)
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES, default="fr")
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=SubscriberStatus.choices,
        default=SubscriberStatus.PENDING,
        db_index=True,
    )
    consent_text = models.TextField(_("consent text"))
    consent_at = models.DateTimeField(_("consent given at"))
    consent_language = models.CharField(_("consent language"), max_length=2, choices=LANGUAGES)
    created_at = models.DateTimeField(_("signed up at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="newsletter_subscriber_unique_email"),
        ]

    def __str__(self):
        return self.email

    def record_consent(self, text, language, now):
        self.consent_text = text
        self.consent_language = language
        self.consent_at = now

    def confirm(self, now=None):
        self.status = SubscriberStatus.CONFIRMED
        self.confirmed_at = now or timezone.now()
        self.unsubscribed_at = None
        self.save(update_fields=["status", "confirmed_at", "unsubscribed_at"])

    def unsubscribe(self, now=None):
        self.status = SubscriberStatus.UNSUBSCRIBED
        self.unsubscribed_at = now or timezone.now()
        self.save(update_fields=["status", "unsubscribed_at"])
