from charity.models.contact import ContactFormField, ContactPage
from charity.models.donate import DonatePage, DonatePageProgram
from charity.models.events import EventIndexPage, EventKind, EventLanguage, EventPage, EventSpeaker
from charity.models.home import HomePage, HomePageFeaturedProgram, KeyFigure
from charity.models.search_statistics import SearchStatistic
from charity.models.search_vocabulary import SearchTerm
from charity.models.site_settings import SiteSettings
from charity.models.snippets import Person, Testimonial
from charity.models.standard_page import StandardPage

__all__ = [
    "ContactFormField",
    "ContactPage",
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
    "SearchStatistic",
    "SearchTerm",
    "SiteSettings",
    "StandardPage",
    "Testimonial",
]
