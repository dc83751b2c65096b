"""Fill an empty site with a realistic amount of content, to measure pages at their full size.

Made-up programs, diseases, partners, events, people and testimonials, in French
and English, linked to each other as the real ones are, with illustrations. It
is for the benchmark (``make bench``) on a fresh database, never for the real site.
"""

import datetime
import io
import random
from decimal import Decimal

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Site

from PIL import Image as PillowImage
from PIL import ImageDraw

from charity.caching.generation import purge_all
from charity.models import (
    EventIndexPage,
    EventKind,
    EventPage,
    HomePage,
    HomePageFeaturedProgram,
    Person,
    SiteSettings,
    StandardPage,
    Testimonial,
)
from diseases.models import DiseaseCategory, DiseaseIndexPage, DiseasePage
from partners.models import PartnerIndexPage, PartnerKind, PartnerPage
from programs.models import (
    FundingGrant,
    ProgramDisease,
    ProgramIndexPage,
    ProgramInstitution,
    ProgramInvestigator,
    ProgramKind,
    ProgramPage,
    ProgramStatus,
)

LANGUAGES = ("fr", "en")
COLOURS = ["#a3284f", "#f4b942", "#e9b9c6", "#7d1c3b", "#2b2233", "#f6e7d8"]

WORDS = {
    "fr": (
        "La recherche avance pour les enfants atteints de cancer grâce aux essais cliniques, "
        "au séquençage des tumeurs et aux nouvelles thérapies ciblées proposées dans les "
        "centres de référence partout en France et en Europe."
    ),
    "en": (
        "Research moves forward for children with cancer thanks to clinical trials, tumour "
        "sequencing and new targeted therapies offered in reference centres across France "
        "and Europe."
    ),
}

INDEXES = [
    # (model, slug per language, title per language)
    (ProgramIndexPage, ("nos-programmes", "our-programs"), ("Nos programmes", "Our programs")),
    (
        DiseaseIndexPage,
        ("les-cancers-de-lenfant", "childhood-cancers"),
        ("Les cancers de l'enfant", "Childhood cancers"),
    ),
    (PartnerIndexPage, ("nos-partenaires", "our-partners"), ("Nos partenaires", "Our partners")),
    (EventIndexPage, ("evenements", "events"), ("Événements", "Events")),
    (StandardPage, ("qui-sommes-nous", "about-us"), ("Qui sommes-nous", "About us")),
]


class Command(BaseCommand):
    help = "Fill an empty site with many made-up programs, diseases, partners and events."

    def add_arguments(self, parser):
        parser.add_argument("--programs", type=int, default=200)
        parser.add_argument("--diseases", type=int, default=40)
        parser.add_argument("--partners", type=int, default=100)
        parser.add_argument("--events", type=int, default=300)
        parser.add_argument("--images", type=int, default=40)
        parser.add_argument("--people", type=int, default=80)

    def handle(self, *args, **options):
        if ProgramPage.objects.exists():
            raise CommandError("The site already has programs: run this on an empty database.")
        self.random = random.Random(2011)
        with transaction.atomic():
            self.seed(options)
        purge_all()

    def seed(self, options):
        self.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        self.homes = {
            code: HomePage.objects.get(locale=locale) for code, locale in self.locales.items()
        }
        images = self.images(options["images"])
        indexes = self.indexes()
        people = self.people(options["people"], images)
        diseases = self.pages(
            indexes[DiseaseIndexPage], options["diseases"], self.disease, images=images
        )
        partners = self.pages(
            indexes[PartnerIndexPage], options["partners"], self.partner, images=images
        )
        programs = self.pages(
            indexes[ProgramIndexPage], options["programs"], self.program, images=images
        )
        self.link_programs(programs, diseases, partners, people)
        self.pages(indexes[EventIndexPage], options["events"], self.event, images=images)
        self.testimonials(programs, people)
        for code, home in self.homes.items():
            for order, program in enumerate(programs[code][:3]):
                HomePageFeaturedProgram.objects.create(
                    home_page=home, program=program, sort_order=order
                )
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.donation_url = "https://dons.example.org/imagine-for-margo"
        site_settings.contact_email = "contact@example.org"
        site_settings.save()
        self.stdout.write(
            f"{len(programs['fr'])} programs, {len(diseases['fr'])} diseases, "
            f"{len(partners['fr'])} partners and {options['events']} events "
            f"in {len(LANGUAGES)} languages, {len(images)} images."
        )

    def text(self, language, words):
        vocabulary = WORDS[language].split()
        start = self.random.randrange(len(vocabulary))
        picked = [vocabulary[(start + n) % len(vocabulary)] for n in range(words)]
        return " ".join(picked).capitalize().rstrip(",") + "."

    def body(self, language):
        return [
            {"type": "heading", "value": self.text(language, 4)},
            {"type": "paragraph", "value": f"<p>{self.text(language, 60)}</p>"},
            {"type": "paragraph", "value": f"<p>{self.text(language, 45)}</p>"},
        ]

    def images(self, count):
        collection = Collection.get_first_root_node()
        image_model = get_image_model()
        images = []
        for number in range(count):
            picture = PillowImage.new("RGB", (1600, 900), COLOURS[number % len(COLOURS)])
            draw = ImageDraw.Draw(picture)
            for shape in range(6):
                x, y = self.random.randrange(1600), self.random.randrange(900)
                size = self.random.randrange(150, 500)
                colour = COLOURS[(number + shape + 1) % len(COLOURS)]
                draw.ellipse((x - size, y - size, x + size, y + size), fill=colour)
            data = io.BytesIO()
            picture.save(data, "JPEG", quality=80)
            images.append(
                image_model.objects.create(
                    title=f"Illustration {number + 1}",
                    description=f"Illustration abstraite {number + 1}",
                    collection=collection,
                    file=ImageFile(data, name=f"illustration-{number + 1}.jpg"),
                )
            )
        return images

    def indexes(self):
        indexes = {}
        for model, slugs, titles in INDEXES:
            translations = {}
            for position, code in enumerate(LANGUAGES):
                page = model(title=titles[position], slug=slugs[position], show_in_menus=True)
                page.locale = self.locales[code]
                if code != LANGUAGES[0]:
                    page.translation_key = translations[LANGUAGES[0]].translation_key
                translations[code] = self.homes[code].add_child(instance=page)
            indexes[model] = translations
        return indexes

    def pages(self, indexes, count, build, images):
        """``count`` pages under each language's index, translations of each other."""
        created = {code: [] for code in LANGUAGES}
        for number in range(count):
            translation_key = None
            for code in LANGUAGES:
                page = build(number, code)
                page.locale = self.locales[code]
                if translation_key:
                    page.translation_key = translation_key
                if hasattr(page, "hero_image_id"):
                    page.hero_image = images[number % len(images)]
                indexes[code].add_child(instance=page)
                translation_key = page.translation_key
                created[code].append(page)
        return created

    def disease(self, number, language):
        category = list(DiseaseCategory)[number % len(DiseaseCategory)]
        name = f"{'Tumeur' if language == 'fr' else 'Tumour'} {number + 1}"
        return DiseasePage(
            title=name,
            slug=f"{'tumeur' if language == 'fr' else 'tumour'}-{number + 1}",
            category=category,
            summary=self.text(language, 30),
            share_of_childhood_cancers=f"{number % 12 + 1} %",
            incidence=self.text(language, 6),
            location=self.text(language, 2),
            body=self.body(language),
        )

    def partner(self, number, language):
        kind = list(PartnerKind)[number % len(PartnerKind)]
        title = f"{'Institut' if language == 'fr' else 'Institute'} {number + 1}"
        return PartnerPage(
            title=title,
            slug=f"{'institut' if language == 'fr' else 'institute'}-{number + 1}",
            short_name=f"I{number + 1}",
            kind=kind,
            country="France",
            partner_since=2011 + number % 14,
            summary=self.text(language, 20),
            description=f"<p>{self.text(language, 50)}</p>",
        )

    def program(self, number, language):
        start_year = 2012 + number % 13
        status = list(ProgramStatus)[number % len(ProgramStatus)]
        return ProgramPage(
            title=f"{'Programme' if language == 'fr' else 'Program'} P{number + 1}",
            slug=f"{'programme' if language == 'fr' else 'program'}-p{number + 1}",
            acronym=f"P{number + 1}",
            full_title=self.text(language, 10),
            summary=self.text(language, 22)[:300],
            kind=list(ProgramKind)[number % len(ProgramKind)],
            status=status,
            start_year=start_year,
            end_year=start_year + 3 if status == ProgramStatus.COMPLETED else None,
            patients_included=50 + number * 7,
            therapies_tested=number % 9,
            centres_count=number % 30 + 1,
            headline_result=self.text(language, 4),
            body=self.body(language),
        )

    def event(self, number, language):
        days = (number - 150) * 5
        start = timezone.now().replace(hour=18, minute=0, second=0, microsecond=0)
        start += datetime.timedelta(days=days)
        kind = list(EventKind)[number % len(EventKind)]
        return EventPage(
            title=f"{kind.label} {number + 1}",
            slug=f"{'evenement' if language == 'fr' else 'event'}-{number + 1}",
            kind=kind,
            summary=self.text(language, 20),
            start=start,
            end=start + datetime.timedelta(hours=2),
            venue_name="Gustave Roussy",
            venue_address="114 rue Édouard-Vaillant, 94800 Villejuif",
            body=self.body(language),
        )

    def people(self, count, images):
        people = {code: [] for code in LANGUAGES}
        for number in range(count):
            french = Person.objects.create(
                locale=self.locales["fr"],
                honorific="Dr",
                name=f"Claire Martin {number + 1}",
                role="Pédiatre oncologue",
                photo=images[number % len(images)],
            )
            english = Person.objects.create(
                locale=self.locales["en"],
                translation_key=french.translation_key,
                honorific="Dr",
                name=french.name,
                role="Paediatric oncologist",
                photo=french.photo,
            )
            people["fr"].append(french)
            people["en"].append(english)
        return people

    def link_programs(self, programs, diseases, partners, people):
        """Every program studies one to three diseases, has a lead, an institution and grants."""
        for code in LANGUAGES:
            links, leads, institutions, grants = [], [], [], []
            for number, program in enumerate(programs[code]):
                for order in range(1 + number % 3):
                    disease = diseases[code][(number + order * 7) % len(diseases[code])]
                    links.append(ProgramDisease(program=program, disease=disease, sort_order=order))
                leads.append(
                    ProgramInvestigator(
                        program=program, person=people[code][number % len(people[code])]
                    )
                )
                partner = partners[code][number % len(partners[code])]
                institutions.append(ProgramInstitution(program=program, partner=partner))
                for order in range(1 + number % 2):
                    grants.append(
                        FundingGrant(
                            program=program,
                            locale_id=program.locale_id,
                            year=program.start_year + order,
                            amount_eur=Decimal(20_000 + number * 1_000),
                            sort_order=order,
                        )
                    )
            ProgramDisease.objects.bulk_create(links)
            ProgramInvestigator.objects.bulk_create(leads)
            ProgramInstitution.objects.bulk_create(institutions)
            FundingGrant.objects.bulk_create(grants)

    def testimonials(self, programs, people):
        for number in range(min(12, len(programs["fr"]), len(people["fr"]))):
            translation_key = None
            for code in LANGUAGES:
                testimonial = Testimonial(
                    locale=self.locales[code],
                    quote=self.text(code, 25),
                    person=people[code][number],
                    program=programs[code][number],
                    show_on_home_page=number < 4,
                )
                if translation_key:
                    testimonial.translation_key = translation_key
                testimonial.save()
                translation_key = testimonial.translation_key
