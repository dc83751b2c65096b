"""Builds the site from the content of this package, in French and in English.

Each page, person and testimonial is created in French, the source language, then copied
for translation into English with the English texts. Links between them (inline rows and
foreign keys) point to the French objects in both languages, as wagtail-localize keeps
them; templates show the visitor's language.

Everything is looked up before it is created, by a translation key derived from its name
in this package, so running the loader again changes nothing and never overwrites what
editors have changed since.
"""

import io
import re
import uuid
from collections import Counter

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify

from wagtail.contrib.forms.utils import get_field_clean_name
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.utils.file import hash_filelike

from charity.models import (
    ContactFormField,
    ContactPage,
    DonatePage,
    DonatePageProgram,
    EventIndexPage,
    EventPage,
    HomePage,
    HomePageFeaturedProgram,
    Person,
    SiteSettings,
    StandardPage,
    Testimonial,
)
from charity.operations.demo import images, news
from charity.operations.demo.diseases import DISEASES
from charity.operations.demo.events import EVENTS
from charity.operations.demo.legal import CONTACT, LEGAL_NOTICE, LEGAL_PAGES, PRIVACY
from charity.operations.demo.pages import (
    DISEASE_INDEX,
    DONATE,
    EVENT_INDEX,
    FEATURED_PROGRAMS,
    FUNDING,
    HOME,
    HOME_ILLUSTRATION,
    KEY_FIGURES,
    PARTNER_INDEX,
    PROGRAM_INDEX,
    STANDARD_PAGES,
)
from charity.operations.demo.partners import PARTNERS
from charity.operations.demo.people import PEOPLE, TESTIMONIALS
from charity.operations.demo.programs import PROGRAMS
from charity.operations.demo.text import T, localized
from diseases.models import DiseaseIndexPage, DiseasePage
from news.models import NewsIndexPage
from partners.models import PartnerIndexPage, PartnerPage
from programs.models import (
    FundingGrant,
    FundingPage,
    ProgramDisease,
    ProgramIndexPage,
    ProgramInstitution,
    ProgramInvestigator,
    ProgramPage,
)

LANGUAGES = ("fr", "en")
SOURCE, TRANSLATION = LANGUAGES

# Fixed, so that the same content gets the same translation keys on every database.
NAMESPACE = uuid.UUID("5b0e8f5e-7c8a-4d0c-9a51-6d2f0f1c2b11")
COLLECTION_NAME = "Illustrations de démonstration"
LINK = re.compile(r"\[\[(?P<key>[a-z]+:[a-z0-9-]+)\|(?P<text>[^\]]+)\]\]")

SECTIONS = [
    (PROGRAM_INDEX, ProgramIndexPage),
    (DISEASE_INDEX, DiseaseIndexPage),
    (EVENT_INDEX, EventIndexPage),
    (PARTNER_INDEX, PartnerIndexPage),
    (news.NEWS_INDEX, NewsIndexPage),
]


def translation_key(key):
    return uuid.uuid5(NAMESPACE, key)


def demo_keys():
    """The translation keys of everything the loader creates."""
    keys = [f"section:{section.key}" for section, _model in SECTIONS]
    keys += [f"partner:{item.key}" for item in PARTNERS]
    keys += [f"disease:{item.key}" for item in DISEASES]
    keys += [f"program:{item.key}" for item in PROGRAMS]
    keys += [f"event:{item.key}" for item in EVENTS]
    keys += [f"article:{item.key}" for item in news.ARTICLES]
    keys += [f"page:{item.key}" for item in STANDARD_PAGES]
    keys += ["page:donate", "page:funding"]
    keys += [f"page:{item.key}" for item in LEGAL_PAGES] + ["page:contact"]
    keys += [f"person:{item.key}" for item in PEOPLE]
    keys += [f"testimonial:{item.key}" for item in TESTIMONIALS]
    return [translation_key(key) for key in keys]


def has_content_pages():
    """Whether any page exists below the home pages."""
    return Page.objects.filter(depth__gt=2).exists()


class DemoContentLoader:
    def __init__(self):
        self.locales = {
            language: Locale.objects.get(language_code=language) for language in LANGUAGES
        }
        self.pages = {}
        self.people = {}
        self.images = {}
        self.created = Counter()
        self.saved = []

    @transaction.atomic
    def load(self, rebuild_home=False):
        # Pages are saved several times as they are created and translated: their
        # references are indexed once, at the end, rather than at every save.
        with disable_reference_index_auto_update():
            self._load(rebuild_home)
        for instance in self.saved:
            instance = type(instance).objects.get(pk=instance.pk)
            if ReferenceIndex.is_indexed(type(instance)):
                ReferenceIndex.create_or_update_for_object(instance)
        return self.created

    def _load(self, rebuild_home):
        self.collection = self._collection()
        self._home_pages()
        for section, model in SECTIONS:
            self._section(section, model)
        for partner in PARTNERS:
            self._partner(partner)
        for person in PEOPLE:
            self._person(person)
        for disease in DISEASES:
            self._disease(disease)
        for program in PROGRAMS:
            self._program(program)
        for event in EVENTS:
            self._event(event)
        for testimonial in TESTIMONIALS:
            self._testimonial(testimonial)
        news.load(self)
        for page in STANDARD_PAGES:
            self._standard_page(page)
        self._donate_page()
        self._funding_page()
        for page in LEGAL_PAGES:
            self._standard_page(page)
        self._contact_page()
        self._fill_home_pages(rebuild_home)
        self._set_key_figures(rebuild_home)
        self._choose_legal_pages()

    @transaction.atomic
    def reset(self):
        """Delete the demo content, then build it again."""
        keys = demo_keys()
        Testimonial.objects.filter(translation_key__in=keys).delete()
        deleted_paths = []
        for page in Page.objects.filter(translation_key__in=keys).order_by("path"):
            # Deleting a page deletes the pages under it.
            if not any(page.path.startswith(path) for path in deleted_paths):
                page.delete()
                deleted_paths.append(page.path)
        Person.objects.filter(translation_key__in=keys).delete()
        for image in get_image_model().objects.filter(collection__name=COLLECTION_NAME):
            image.delete()
        return self.load(rebuild_home=True)

    # Pages

    def _home_pages(self):
        french = HomePage.objects.filter(locale=self.locales[SOURCE]).first()
        if french is None:
            raise LookupError("The French home page is missing: run the migrations first.")
        english = french.get_translation_or_none(self.locales[TRANSLATION])
        if english is None:
            english = french.copy_for_translation(self.locales[TRANSLATION])
            self._publish(english)
        self.pages["home"] = {SOURCE: french, TRANSLATION: english}

    def _page(self, key, model, parent, slug, fields, relations=None, translated_relations=None):
        """The French page and its English translation, created and published when missing.

        ``fields(language)`` gives the page's fields in a language, ``slug`` its slugs.
        ``relations`` (inline rows and many-to-many links) are set on the French page and
        copied with it; ``translated_relations(language)`` are inline rows holding text,
        written in each language.
        """
        parents = self.pages[parent]
        key_uuid = translation_key(key)
        french = self._find(model, key_uuid, parents[SOURCE], slug(SOURCE))
        if french is None:
            french = model(locale=self.locales[SOURCE], translation_key=key_uuid, live=False)
            self._set_fields(french, {**fields(SOURCE), "slug": slug(SOURCE)})
            for name, value in {
                **(relations or {}),
                **self._rows(translated_relations, SOURCE),
            }.items():
                setattr(french, name, value)
            parents[SOURCE].add_child(instance=french)
            self._publish(french)
            self.created["pages"] += 1
        english = french.get_translation_or_none(self.locales[TRANSLATION])
        if english is None:
            english = french.copy_for_translation(self.locales[TRANSLATION])
            self._move_to_slug(english, slug(TRANSLATION))
            self._set_fields(english, fields(TRANSLATION))
            for name, value in self._rows(translated_relations, TRANSLATION).items():
                setattr(english, name, value)
            self._publish(english)
            self.created["pages"] += 1
        self.pages[key] = {SOURCE: french, TRANSLATION: english}
        return self.pages[key]

    @staticmethod
    def _move_to_slug(page, slug):
        """Give a new translation copy its own slug before it is ever published.

        The copy starts with the French slug. A plain update, rather than a save, spares
        Wagtail creating redirects from an address that was never published.
        """
        page.slug = slug
        page.set_url_path(page.get_parent())
        Page.objects.filter(pk=page.pk).update(slug=page.slug, url_path=page.url_path)

    @staticmethod
    def _rows(translated_relations, language):
        return translated_relations(language) if translated_relations else {}

    def _find(self, model, key_uuid, parent, slug):
        """The page with this translation key, or a page of this type editors made in its place."""
        found = model.objects.filter(translation_key=key_uuid, locale=parent.locale_id).first()
        if found is None:
            siblings = model.objects.child_of(parent)
            if model.max_count_per_parent != 1:
                siblings = siblings.filter(slug=slug)
            found = siblings.first()
        return found

    def _set_fields(self, page, fields):
        for name, value in fields.items():
            setattr(page, name, value)

    def _publish(self, page):
        for field in page._meta.get_fields():
            if isinstance(field, StreamField):
                # The same checks as the page editor, so that editors can save these pages.
                field.stream_block.clean(getattr(page, field.name))
        page.save_revision().publish()
        self.saved.append(page)

    def _stream(self, blocks, language):
        """Body blocks in a language, with their links resolved to pages in that language."""
        raw = []
        for block in blocks:
            item = block.raw(language)
            if item["type"] == "paragraph":
                item["value"] = self._resolve_links(item["value"], language)
            raw.append(item)
        return raw

    def _resolve_links(self, html, language):
        def link(match):
            page = self.pages[match["key"]][language]
            return f'<a linktype="page" id="{page.pk}">{match["text"]}</a>'

        return LINK.sub(link, html)

    def _section(self, section, model):
        def fields(language):
            values = {
                "title": section.title(language),
                "intro": section.intro(language),
                "show_in_menus": True,
            }
            if hasattr(model, "hero_image"):
                values["hero_image"] = self._illustration(section.title(language))
            if section.body:
                values["body"] = self._stream(section.body, language)
            return values

        self._page(f"section:{section.key}", model, "home", section.slug, fields)

    def _partner(self, partner):
        def fields(language):
            return {
                "title": partner.title(language),
                "short_name": partner.short_name,
                "kind": partner.kind,
                "summary": partner.summary(language),
                "description": partner.description(language),
                "logo": self._logo(partner.logo_text),
                "country": partner.country(language),
                "partner_since": partner.partner_since,
                "key_figures": [
                    {"type": "figure", "value": localized(item, language)}
                    for item in partner.key_figures
                ],
            }

        self._page(f"partner:{partner.key}", PartnerPage, "section:partners", partner.slug, fields)

    def _disease(self, disease):
        def fields(language):
            return {
                "title": disease.title(language),
                "other_names": disease.other_names(language),
                "category": disease.category,
                "summary": disease.summary(language),
                "share_of_childhood_cancers": disease.share_of_childhood_cancers(language),
                "incidence": disease.incidence(language),
                "location": disease.location(language),
                "key_facts": [
                    {"type": "fact", "value": localized(item, language)}
                    for item in disease.key_facts
                ],
                "body": self._stream(disease.body, language),
                "hero_image": self._illustration(disease.title(language)),
            }

        self._page(f"disease:{disease.key}", DiseasePage, "section:diseases", disease.slug, fields)

    def _program(self, program):
        def page(prefix, key):
            return self.pages[f"{prefix}:{key}"][SOURCE]

        def fields(language):
            return {
                "title": program.title(language),
                "acronym": program.acronym(language),
                "full_title": program.full_title(language),
                "summary": program.summary(language),
                "kind": program.kind,
                "status": program.status,
                "start_year": program.start_year,
                "patients_included": program.patients_included,
                "therapies_tested": program.therapies_tested,
                "centres_count": program.centres_count,
                "headline_result": program.headline_result(language),
                "follows": page("program", program.follows) if program.follows else None,
                "body": self._stream(program.body, language),
                "hero_image": self._illustration(program.acronym(language)),
            }

        def grants(language):
            return {
                "grants": [
                    FundingGrant(
                        # Shared by a grant and its translation, as wagtail-localize pairs them.
                        translation_key=translation_key(f"program:{program.key}:grant:{position}"),
                        year=grant.year,
                        amount_eur=grant.amount_eur,
                        note=grant.note(language),
                    )
                    for position, grant in enumerate(program.grants)
                ]
            }

        relations = {
            "program_diseases": [
                ProgramDisease(disease=page("disease", key)) for key in program.diseases
            ],
            "investigators": [
                ProgramInvestigator(person=self.people[key][SOURCE])
                for key in program.investigators
            ],
            "institutions": [
                ProgramInstitution(partner=page("partner", key)) for key in program.institutions
            ],
            "recommended_by": [page("partner", key) for key in program.recommended_by],
        }
        self._page(
            f"program:{program.key}",
            ProgramPage,
            "section:programs",
            T(program.slug, program.slug),
            fields,
            relations,
            grants if program.grants else None,
        )

    def _event(self, event):
        def fields(language):
            return {
                "title": event.title(language),
                "kind": event.kind,
                "edition": event.edition(language),
                "summary": event.summary(language),
                "start": event.start,
                "end": event.end,
                "all_day": True,
                "audience": event.audience(language),
                "body": self._stream(event.body, language),
                "hero_image": self._illustration(event.title(language)),
            }

        self._page(f"event:{event.key}", EventPage, "section:events", event.slug, fields)

    def _standard_page(self, data):
        def fields(language):
            return {
                "title": data.title(language),
                "intro": data.intro(language),
                "show_in_menus": data.show_in_menus,
                "body": self._stream(data.body, language),
                "hero_image": self._illustration(data.title(language)),
            }

        parent = f"page:{data.parent}" if data.parent else "home"
        self._page(f"page:{data.key}", StandardPage, parent, data.slug, fields)

    def _donate_page(self):
        def fields(language):
            return {
                "title": DONATE.title(language),
                "intro": DONATE.intro(language),
                "body": self._stream(DONATE.body, language),
                "examples_heading": DONATE.examples_heading(language),
                "hero_image": self._illustration(DONATE.title(language)),
            }

        def examples(language):
            return {
                "example_programs": [
                    DonatePageProgram(
                        program=self.pages[f"program:{key}"][SOURCE],
                        what_a_gift_funds=what_a_gift_funds(language),
                    )
                    for key, what_a_gift_funds in DONATE.examples
                ]
            }

        self._page("page:donate", DonatePage, "home", DONATE.slug, fields, None, examples)

    def _funding_page(self):
        def fields(language):
            return {"title": FUNDING.title(language), "intro": FUNDING.intro(language)}

        self._page("page:funding", FundingPage, "home", FUNDING.slug, fields)

    def _contact_page(self):
        def fields(language):
            return {
                "title": CONTACT.title(language),
                "intro": CONTACT.intro(language),
                "subject": CONTACT.subject(language),
            }

        def form_fields(language):
            return {
                "form_fields": [
                    ContactFormField(
                        # Shared by a field and its translation, as wagtail-localize pairs
                        # them; so is the name that keys the stored messages.
                        translation_key=translation_key(f"page:contact:field:{position}"),
                        clean_name=get_field_clean_name(field.label(SOURCE)),
                        label=field.label(language),
                        field_type=field.field_type,
                        required=field.required,
                        help_text=field.help_text(language),
                        sort_order=position,
                    )
                    for position, field in enumerate(CONTACT.fields)
                ]
            }

        self._page("page:contact", ContactPage, "home", CONTACT.slug, fields, None, form_fields)

    def _fill_home_pages(self, rebuild):
        """Write the home pages' texts and featured programs, unless editors already have."""
        featured = [self.pages[f"program:{key}"][SOURCE] for key in FEATURED_PROGRAMS]
        for language in LANGUAGES:
            # Fresh from the database: pages were added under it since it was read.
            home = HomePage.objects.get(pk=self.pages["home"][language].pk)
            if home.hero_heading and not rebuild:
                continue
            for name, value in HOME.items():
                setattr(home, name, value(language))
            home.hero_image = self._illustration(HOME_ILLUSTRATION)
            home.featured_programs = [
                HomePageFeaturedProgram(program=program) for program in featured
            ]
            self._publish(home)

    def _set_key_figures(self, rebuild):
        """The charity's latest totals, unless staff already set figures of their own."""
        site = Site.objects.filter(root_page=self.pages["home"][SOURCE]).first()
        if site is None:
            return
        settings = SiteSettings.for_site(site)
        if not rebuild and any(getattr(settings, name) is not None for name in KEY_FIGURES):
            return
        changed = False
        for name, value in KEY_FIGURES.items():
            if getattr(settings, name) != value:
                setattr(settings, name, value)
                changed = True
        if changed:
            settings.save()

    def _choose_legal_pages(self):
        """Link the footer to the legal notice and privacy policy, unless staff chose
        pages of their own."""
        site = Site.objects.filter(root_page=self.pages["home"][SOURCE]).first()
        if site is None:
            return
        settings = SiteSettings.for_site(site)
        changed = False
        for name, data in (("legal_notice_page", LEGAL_NOTICE), ("privacy_page", PRIVACY)):
            if getattr(settings, f"{name}_id") is None:
                setattr(settings, name, self.pages[f"page:{data.key}"][SOURCE])
                changed = True
        if changed:
            settings.save()

    # People

    def _person(self, data):
        def fields(language):
            return {
                "honorific": data.honorific,
                "name": data.name,
                "role": data.role(language),
                "bio": data.bio(language),
                "organisation": (
                    self.pages[f"partner:{data.organisation}"][SOURCE]
                    if data.organisation
                    else None
                ),
            }

        self.people[data.key] = self._snippet(Person, f"person:{data.key}", fields)

    def _testimonial(self, data):
        def fields(language):
            return {
                "quote": data.quote(language),
                "role": data.role(language),
                "person": self.people[data.person][SOURCE],
                "show_on_home_page": True,
            }

        self._snippet(Testimonial, f"testimonial:{data.key}", fields)

    def _snippet(self, model, key, fields):
        key_uuid = translation_key(key)
        french = model.objects.filter(translation_key=key_uuid, locale=self.locales[SOURCE]).first()
        if french is None:
            french = model(locale=self.locales[SOURCE], translation_key=key_uuid, **fields(SOURCE))
            french.full_clean()
            french.save()
            self.saved.append(french)
            self.created["snippets"] += 1
        english = french.get_translation_or_none(self.locales[TRANSLATION])
        if english is None:
            english = french.copy_for_translation(self.locales[TRANSLATION])
            self._set_fields(english, fields(TRANSLATION))
            english.full_clean()
            english.save()
            self.saved.append(english)
            self.created["snippets"] += 1
        return {SOURCE: french, TRANSLATION: english}

    # Images

    def _collection(self):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=COLLECTION_NAME).first()
        return existing or root.add_child(name=COLLECTION_NAME)

    def _illustration(self, text):
        return self._image(f"Illustration – {text}", text, images.illustration, "jpg")

    def _logo(self, text):
        return self._image(f"Logo – {text}", text, images.wordmark, "png")

    def _image(self, title, text, draw, extension):
        if title in self.images:
            return self.images[title]
        Image = get_image_model()
        image = Image.objects.filter(collection=self.collection, title=title).first()
        if image is None:
            data = draw(text)
            image = Image(
                title=title,
                # The picture shows nothing but this text.
                description=text,
                collection=self.collection,
                file=ImageFile(io.BytesIO(data), name=f"{slugify(title)}.{extension}"),
                file_size=len(data),
                file_hash=hash_filelike(io.BytesIO(data)),
            )
            image.save()
            self.saved.append(image)
            self.created["images"] += 1
        self.images[title] = image
        return image
