from charity.models.donate import DonatePage, DonatePageProgram
from charity.models.events import EventIndexPage, EventKind, EventLanguage, EventPage, EventSpeaker
from charity.models.pages import HomePage, HomePageFeaturedProgram, StandardPage
from charity.models.site_settings import KeyFigure, SiteSettings
from charity.models.snippets import Person, Testimonial

__all__ = [
    "DonatePage",
    "DonatePageProgram",
    "EventIndexPage",
    "EventKind",
    "EventLanguage",
    "EventPage",
    "EventSpeaker",
    "HomePage",
    "HomePageFeaturedProgram",
    "KeyFigure",
    "Person",
    "SiteSettings",
    "StandardPage",
    "Testimonial",
]
