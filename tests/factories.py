"""Factories for the charity's content.

Page factories create live pages in French by default. Index pages go under the French
home page; detail pages go under their index (created on first use) unless given a
``parent``.
"""

import datetime
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Collection, Locale

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from charity.models import (
    ContactFormField,
    ContactPage,
    DonatePage,
    EventIndexPage,
    EventKind,
    EventLanguage,
    EventPage,
    EventSpeaker,
    HomePage,
    Person,
    StandardPage,
    Testimonial,
)
from diseases.models import DiseaseCategory, DiseaseIndexPage, DiseasePage
from partners.models import PartnerIndexPage, PartnerKind, PartnerPage
from programs.models import (
    FundingGrant,
    FundingPage,
    ProgramDisease,
    ProgramIndexPage,
    ProgramInstitution,
    ProgramInvestigator,
    ProgramKind,
    ProgramPage,
    ProgramStatus,
)


def french_home_page():
    return HomePage.objects.get(locale__language_code="fr")


def index_under_home(index_factory):
    """The French home page's index of this kind, created the first time it is needed."""

    def get_or_create():
        home = french_home_page()
        model = index_factory._meta.model
        existing = model.objects.child_of(home).first()
        return existing or index_factory(parent=home)

    return factory.LazyFunction(get_or_create)


class ImageFactory(wagtail_factories.ImageFactory):
    # The root collection, rather than a new root per image as wagtail-factories does.
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Illustration {n}")
    file = factory.django.ImageField(width=1200, height=630, color="#e4007c")


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person

    honorific = "Dr."
    name = factory.Sequence(lambda n: f"Claire Martin {n}")
    role = "Pédiatre oncologue"


class TestimonialFactory(DjangoModelFactory):
    # Its name starts with "Test": keep pytest from collecting it from importing modules.
    __test__ = False

    class Meta:
        model = Testimonial

    quote = factory.Sequence(lambda n: f"Chaque avancée compte pour les enfants ({n}).")
    person = factory.SubFactory(PersonFactory)
    show_on_home_page = True


class BasePageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True

    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    live = True


class ProgramIndexPageFactory(BasePageFactory):
    class Meta:
        model = ProgramIndexPage

    title = "Nos programmes"
    parent = factory.LazyFunction(french_home_page)


class DiseaseIndexPageFactory(BasePageFactory):
    class Meta:
        model = DiseaseIndexPage

    title = "Les cancers de l'enfant"
    parent = factory.LazyFunction(french_home_page)


class PartnerIndexPageFactory(BasePageFactory):
    class Meta:
        model = PartnerIndexPage

    title = "Nos partenaires"
    parent = factory.LazyFunction(french_home_page)


class EventIndexPageFactory(BasePageFactory):
    class Meta:
        model = EventIndexPage

    title = "Événements"
    parent = factory.LazyFunction(french_home_page)


class StandardPageFactory(BasePageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"À propos {n}")
    intro = "Qui nous sommes."
    parent = factory.LazyFunction(french_home_page)


class DonatePageFactory(BasePageFactory):
    class Meta:
        model = DonatePage

    title = "Faire un don"
    intro = "Chaque don finance la recherche contre les cancers de l'enfant."
    parent = factory.LazyFunction(french_home_page)


class ContactPageFactory(BasePageFactory):
    """A contact page asking a name, an e-mail address and a message; pass ``fields`` as
    a list of (label, field type) to ask something else."""

    class Meta:
        model = ContactPage
        skip_postgeneration_save = True

    title = "Nous écrire"
    intro = "Une question ? Écrivez-nous."
    subject = "Message du site"
    parent = factory.LazyFunction(french_home_page)

    @factory.post_generation
    def fields(page, create, fields, **kwargs):
        if fields is None:
            fields = [("Nom", "singleline"), ("E-mail", "email"), ("Message", "multiline")]
        for order, (label, field_type) in enumerate(fields):
            ContactFormField.objects.create(
                page=page, label=label, field_type=field_type, sort_order=order
            )


class FundingPageFactory(BasePageFactory):
    class Meta:
        model = FundingPage

    title = "Où va l'argent"
    intro = "Les financements de l'association, programme par programme."
    parent = factory.LazyFunction(french_home_page)


class DiseasePageFactory(BasePageFactory):
    class Meta:
        model = DiseasePage

    title = factory.Sequence(lambda n: f"Neuroblastome {n}")
    category = DiseaseCategory.SOLID_TUMOUR
    summary = "Un cancer du système nerveux sympathique, fréquent chez le jeune enfant."
    parent = index_under_home(DiseaseIndexPageFactory)


class PartnerPageFactory(BasePageFactory):
    class Meta:
        model = PartnerPage

    title = factory.Sequence(lambda n: f"Institut de recherche {n}")
    short_name = factory.Sequence(lambda n: f"IR{n}")
    kind = PartnerKind.SCIENTIFIC_PARTNER
    summary = "Un partenaire scientifique de l'association."
    partner_since = 2012
    parent = index_under_home(PartnerIndexPageFactory)


class ProgramPageFactory(BasePageFactory):
    """A program; pass ``diseases``, ``investigators``, ``institutions`` or ``recommended_by``
    as lists to link it, and ``grants`` as a list of amounts to give it a funding ledger."""

    class Meta:
        model = ProgramPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Programme {n}")
    acronym = factory.Sequence(lambda n: f"PRG{n}")
    summary = "Séquencer les tumeurs des enfants pour leur proposer un traitement ciblé."
    kind = ProgramKind.GENOMIC_SEQUENCING
    status = ProgramStatus.ONGOING
    start_year = 2016
    parent = index_under_home(ProgramIndexPageFactory)

    @factory.post_generation
    def diseases(program, create, diseases, **kwargs):
        for order, disease in enumerate(diseases or []):
            ProgramDisease.objects.create(program=program, disease=disease, sort_order=order)

    @factory.post_generation
    def investigators(program, create, people, **kwargs):
        for order, person in enumerate(people or []):
            ProgramInvestigator.objects.create(program=program, person=person, sort_order=order)

    @factory.post_generation
    def institutions(program, create, partners, **kwargs):
        for order, partner in enumerate(partners or []):
            ProgramInstitution.objects.create(program=program, partner=partner, sort_order=order)

    @factory.post_generation
    def recommended_by(program, create, partners, **kwargs):
        if partners:
            program.recommended_by.set(partners)
            program.save()

    @factory.post_generation
    def grants(program, create, amounts, **kwargs):
        for order, amount in enumerate(amounts or []):
            FundingGrantFactory(program=program, amount_eur=Decimal(amount), sort_order=order)


class FundingGrantFactory(DjangoModelFactory):
    """A line of a funding ledger; pass ``co_funders`` as a list of partner pages."""

    class Meta:
        model = FundingGrant
        skip_postgeneration_save = True

    program = factory.SubFactory(ProgramPageFactory)
    year = 2020
    amount_eur = Decimal("100000.00")
    note = "Rapport annuel"

    @factory.post_generation
    def co_funders(grant, create, partners, **kwargs):
        if partners:
            grant.co_funders.set(partners)
            grant.save()


class EventPageFactory(BasePageFactory):
    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Colloque scientifique {n}")
    kind = EventKind.CONFERENCE
    summary = "Chercheurs et familles font le point sur la recherche."
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=3))
    venue_name = "Gustave Roussy"
    venue_address = "114 rue Édouard-Vaillant, 94800 Villejuif"
    is_free = True
    language = EventLanguage.FRENCH
    parent = index_under_home(EventIndexPageFactory)

    @factory.post_generation
    def speakers(event, create, people, **kwargs):
        for order, person in enumerate(people or []):
            EventSpeaker.objects.create(event=event, person=person, sort_order=order)


def publish_translation(page, language_code="en", **changes):
    """Translate a page as wagtail-localize does (a copy whose links still point at the
    source-language objects), translating its ancestors first, and publish it."""
    locale = Locale.objects.get(language_code=language_code)
    parent = page.get_parent().specific
    if not parent.has_translation(locale):
        publish_translation(parent, language_code)
    translation = page.specific.copy_for_translation(locale)
    for name, value in changes.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk)
