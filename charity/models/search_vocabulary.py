"""The site's own words, per language, from which a misspelt search is corrected.

Each live page contributes the words of its title and names (acronym, other
names, full title); the synonym table contributes the names diseases and
treatments go by. A page's words are replaced when it is published and dropped
when it is unpublished or deleted, so the vocabulary never suggests a word no
visitor can find. On PostgreSQL close words are found with pg_trgm's similarity
through a trigram index; elsewhere difflib compares the language's words in memory.
"""

import difflib
import re
import unicodedata

from django.db import DatabaseError, connection, models, transaction
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

# Words shorter than this are too often right as typed ("don", "car") to correct.
MIN_WORD_LENGTH = 4
# pg_trgm's similarity (shared trigrams over all trigrams) below which a word is not offered.
MIN_SIMILARITY = 0.3
NAME_FIELDS = ("title", "acronym", "other_names", "full_title")
WORD = re.compile(r"\w+")


def fold(text):
    """Lower case without accents: the form words are compared in."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def words_of(text):
    """{folded word: word as written, lower case} of the words worth correcting towards."""
    found = {}
    for word in WORD.findall(text or ""):
        if len(word) >= MIN_WORD_LENGTH and not word.isdigit():
            found.setdefault(fold(word), word.lower())
    return found


class SearchTerm(models.Model):
    """One word of the site, in one language, with the page it comes from (none for
    words of the synonym table)."""

    language_code = models.CharField(_("language"), max_length=8)
    word = models.CharField(_("word, folded"), max_length=100)
    spelling = models.CharField(_("word as written"), max_length=100)
    page = models.ForeignKey(
        Page, verbose_name=_("page"), null=True, blank=True, on_delete=models.CASCADE
    )

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        indexes = [
            models.Index(fields=["language_code", "word"], name="charity_searchterm_lang_word")
        ]

    def __str__(self):
        return self.spelling


def language_of(page):
    return page.locale.language_code.split("-")[0]


def page_words(page):
    page = page.specific_deferred if type(page) is Page else page
    text = " ".join(str(getattr(page, name, "") or "") for name in NAME_FIELDS)
    return words_of(text)


def index_page(page):
    """Replace the words a page contributes with those it has now, if it is live."""
    SearchTerm.objects.filter(page_id=page.pk).delete()
    if not page.live:
        return
    language = language_of(page)
    SearchTerm.objects.bulk_create(
        SearchTerm(
            language_code=language, word=word[:100], spelling=spelling[:100], page_id=page.pk
        )
        for word, spelling in page_words(page).items()
    )


def forget_page(page):
    SearchTerm.objects.filter(page_id=page.pk).delete()


def index_synonyms(groups, languages):
    """The synonym table's words, in every language: a French name typed on the
    English site is still worth correcting towards."""
    SearchTerm.objects.filter(page__isnull=True).delete()
    words = {}
    for group in groups:
        for term in group:
            words.update(words_of(term))
    SearchTerm.objects.bulk_create(
        SearchTerm(language_code=language, word=word[:100], spelling=spelling[:100])
        for language in languages
        for word, spelling in words.items()
    )


def rebuild(groups, languages):
    """Every live page's words and the synonyms', from scratch."""
    SearchTerm.objects.all().delete()
    index_synonyms(groups, languages)
    for page in Page.objects.live().specific().select_related("locale").iterator():
        index_page(page)


def close_words(language, words):
    """{word: the site's closest word, as written} for each of `words` not in the
    vocabulary that has a close one; one query."""
    candidates = sorted({fold(word) for word in words if len(word) >= MIN_WORD_LENGTH})
    if not candidates:
        return {}
    closest = None
    if connection.vendor == "postgresql":
        # Without the pg_trgm extension (not created where the database user may not).
        try:
            with transaction.atomic():
                closest = _closest_on_postgresql(language, candidates)
        except DatabaseError:
            closest = None
    if closest is None:
        closest = _closest_in_memory(language, candidates)
    return {
        word: closest[fold(word)]
        for word in words
        if fold(word) in closest and fold(closest[fold(word)]) != fold(word)
    }


def _closest_on_postgresql(language, candidates):
    table = SearchTerm._meta.db_table
    # The `%` operator (similarity above pg_trgm.similarity_threshold, 0.3) is what
    # the trigram index answers; a word found as typed wins with a similarity of 1.
    sql = f"""
        SELECT DISTINCT ON (typed.word) typed.word, term.spelling
        FROM unnest(%s::text[]) AS typed(word)
        JOIN {table} AS term ON term.language_code = %s AND term.word %% typed.word
        WHERE similarity(term.word, typed.word) >= %s
        ORDER BY typed.word, similarity(term.word, typed.word) DESC, term.word
    """  # noqa: S608 - the table name is the model's own
    with connection.cursor() as cursor:
        cursor.execute(sql, [candidates, language, MIN_SIMILARITY])
        return dict(cursor.fetchall())


def _closest_in_memory(language, candidates):
    vocabulary = dict(
        SearchTerm.objects.filter(language_code=language).values_list("word", "spelling")
    )
    closest = {}
    for word in candidates:
        if word in vocabulary:
            closest[word] = vocabulary[word]
            continue
        match = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.8)
        if match:
            closest[word] = vocabulary[match[0]]
    return closest


def keep_up_to_date():
    """Follow publishing: a page's words change when it is published, go when it is
    unpublished (deleting a page deletes its rows)."""
    from wagtail.signals import page_published, page_unpublished

    uid = "charity.search_vocabulary"
    page_published.connect(
        lambda instance, **kwargs: index_page(instance), weak=False, dispatch_uid=f"{uid}.pub"
    )
    page_unpublished.connect(
        lambda instance, **kwargs: forget_page(instance), weak=False, dispatch_uid=f"{uid}.unpub"
    )
