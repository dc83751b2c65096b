from charity.models.donate import DonatePage, DonatePageProgram
from charity.models.events import EventIndexPage, EventKind, EventLanguage, EventPage, EventSpeaker
from charity.models.home import HomePage, HomePageFeaturedProgram, KeyFigure
from charity.models.site_settings import SiteSettings
from charity.models.snippets import Person, Testimonial
from charity.models.standard_page import StandardPage

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
