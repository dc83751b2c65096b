"""The contact page: a form the editors build, its messages e-mailed to the charity and
kept a set number of months.

The page carries a CSRF token, so it is never kept by the page cache or a CDN
(``charity.caching.invalidation.keep_form_pages_private`` marks every form page
private), and answering it costs a render, like the search. Making the form work
without a per-visitor token would let any site post messages in a visitor's name;
the token costs nothing but the page cache on this one page, which few people read.
The CSRF cookie it sets is not personal: other pages are still served from the cache.
"""

import calendar

from django import forms
from django.conf import settings
from django.core.mail import EmailMessage
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormSubmission
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalKey

from charity.foundations.panels import TITLE_IS_HEADING, title_panel
from charity.models.site_settings import SiteSettings
from charity.platform.login_throttling import client_ip_address
from charity.platform.rate_limits import count_in_window

# A field hidden from people, which bots that fill every input fill. Its name reads like
# a field worth filling; an editor's label would have to be "hp website" to clash.
HONEYPOT_FIELD = "hp_website"
# How long an address that sent CONTACT_MESSAGES_PER_IP_PER_HOUR messages waits.
THROTTLE_WINDOW_SECONDS = 60 * 60
DEFAULT_RETENTION_MONTHS = 12


def months_before(moment, months):
    """The same day and time ``months`` calendar months earlier (the month's last day
    when it is shorter)."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


class ContactFormField(TranslatableMixin, AbstractFormField):
    """A field of the contact form. Its label, help text and choices are translated; its
    name, which keys the stored messages, is the same in every language."""

    page = ParentalKey("charity.ContactPage", related_name="form_fields", on_delete=models.CASCADE)

    override_translatable_fields = [SynchronizedField("clean_name")]

    # Wagtail's panels, with help for the fields Wagtail leaves without any.
    panels = [
        FieldPanel("label"),
        FieldPanel(
            "help_text",
            help_text=_("A hint shown under the field. Leave empty when the label says it all."),
        ),
        FieldPanel(
            "required",
            help_text=_("When ticked, the message cannot be sent with this field empty."),
        ),
        FieldPanel(
            "field_type",
            classname="formbuilder-type",
            help_text=_(
                "What visitors give: a line or a paragraph of text, an e-mail address, a "
                "number, a date, or a choice among the choices below."
            ),
        ),
        FieldPanel("choices", classname="formbuilder-choices"),
        FieldPanel("default_value", classname="formbuilder-default"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class ContactPage(AbstractEmailForm):
    """The contact form, under the home page: messages go to the staff address set in the
    site settings and are deleted after ``retention_months``."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the title, above the form."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown once a message is sent. Leave empty for a short default text."),
    )
    retention_months = models.PositiveSmallIntegerField(
        _("messages kept for (months)"),
        default=DEFAULT_RETENTION_MONTHS,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_(
            "Messages are deleted this many months after they are sent; the page tells visitors so."
        ),
    )

    content_panels = [
        title_panel(TITLE_IS_HEADING),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form field"), heading=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldPanel(
                    "subject",
                    help_text=_("The subject of the e-mail staff receive for each message."),
                ),
                FieldPanel("retention_months"),
            ],
            heading=_("Messages"),
            help_text=_(
                "Messages are e-mailed to the contact form recipient set in the site "
                "settings, and listed under Forms in the admin."
            ),
        ),
    ]
    search_fields = [*AbstractEmailForm.search_fields, index.SearchField("intro")]

    # The recipient comes from the site settings; the page's own addresses are not shown.
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
        TranslatableField("form_fields"),
    ]

    parent_page_types = ["charity.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    @property
    def retention_notice(self):
        return ngettext(
            "Your message is kept %(months)d month, then deleted.",
            "Your message is kept %(months)d months, then deleted.",
            self.retention_months,
        ) % {"months": self.retention_months}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["honeypot_field"] = HONEYPOT_FIELD
        return context

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        form.fields[HONEYPOT_FIELD] = forms.CharField(
            label=gettext("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        return form

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        if request.POST.get(HONEYPOT_FIELD):
            # Answered as a success, so that a bot learns nothing; nothing is kept or sent.
            return self.render_landing_page(request)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 400
        if form.is_valid():
            if self._admit(request):
                submission = self.process_form_submission(form, request)
                return self.render_landing_page(request, submission)
            form.add_error(
                None,
                gettext(
                    "You have sent several messages in a short time. Please try again in "
                    "an hour, or write to us by e-mail."
                ),
            )
            status = 429
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def _admit(self, request):
        """Whether the visitor's address may send one more message now; counts it."""
        key = f"contact-throttle:{client_ip_address(request)}"
        allowed = settings.CONTACT_MESSAGES_PER_IP_PER_HOUR
        return count_in_window(key, THROTTLE_WINDOW_SECONDS) <= allowed

    def process_form_submission(self, form, request=None):
        data = {name: value for name, value in form.cleaned_data.items() if name != HONEYPOT_FIELD}
        submission = self.get_submission_class().objects.create(form_data=data, page=self)
        site_settings = (
            SiteSettings.for_request(request)
            if request is not None
            else SiteSettings.for_site(self.get_site())
        )
        recipient = site_settings.contact_form_recipient or site_settings.contact_email
        if recipient:
            self.send_message(form, recipient)
        return submission

    def send_message(self, form, recipient):
        """The message to staff, answered straight to the visitor when the form asks an
        e-mail address."""
        reply_to = [
            form.cleaned_data[field.name]
            for field in form
            if isinstance(field.field, forms.EmailField) and form.cleaned_data.get(field.name)
        ]
        message = EmailMessage(
            subject=self.subject
            or gettext("Message from the website: %(page)s") % {"page": self.title},
            body=self.render_email(form),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[recipient],
            reply_to=reply_to[:1],
        )
        message.send()

    def render_email(self, form):
        form.fields.pop(HONEYPOT_FIELD, None)
        return super().render_email(form)

    @classmethod
    def purge_expired_submissions(cls, now=None):
        """Delete the messages each contact page has kept longer than its retention
        period; the number deleted."""
        now = now or timezone.now()
        deleted = 0
        for page in cls.objects.all().only("pk", "retention_months"):
            cutoff = months_before(now, page.retention_months)
            count, _detail = FormSubmission.objects.filter(
                page=page, submit_time__lte=cutoff
            ).delete()
            deleted += count
        return deleted
