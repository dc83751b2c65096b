"""A headless Chromium driven by Playwright against the live server, and a small bilingual
site with one page of every public type to point it at.

The system Chromium is used (Playwright's own download does not work on these machines);
without it, every browser test is skipped.
"""

import datetime
import mimetypes
import os
import shutil
import threading
import time
from importlib import import_module
from pathlib import Path
from types import SimpleNamespace

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify

from wagtail.models import Collection, Locale, Page, Site
from wagtail.users.models import UserProfile

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    # Nothing but the live server is ever looked up: a page that reaches out fails.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]

MOBILE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
NARROWEST = {"width": 320, "height": 640}

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="session")
def chromium():
    """One browser for the whole run.

    Playwright's sync API keeps an asyncio loop running in the main thread from here to
    the end of the run, which Django's ORM takes for async code: the browser tests run
    last (see tests/conftest.py) and are allowed to use the ORM beside it.
    """
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def plain_http():
    """The live server speaks plain HTTP: its middleware, loaded once when it starts, must
    not redirect to HTTPS (the other settings of production stay)."""
    with override_settings(SECURE_SSL_REDIRECT=False):
        yield


@pytest.fixture(scope="session")
def live_server(plain_http, live_server):
    return live_server


@pytest.fixture(scope="session")
def axe_source():
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()


def serve_media(route):
    """Uploaded images, which the live server does not serve, from the test's MEDIA_ROOT."""
    from urllib.parse import unquote, urlsplit

    relative = unquote(urlsplit(route.request.url).path).removeprefix(settings.MEDIA_URL)
    path = Path(settings.MEDIA_ROOT) / relative
    if not path.resolve().is_relative_to(Path(settings.MEDIA_ROOT).resolve()) or not path.is_file():
        route.fulfill(status=404)
        return
    route.fulfill(
        status=200,
        body=path.read_bytes(),
        content_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream",
    )


@pytest.fixture
def open_context(chromium, live_server):
    """``open_context(viewport=..., java_script_enabled=...)``: a fresh browser context on the
    live server, closed after the test."""
    contexts = []

    def open_context(viewport=DESKTOP, **options):
        context = chromium.new_context(base_url=live_server.url, viewport=viewport, **options)
        context.set_default_timeout(10_000)
        context.route(f"**{settings.MEDIA_URL}**", serve_media)
        contexts.append(context)
        return context

    yield open_context
    for context in contexts:
        context.close()
    wait_for_live_server_requests()


def wait_for_live_server_requests(seconds=10):
    """Let the live server finish the requests it is still answering after the browser
    closed (an admin page pings its editing session every few seconds): one still running
    while the tables are flushed deadlocks PostgreSQL, or it runs under the next test's
    settings."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(
        # socketserver answers each connection in a thread named after this method.
        thread.name.endswith("(process_request_thread)")
        for thread in threading.enumerate()
    ):
        time.sleep(0.05)


class BrowserProblems:
    """Console errors, uncaught exceptions and Content-Security-Policy violations of a page."""

    def __init__(self, page):
        self.errors = []
        self.csp_violations = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append(f"uncaught: {error}"))

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.csp_violations.append(message.text)
        elif message.type == "error":
            self.errors.append(f"{message.text} ({message.location.get('url')})")

    def clear(self):
        self.errors.clear()
        self.csp_violations.clear()


@pytest.fixture
def problems_of():
    return BrowserProblems


def axe_violations(page, axe_source):
    """axe-core's WCAG 2.2 A and AA violations on the page, one line each."""
    # Evaluated rather than added as a <script>, which the site's CSP would refuse.
    page.evaluate(axe_source)
    results = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        AXE_TAGS,
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in results["violations"]
    ]


@pytest.fixture
def axe(axe_source):
    return lambda page: axe_violations(page, axe_source)


# The site


def ensure_home_pages():
    """The locales, root collection, home pages and default site that the migrations create
    and the live server's flush deletes."""
    from charity.models import HomePage

    french, _ = Locale.objects.get_or_create(language_code="fr")
    english, _ = Locale.objects.get_or_create(language_code="en")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=french))
    home = HomePage.objects.filter(locale=french).first()
    if home is None:
        home = root.add_child(
            instance=HomePage(title="Accueil", slug="home", locale=french, live=True)
        )
    if not home.has_translation(english):
        home.copy_for_translation(english).save_revision().publish()
    Site.objects.get_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


def body(*paragraphs, heading=None):
    blocks = [("heading", heading)] if heading else []
    blocks += [("paragraph", f"<p>{text}</p>") for text in paragraphs]
    blocks.append(
        (
            "key_result",
            {"figure": "40 %", "label": "des enfants", "detail": "ont une cible thérapeutique."},
        )
    )
    blocks.append(
        ("quote", {"quote": "La recherche avance.", "attribution": "Patricia", "role": "Mère"})
    )
    return blocks


@pytest.fixture
def site(live_server):
    """One live page of every public type, in French and translated into English.

    ``site.urls[language][page_type]`` gives each page's path.
    """
    from charity.models import HomePage, HomePageFeaturedProgram, SiteSettings
    from programs.models import ProgramStatus
    from tests.factories import (
        ContactPageFactory,
        DiseaseIndexPageFactory,
        DiseasePageFactory,
        DonatePageFactory,
        EventIndexPageFactory,
        EventPageFactory,
        FundingPageFactory,
        ImageFactory,
        PartnerIndexPageFactory,
        PartnerPageFactory,
        PersonFactory,
        ProgramIndexPageFactory,
        ProgramPageFactory,
        StandardPageFactory,
        TestimonialFactory,
        publish_translation,
    )
    from tests.news.factories import ArticlePageFactory

    home = ensure_home_pages()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.donation_url = "https://don.imagineformargo.example/"
    site_settings.contact_email = "contact@imagineformargo.example"
    site_settings.save()

    # The sections of the main menu, which their pages go under.
    for index_factory in (
        ProgramIndexPageFactory,
        DiseaseIndexPageFactory,
        EventIndexPageFactory,
        PartnerIndexPageFactory,
    ):
        index_factory(show_in_menus=True)
    neuroblastoma = DiseasePageFactory(
        title="Neuroblastome", body=body("Le neuroblastome touche le jeune enfant.")
    )
    DiseasePageFactory(title="Gliome infiltrant du tronc cérébral")
    institute = PartnerPageFactory(title="Gustave Roussy", short_name="GR")
    investigator = PersonFactory(name="Birgit Geoerger")
    program = ProgramPageFactory(
        title="Séquencer les tumeurs des enfants",
        acronym="MAPPYACTS",
        hero_image=ImageFactory(title="Un laboratoire de recherche"),
        body=body("Le programme séquence les tumeurs en rechute.", heading="Objectifs"),
        diseases=[neuroblastoma],
        investigators=[investigator],
        institutions=[institute],
        grants=["150000", "250000"],
    )
    ProgramPageFactory(title="Immunothérapie", acronym="BEACON", status=ProgramStatus.COMPLETED)
    event = EventPageFactory(
        title="Colloque de la recherche",
        start=timezone.now() + datetime.timedelta(days=20),
        speakers=[investigator],
    )
    about = StandardPageFactory(
        title="À propos",
        show_in_menus=True,
        body=body("L'association finance la recherche.", heading="Histoire"),
    )
    donate = DonatePageFactory()
    donate.example_programs.create(program=program, what_a_gift_funds="Séquencer une tumeur.")
    donate.save_revision().publish()
    funding = FundingPageFactory()
    contact = ContactPageFactory()
    legal_notice = StandardPageFactory(
        title="Mentions légales", body=body("[À compléter : hébergeur.]", heading="Hébergeur")
    )
    privacy = StandardPageFactory(
        title="Politique de confidentialité",
        body=body("Ce site ne dépose aucun cookie de suivi.", heading="Cookies"),
    )
    site_settings.legal_notice_page = legal_notice
    site_settings.privacy_page = privacy
    site_settings.save()
    article = ArticlePageFactory(
        title="Rapport annuel : des survivants à long terme",
        kind="yearly-report",
        hero_image=ImageFactory(title="Une chercheuse au microscope"),
        body=body("Huit enfants sont les premiers survivants à long terme.", heading="BIOMEDE"),
        about=[program, neuroblastoma],
    )
    TestimonialFactory(quote="Grâce à la recherche, notre fille va mieux.")
    # Read again: publishing the copy read before its children were added would save it
    # as childless, and its pages would no longer be found.
    home = HomePage.objects.get(pk=home.pk)
    HomePageFeaturedProgram.objects.create(home_page=home, program=program, sort_order=0)
    home.save_revision().publish()

    pages = {
        "home": home,
        "standard": about,
        "program_index": program.get_parent(),
        "program": program,
        "disease_index": neuroblastoma.get_parent(),
        "disease": neuroblastoma,
        "event_index": event.get_parent(),
        "event": event,
        "partner_index": institute.get_parent(),
        "partner": institute,
        "donate": donate,
        "funding": funding,
        "contact": contact,
        "legal_notice": legal_notice,
        "privacy": privacy,
        "news_index": article.get_parent(),
        "article": article,
    }
    english_titles = {
        "standard": "About",
        "program_index": "Research programs",
        "program": "Sequencing children's tumours",
        "disease_index": "Childhood cancers",
        "disease": "Neuroblastoma",
        "event_index": "Events",
        "event": "Research seminar",
        "partner_index": "Partners",
        "donate": "Donate",
        "funding": "Where the money goes",
        "contact": "Contact us",
        "legal_notice": "Legal notice",
        "privacy": "Privacy policy",
        "news_index": "News",
        "article": "Yearly report: long-term survivors",
    }
    english_home = home.get_translation(Locale.objects.get(language_code="en"))
    translations = {"home": english_home}
    for page_type, page in pages.items():
        if page_type != "home":
            existing = page.get_translation_or_none(english_home.locale)
            title = english_titles.get(page_type, page.title)
            translations[page_type] = existing or publish_translation(
                page, title=title, slug=slugify(title)
            )
    urls = {
        "fr": {page_type: page.url for page_type, page in pages.items()},
        "en": {page_type: page.url for page_type, page in translations.items()},
    }
    for language, query in (("fr", "neuroblastome"), ("en", "neuroblastoma")):
        with translation.override(language):
            urls[language]["search"] = f"{reverse('search')}?q={query}"
    for language in urls:
        urls[language]["not_found"] = f"/{language}/no-such-page/"
    return SimpleNamespace(urls=urls, program=program, article=article, live_server=live_server)


# Staff: the admin as the charity's editors, moderators and administrators use it.

STAFF_PASSWORD = "margo-relecture-2026"
STAFF_GROUPS = {"editor": "Editors", "moderator": "Moderators", "administrator": "Administrators"}
STAFF_FIRST_NAMES = {"editor": "Emma", "moderator": "Marc", "administrator": "Alice"}


@pytest.fixture
def staff_roles(live_server):
    """The groups with their real permissions and the "Moderators approval" workflow on
    both home pages, as charity/migrations/0005 makes them: the flush removed them."""
    ensure_home_pages()
    roles = import_module("charity.migrations.0005_editorial_roles_and_moderation")
    roles.create_roles(apps, None)
    two_factor = import_module(
        "charity.migrations.0012_two_factor_for_moderators_and_administrators"
    )
    two_factor.require_two_factor(apps, None)


@pytest.fixture
def staff(staff_roles):
    """``staff("editor", language="fr")``: a member of the role's group (editor, moderator,
    administrator) whose admin is in that language, signing in with ``STAFF_PASSWORD``."""

    def member(role, language="fr"):
        username = f"{STAFF_FIRST_NAMES[role].lower()}-{language}"
        user = get_user_model().objects.create_user(
            username=username,
            email=f"{username}@imagineformargo.example",
            password=STAFF_PASSWORD,
            first_name=STAFF_FIRST_NAMES[role],
            last_name="Durand",
        )
        user.groups.add(Group.objects.get(name=STAFF_GROUPS[role]))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        return user

    return member


def authenticator_code(device):
    """The code the person's authenticator app shows now; the next period's once this one's
    was used, as the app shows a few seconds later (django-otp accepts one period either
    side, each code once)."""
    from django_otp.oath import TOTP

    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    while totp.t() <= device.last_t:
        totp.drift += 1
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def sign_in(open_context):
    """``sign_in(user)``: a page of a browser of that person's own, signed in to the admin
    through its log-in form and showing the dashboard.

    Whoever must sign in with a second factor (Moderators, Administrators) gets an
    authenticator device and types its code.
    """
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from charity.platform.two_factor import two_factor_required

    def sign_in(user):
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is None and two_factor_required(user):
            device = TOTPDevice.objects.create(user=user, name="Téléphone", confirmed=True)
        page = open_context().new_page()
        page.goto(reverse("wagtailadmin_login"))
        page.locator("input[name=username]").fill(user.get_username())
        page.locator("input[name=password]").fill(STAFF_PASSWORD)
        page.locator("form button[type=submit]").click()
        if device is not None:
            page.wait_for_url(f"**{reverse('wagtail_2fa_auth')}**")
            page.locator("input[name=otp_token]").fill(authenticator_code(device))
            page.locator("form.login-form button[type=submit]").click()
        page.wait_for_url(f"**{reverse('wagtailadmin_home')}")
        return page

    return sign_in


@pytest.fixture
def page_cache_in_redis(settings, shared_redis):
    """Whole pages and shared fragments kept in Redis, as in production."""
    settings.PAGE_CACHE = True
    settings.FRAGMENT_CACHE = True


# End of the staff section.
