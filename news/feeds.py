"""The news feeds of each language: RSS 2.0 and Atom, each article in full."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import format_html
from django.utils.translation import gettext

from wagtail.models import Site


class RssWithContent(Rss201rev2Feed):
    """RSS 2.0 with each article's full text in <content:encoded>."""

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content:encoded", item["content"])


class AtomWithContent(Atom1Feed):
    """Atom with each article's full text in <content type="html">."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content", item["content"], {"type": "html"})


def tag_uri(article, request):
    """A stable id (RFC 4151): it stays when the article's title, slug or address change."""
    site = Site.find_for_request(request)
    host = site.hostname if site else request.get_host().split(":")[0]
    # The day it first went live never changes; a page made outside the editor has none.
    date = f"{(article.first_published_at or article.date):%Y-%m-%d}"
    return f"tag:{host},{date}:article:{article.translation_key}:{article.locale.language_code}"


class ArticlesFeed(Feed):
    """The latest articles of a news index, in its language."""

    feed_type = RssWithContent
    author_name = "Imagine for Margo"

    def __call__(self, request, index):
        self.request = request
        return super().__call__(request, index=index)

    def get_object(self, request, index):
        return index

    def title(self, index):
        return f"{index.title} · Imagine for Margo"

    def link(self, index):
        return index.get_full_url(self.request)

    def feed_url(self, index):
        return self.request.build_absolute_uri()

    def description(self, index):
        return index.intro or gettext("The latest news of Imagine for Margo.")

    def items(self, index):
        return index.feed_articles()

    def item_title(self, article):
        return article.title

    def item_link(self, article):
        return article.get_full_url(self.request)

    def item_description(self, article):
        return article.summary

    def item_pubdate(self, article):
        # The date visitors read on the article.
        return timezone.make_aware(datetime.datetime.combine(article.date, datetime.time.min))

    def item_updateddate(self, article):
        return article.last_published_at or self.item_pubdate(article)

    def item_guid(self, article):
        return tag_uri(article, self.request)

    item_guid_is_permalink = False

    def item_categories(self, article):
        return [article.get_kind_display()]

    def item_author_name(self, article):
        names = [person.full_name for person in article.author_people()]
        return ", ".join(names) or None

    def item_extra_kwargs(self, article):
        return {"content": full_text(article, self.request)}


def full_text(article, request):
    """The article as HTML: summary, image and body, links made absolute."""
    body = str(article.body.render_as_block({"request": request}))
    base = request.build_absolute_uri("/").rstrip("/")
    body = body.replace('href="/', f'href="{base}/').replace('src="/', f'src="{base}/')
    image = ""
    if article.hero_image:
        rendition = article.hero_image.get_rendition("width-800|format-jpeg")
        url = request.build_absolute_uri(rendition.url)
        image = format_html('<p><img src="{}" alt=""></p>', url)
    return format_html("<p>{}</p>{}", article.summary, image) + body


class ArticlesRssFeed(ArticlesFeed):
    feed_type = RssWithContent


class ArticlesAtomFeed(ArticlesFeed):
    feed_type = AtomWithContent
    subtitle = ArticlesFeed.description
