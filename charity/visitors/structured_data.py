"""schema.org data (JSON-LD) about the charity and the page shown, built from the models.

Every page carries the charity as an NGO; event, disease, program and article pages
add their own entity, and every page below a home page its BreadcrumbList. Search
engines and other machines read it; browsers do not run it, so the
Content-Security-Policy (script-src 'self') does not apply to it and it needs
no nonce.
"""

import json
from decimal import Decimal

from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import gettext

from wagtail.models import Site

from charity.foundations.navigation import ancestors
from charity.models.events import EventPage
from diseases.models import DiseasePage
from news.models import ArticlePage
from programs.models import ProgramKind, ProgramPage, ProgramStatus

SCHEMA = "https://schema.org/"
CHARITY_NAME = "Imagine for Margo – Enfants sans cancer"
CHARITY_SHORT_NAME = "Imagine for Margo"
# Shared with the page's Open Graph image (components/meta.html): one rendition for both.
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"

# "</script>" or "<!--" inside a value must not end the script element early; "&" is
# escaped too so that the text reads the same to an HTML parser and a JSON one.
_HTML_SAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def to_json_ld(data):
    """JSON that is safe to put inside a <script> element."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_HTML_SAFE)


def _number(amount):
    amount = Decimal(amount)
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _compact(data):
    """The entity without its empty properties."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def _image(request, page):
    image = getattr(page, "hero_image", None)
    if image is None:
        return None
    return request.build_absolute_uri(image.get_rendition(SHARE_IMAGE_SPEC).url)


def organization_id(request):
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    return f"{root}/#organization"


def charity_reference(request, home=None):
    return _compact(
        {
            "@type": "NGO",
            "@id": organization_id(request),
            "name": CHARITY_NAME,
            "url": home.get_full_url(request) if home else None,
        }
    )


def _partner(request, partner):
    return _compact(
        {
            "@type": "Organization",
            "name": partner.title,
            "alternateName": partner.short_name,
            "url": partner.website or partner.get_full_url(request),
        }
    )


def charity(request, home, site_settings):
    """The charity as an NGO, with its members and the way to give, for its home page."""
    entity = {
        **charity_reference(request, home),
        "alternateName": CHARITY_SHORT_NAME,
        "logo": request.build_absolute_uri(static("favicon.svg")),
        "foundingDate": str(site_settings.founding_year),
        "areaServed": "FR",
        "description": home.search_description or home.hero_heading,
        "sameAs": [url for _name, url in site_settings.social_links],
        "member": [
            _partner(request, partner)
            for partner in sorted(home.partner_pages(), key=lambda partner: partner.title)
        ],
    }
    if site_settings.contact_email:
        entity["email"] = site_settings.contact_email
    if site_settings.donation_url:
        entity["potentialAction"] = {
            "@type": "DonateAction",
            "target": site_settings.donation_url,
            "recipient": {"@id": organization_id(request)},
        }
    return _compact(entity)


def breadcrumbs(request, page):
    """The way down from the home page, for pages below it."""
    if page.depth <= 2:
        return None
    trail = [*ancestors(page), page]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": gettext("Home") if position == 1 else crumb.title,
                "item": crumb.get_full_url(request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


# Events

EVENT_LANGUAGES = {"fr": "fr", "en": "en", "fr-en": ["fr", "en"]}


def _event_date(event, value):
    value = timezone.localtime(value)
    return value.date().isoformat() if event.all_day else value.isoformat()


def _attendance_mode(event):
    if event.has_venue and event.is_online:
        return SCHEMA + "MixedEventAttendanceMode"
    if event.is_online:
        return SCHEMA + "OnlineEventAttendanceMode"
    return SCHEMA + "OfflineEventAttendanceMode"


def _place(event):
    features = [
        {"@type": "LocationFeatureSpecification", "name": name, "value": True}
        for name, present in (
            (gettext("Step-free access"), event.step_free_access),
            (gettext("Hearing loop"), event.hearing_loop),
            (gettext("Quiet room for families"), event.quiet_room),
        )
        if present
    ]
    return _compact(
        {
            "@type": "Place",
            "name": event.venue_name or event.venue_address,
            "address": event.venue_address,
            "amenityFeature": features,
        }
    )


def _person(person):
    return _compact(
        {
            "@type": "Person",
            "name": person.name,
            "honorificPrefix": person.honorific,
            "jobTitle": person.role,
        }
    )


def event(request, page, home):
    url = page.get_full_url(request)
    locations = []
    if page.has_venue:
        locations.append(_place(page))
    if page.is_online:
        # A livestream announced without its link yet is followed from the event page.
        locations.append({"@type": "VirtualLocation", "url": page.online_url or url})
    speakers = page.speaker_people()
    offer = None
    if page.registration_url:
        offer = {"@type": "Offer", "url": page.registration_url}
        if page.is_free:
            offer.update(price=0, priceCurrency="EUR")
    return _compact(
        {
            "@type": "Event",
            "@id": f"{url}#event",
            "name": page.title,
            "description": page.summary,
            "url": url,
            "image": _image(request, page),
            "startDate": _event_date(page, page.start),
            "endDate": _event_date(page, page.end),
            "eventStatus": SCHEMA + ("EventCancelled" if page.cancelled else "EventScheduled"),
            "eventAttendanceMode": _attendance_mode(page),
            "location": locations[0] if len(locations) == 1 else locations,
            "inLanguage": EVENT_LANGUAGES.get(page.language, page.language),
            "isAccessibleForFree": page.is_free,
            "audience": {"@type": "Audience", "audienceType": page.audience}
            if page.audience
            else None,
            "organizer": charity_reference(request, home),
            "performer": [_person(person) for person in speakers],
            "offers": offer,
        }
    )


# Diseases

SPECIALTIES = [SCHEMA + "Oncologic", SCHEMA + "Pediatric"]


def medical_condition(request, page):
    url = page.get_full_url(request)
    return _compact(
        {
            "@type": "MedicalCondition",
            "@id": f"{url}#condition",
            "name": page.title,
            "alternateName": page.other_names_list,
            "description": page.summary,
            "url": url,
            "image": _image(request, page),
            "associatedAnatomy": {"@type": "AnatomicalStructure", "name": page.location}
            if page.location
            else None,
            "relevantSpecialty": SPECIALTIES,
        }
    )


def medical_web_page(request, page):
    """The disease page itself, with its medical review."""
    url = page.get_full_url(request)
    reviewer = page.reviewed_by
    return _compact(
        {
            "@type": "MedicalWebPage",
            "@id": url,
            "url": url,
            "name": page.seo_title or page.title,
            "about": {"@id": f"{url}#condition"},
            "lastReviewed": page.reviewed_on.isoformat() if page.reviewed_on else None,
            "reviewedBy": _person(reviewer) if reviewer else None,
            "inLanguage": page.locale.language_code,
        }
    )


# Programs


def _study_status(program):
    return {
        ProgramStatus.PLANNED: SCHEMA + "NotYetRecruiting",
        ProgramStatus.COMPLETED: SCHEMA + "Completed",
    }.get(program.status, program.get_status_display())


def _condition_reference(request, disease):
    url = disease.get_full_url(request)
    return {"@type": "MedicalCondition", "@id": f"{url}#condition", "name": disease.title}


def research_project(request, page, home):
    url = page.get_full_url(request)
    charity_ref = charity_reference(request, home)
    ledger = page.funding_ledger()
    co_funders = {
        partner.translation_key: partner for row in ledger["rows"] for partner in row["co_funders"]
    }
    funding = [
        {
            "@type": "MonetaryGrant",
            "name": f"{page.acronym} {row['grant'].year}",
            "amount": {
                "@type": "MonetaryAmount",
                "value": _number(row["grant"].amount_eur),
                "currency": "EUR",
            },
            "funder": [charity_ref] + [_partner(request, partner) for partner in row["co_funders"]],
            "fundedItem": {"@id": f"{url}#project"},
        }
        for row in ledger["rows"]
    ]
    conditions = [_condition_reference(request, disease) for disease in page.diseases()]
    # A call for projects funds several studies rather than being one.
    is_study = page.kind != ProgramKind.CALL_FOR_PROJECTS
    names = [page.acronym, page.full_title]
    entity = {
        "@type": ["ResearchProject", "MedicalStudy"] if is_study else "ResearchProject",
        "@id": f"{url}#project",
        "name": page.title,
        "alternateName": [name for name in dict.fromkeys(names) if name and name != page.title],
        "description": page.summary,
        "url": url,
        "image": _image(request, page),
        "foundingDate": str(page.start_year) if page.start_year else None,
        "dissolutionDate": str(page.end_year) if page.end_year else None,
        "sponsor": charity_ref,
        "funder": [charity_ref] + [_partner(request, partner) for partner in co_funders.values()],
        "funding": funding,
        "member": [_partner(request, partner) for partner in page.partner_institutions()]
        + [_person(person) for person in page.lead_investigators()],
    }
    if is_study:
        entity["status"] = _study_status(page)
        entity["healthCondition"] = conditions
    else:
        entity["knowsAbout"] = conditions
    return _compact(entity)


# News


def _published(value):
    return timezone.localtime(value).isoformat() if value else None


def news_article(request, page, home):
    """An article, signed by its authors, else by the charity."""
    url = page.get_full_url(request)
    authors = [_person(person) for person in page.author_people()]
    # The date staff give the article: a story may be published after the day it tells of.
    date_published = page.date.isoformat()
    return _compact(
        {
            "@type": "NewsArticle",
            "@id": f"{url}#article",
            "headline": page.title[:110],
            "description": page.summary,
            "url": url,
            "mainEntityOfPage": url,
            "image": _image(request, page),
            "datePublished": date_published,
            "dateModified": _published(page.last_published_at) or date_published,
            "author": authors or [charity_reference(request, home)],
            "publisher": charity_reference(request, home),
            "inLanguage": page.locale.language_code,
            "articleSection": page.get_kind_display(),
            "about": [
                {"@type": "Thing", "name": linked.title, "url": linked.get_full_url(request)}
                for _heading, pages in page.about()
                for linked in pages
            ],
        }
    )


def page_entities(request, page, home):
    """The schema.org entities that describe the page itself."""
    if isinstance(page, EventPage):
        return [event(request, page, home)]
    if isinstance(page, DiseasePage):
        return [medical_condition(request, page), medical_web_page(request, page)]
    if isinstance(page, ProgramPage):
        return [research_project(request, page, home)]
    if isinstance(page, ArticlePage):
        return [news_article(request, page, home)]
    return []


def graph(request, page, home, site_settings):
    # The charity is described in full on the home page, where search engines look
    # for it; other pages refer to it by its identifier.
    if page is not None and home is not None and page.pk == home.pk:
        organisation = charity(request, home, site_settings)
    else:
        organisation = charity_reference(request, home)
    entities = [organisation]
    if page is not None and getattr(page, "depth", None):
        entities.extend(page_entities(request, page, home))
        trail = breadcrumbs(request, page)
        if trail:
            entities.append(trail)
    return {"@context": "https://schema.org", "@graph": entities}
