from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey

from charity.caching.lifetimes import kept_for_page
from charity.foundations.blocks import BodyBlock
from charity.foundations.cards import ListedAsCard
from charity.foundations.hero_image import HeroImageMixin
from charity.foundations.localization import linked_in_language
from charity.foundations.pagination import Concatenation, paginate
from charity.foundations.panels import (
    HERO_IMAGE_BESIDE_TEXT,
    TITLE_IS_CARD_HEADING,
    TITLE_IS_HEADING,
    hero_image_panel,
    page_tabs,
    title_panel,
)
from charity.models.event_calendar import (
    FEED_KEEPS_PAST_EVENTS_FOR,
    event_file,
    events_feed,
    with_sequence,
)
from charity.models.snippets import Person


class EventKind(models.TextChoices):
    SEMINAR = "seminar", _("Seminar")
    CONVENTION = "convention", _("Convention")
    CONFERENCE = "conference", _("Conference")
    FUNDRAISER = "fundraiser", _("Fundraiser")
    MEETING = "meeting", _("Meeting")


class EventLanguage(models.TextChoices):
    FRENCH = "fr", _("French")
    ENGLISH = "en", _("English")
    BILINGUAL = "fr-en", _("French and English")


class EventIndexPage(RoutablePageMixin, Page):
    """Lists events under the home page: upcoming first, past events archived by year."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("Shown above the list of events.")
    )

    content_panels = [title_panel(TITLE_IS_HEADING), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["charity.HomePage"]
    subpage_types = ["charity.EventPage"]
    max_count_per_parent = 1

    # Upcoming events, then past ones: a page at a time, since the archive only grows.
    per_page = 30

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        listing = Concatenation(self.upcoming_events(now), self.past_events(now))
        page_obj = paginate(request, listing, self.per_page)
        context["page_obj"] = page_obj
        context["upcoming"] = [event for event in page_obj if event.end >= now]
        context["past"] = [event for event in page_obj if event.end < now]
        return context

    def events(self):
        return (
            EventPage.objects.child_of(self)
            .live()
            .public()
            .defer_streamfields()
            .select_related("hero_image")
        )

    def upcoming_events(self, now):
        return self.events().filter(end__gte=now).order_by("start")

    def past_events(self, now):
        return self.events().filter(end__lt=now).order_by("-start")

    def feed_events(self, now=None):
        """The events the calendar feed lists: upcoming ones and those just past, by
        start, each with its calendar sequence."""
        now = now or timezone.now()
        return with_sequence(
            self.events().filter(end__gte=now - FEED_KEEPS_PAST_EVENTS_FOR).order_by("start")
        )

    # Served at the index's address + "calendar.ics" (see charity/urls.py).
    @path("calendar.ics/", name="calendar")
    def calendar_feed(self, request):
        return events_feed(self, self.feed_events(), request)


class EventPage(ListedAsCard, RoutablePageMixin, HeroImageMixin, Page):
    """A seminar, convention, conference or fundraiser, under the event index."""

    card_name = "event"

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=EventKind.choices,
        help_text=_("What sort of event it is."),
    )
    edition = models.CharField(
        _("edition"),
        max_length=100,
        blank=True,
        help_text=_(
            'For recurring events, e.g. "10th edition": shown after the kind, above the title.'
        ),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences, shown under the heading and on its card."),
    )
    start = models.DateTimeField(_("start"), help_text=_("Date and time it starts (Paris time)."))
    end = models.DateTimeField(_("end"), help_text=_("Date and time it ends (Paris time)."))
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_(
            "Tick when the times are not announced: only the dates are shown and exported."
        ),
    )
    venue_name = models.CharField(
        _("venue"), max_length=200, blank=True, help_text=_("Name of the place.")
    )
    venue_address = models.CharField(
        _("address"), max_length=300, blank=True, help_text=_("Street address, postcode and city.")
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Where to follow it online (livestream or video call)."),
    )
    registration_url = models.URLField(
        _("registration link"), blank=True, help_text=_("Where to register.")
    )
    is_free = models.BooleanField(
        _("free"),
        null=True,
        blank=True,
        help_text=_("Whether attendance is free; leave unknown until it is announced."),
    )
    audience = models.CharField(
        _("audience"),
        max_length=200,
        blank=True,
        help_text=_('Who it is for, e.g. "researchers and families".'),
    )
    language = models.CharField(
        _("language"),
        max_length=5,
        choices=EventLanguage.choices,
        blank=True,
        help_text=_("The language the event is held in; leave empty until it is announced."),
    )
    step_free_access = models.BooleanField(
        _("step-free access"), default=False, help_text=_("Wheelchair access.")
    )
    hearing_loop = models.BooleanField(
        _("hearing loop"), default=False, help_text=_("An induction loop is available.")
    )
    quiet_room = models.BooleanField(
        _("quiet room"), default=False, help_text=_("A quiet room for families.")
    )
    livestream = models.BooleanField(
        _("livestream"), default=False, help_text=_("It is streamed live online.")
    )
    access_notes = models.TextField(
        _("access notes"), blank=True, help_text=_("Anything else families need to know to attend.")
    )
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_("Keep the page and tick this to tell visitors it is cancelled."),
    )
    body = StreamField(
        BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("The programme and details.")
    )

    content_panels = [
        title_panel(TITLE_IS_CARD_HEADING),
        # A choice, not text still being written: required on "Save draft" too.
        FieldPanel("kind", required_on_save=True),
        FieldPanel("edition"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("When"),
        ),
        FieldPanel("cancelled"),
        hero_image_panel(HERO_IMAGE_BESIDE_TEXT),
        FieldPanel("body"),
    ]
    practical_panels = [
        MultiFieldPanel(
            [FieldPanel("venue_name"), FieldPanel("venue_address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_url"),
                FieldPanel("is_free"),
                FieldPanel("audience"),
                FieldPanel("language"),
            ],
            heading=_("Attending"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("step_free_access"),
                FieldPanel("hearing_loop"),
                FieldPanel("quiet_room"),
                FieldPanel("livestream"),
                FieldPanel("access_notes"),
            ],
            heading=_("Access for families"),
        ),
        InlinePanel("speakers", label=_("Speaker"), heading=_("Speakers")),
    ]
    edit_handler = page_tabs(
        (_("Content"), content_panels),
        (_("Practical information"), practical_panels),
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("edition"),
        index.SearchField("venue_name"),
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["charity.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def is_online(self):
        return bool(self.online_url) or self.livestream

    @property
    def has_venue(self):
        return bool(self.venue_name or self.venue_address)

    @kept_for_page
    def speaker_people(self):
        """The speakers in the active language, with their photos' renditions."""
        people = Person.objects.select_related("photo").prefetch_related("photo__renditions")
        return linked_in_language(self.speakers.all(), "person", people)

    # Served at the event's address + "calendar.ics" (see charity/urls.py).
    @path("calendar.ics/", name="calendar")
    def calendar_file(self, request):
        return event_file(with_sequence(EventPage.objects.filter(pk=self.pk)).get(), request)


class EventSpeaker(Orderable):
    event = ParentalKey(EventPage, related_name="speakers", on_delete=models.CASCADE)
    person = models.ForeignKey(
        "charity.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A speaker at this event."),
    )

    panels = [FieldPanel("person")]
