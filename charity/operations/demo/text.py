"""Bilingual text and body blocks for the demo content.

French is the source language of the site: every text is written in French first and
carries its English version next to it, so that the two never drift apart.

Paragraphs are HTML in Wagtail's rich-text format. A link to another page of the demo
content is written ``[[program:biomede|BIOMEDE]]`` and becomes a link to that page in the
language being written, once the page exists.
"""

import re
from dataclasses import dataclass

# French typography: no line break inside "2 000", before % : ; ? ! » nor after «.
FRENCH_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}\b)")
FRENCH_HIGH_PUNCTUATION = re.compile(r" (?=[%:;?!»])|(?<=«) ")
NARROW_NO_BREAK_SPACE = "\u202f"
NO_BREAK_SPACE = "\u00a0"


def french_typography(text):
    text = FRENCH_THOUSANDS.sub(NARROW_NO_BREAK_SPACE, text)
    return FRENCH_HIGH_PUNCTUATION.sub(NO_BREAK_SPACE, text)


@dataclass(frozen=True)
class T:
    """One text in French and in English."""

    fr: str
    en: str

    def __call__(self, language):
        if language == "fr":
            return french_typography(self.fr)
        return self.en


EMPTY = T("", "")


def localized(value, language):
    """A T in the given language; any other value is the same in both languages."""
    if isinstance(value, T):
        return value(language)
    if isinstance(value, dict):
        return {key: localized(item, language) for key, item in value.items()}
    return value


@dataclass(frozen=True)
class Block:
    """One block of a body stream, its value given in both languages."""

    type: str
    value: object

    def raw(self, language):
        return {"type": self.type, "value": localized(self.value, language)}


def heading(fr, en):
    return Block("heading", T(fr, en))


def paragraph(fr, en):
    return Block("paragraph", T(fr, en))


def key_result(figure, label, detail=None):
    """A figure (the same in both languages, or a T), what it measures and its context."""
    return Block("key_result", {"figure": figure, "label": label, "detail": detail or ""})


def quote(text, attribution, role=None):
    return Block("quote", {"quote": text, "attribution": attribution, "role": role or ""})


def figure(value, label):
    """A partner's key figure (a FigureBlock) or a disease's key fact."""
    return {"value": value, "label": label}
