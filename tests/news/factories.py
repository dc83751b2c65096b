"""Factories of the news pages: live French pages under the French home page."""

import datetime

from django.utils.text import slugify

import factory
import wagtail_factories

from news.kinds import ArticleKind
from news.models import ABOUT_FIELDS, ArticleAuthor, ArticlePage, NewsIndexPage
from tests.factories import french_home_page, index_under_home


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Actualités"
    slug = "actualites"
    live = True
    parent = factory.LazyFunction(french_home_page)


class ArticlePageFactory(wagtail_factories.PageFactory):
    """An article; pass ``programs``, ``diseases``, ``partners``, ``events`` or ``authors``
    as lists to link it."""

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Une avancée de la recherche {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    live = True
    date = datetime.date(2025, 3, 14)
    kind = ArticleKind.RESEARCH_NEWS
    summary = "Ce que les chercheurs ont découvert cette année."
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Le séquençage des tumeurs ouvre des pistes.</p>")]
    )
    parent = index_under_home(NewsIndexPageFactory)

    @factory.post_generation
    def authors(article, create, people, **kwargs):
        for order, person in enumerate(people or []):
            ArticleAuthor.objects.create(article=article, person=person, sort_order=order)

    @factory.post_generation
    def about(article, create, pages, **kwargs):
        """Link the article to these programs, diseases, partners and events."""
        if not pages:
            return
        for page in pages:
            name = ABOUT_FIELDS[page._meta.label_lower]
            getattr(article, name).add(page)
        article.save()
