"""Names the same disease or treatment goes by, across French, English and common usage.

Families search with the name their doctor used, researchers with the acronym,
and English speakers with either spelling: a query naming one of these finds
pages that use any of the others.
"""

import re
import unicodedata

SYNONYMS = [
    (
        "DIPG",
        "gliome infiltrant du tronc cérébral",
        "diffuse intrinsic pontine glioma",
        "gliome diffus de la ligne médiane",
        "diffuse midline glioma",
    ),
    ("Wilms", "nephroblastoma", "néphroblastome", "Wilms tumour", "Wilms tumor"),
    ("leukaemia", "leukemia", "leucémie"),
    ("ALL", "acute lymphoblastic leukaemia", "leucémie aiguë lymphoblastique"),
    ("AML", "acute myeloid leukaemia", "leucémie aiguë myéloïde"),
    ("CAR-T", "CAR T-cells", "lymphocytes CAR-T", "cellules CAR-T"),
    ("neuroblastoma", "neuroblastome"),
    ("medulloblastoma", "médulloblastome"),
    ("retinoblastoma", "rétinoblastome"),
    ("hepatoblastoma", "hépatoblastome"),
    ("osteosarcoma", "ostéosarcome"),
    ("rhabdomyosarcoma", "rhabdomyosarcome"),
    ("Ewing sarcoma", "sarcome d'Ewing", "Ewing's sarcoma"),
    ("sarcoma", "sarcome"),
    ("lymphoma", "lymphome"),
    ("glioma", "gliome"),
    ("brain tumour", "brain tumor", "tumeur cérébrale"),
    ("tumour", "tumor", "tumeur"),
    ("childhood cancer", "paediatric cancer", "pediatric cancer", "cancer de l'enfant"),
    ("immunotherapy", "immunothérapie"),
    ("clinical trial", "essai clinique"),
    ("precision medicine", "médecine de précision"),
    ("sequencing", "séquençage"),
    (
        "faire un don",
        "donate",
        "don déductible",
        "dons déductibles",
        "réduction d'impôt",
        "déduction fiscale",
        "tax deduction",
        "tax deductible",
        "tax relief",
    ),
]

# Acronyms that are also everyday words ("all") only count when typed in capitals.
CASE_SENSITIVE = {"ALL", "AML"}
MAX_VARIANTS = 12
WORD = re.compile(r"\w+")


def _fold(word):
    """Lower case, no accents, no plural s: "Leucémies" and "leucemie" compare equal."""
    decomposed = unicodedata.normalize("NFKD", word)
    word = "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()
    return word[:-1] if len(word) > 3 and word.endswith(("s", "x")) else word


def _words(text):
    return list(WORD.finditer(text))


def _term_words(term):
    """The words a term is matched by: as typed for the case-sensitive acronyms, folded
    otherwise."""
    words = [m.group() for m in _words(term)]
    return tuple(words) if term in CASE_SENSITIVE else tuple(_fold(word) for word in words)


# Each group's terms, longest first (so "Wilms tumour" is replaced whole, not just
# "Wilms"), with the words that match them, folded once rather than at every search.
TERMS = [
    [
        (term, term in CASE_SENSITIVE, _term_words(term))
        for term in sorted(group, key=len, reverse=True)
    ]
    for group in SYNONYMS
]


def _find(term_words, words, query_words):
    """Where the words of a term occur among the query's ``words``, as (start, end)
    character offsets in the query, or None."""
    size = len(term_words)
    for index in range(len(words) - size + 1):
        if tuple(words[index : index + size]) == term_words:
            return query_words[index].start(), query_words[index + size - 1].end()
    return None


def expand(query):
    """The query and its rewordings with each known synonym, the query itself first."""
    variants = [query]
    query_words = _words(query)
    as_typed = [m.group() for m in query_words]
    folded = [_fold(word) for word in as_typed]
    for group, terms in zip(SYNONYMS, TERMS, strict=True):
        for term, case_sensitive, term_words in terms:
            span = _find(term_words, as_typed if case_sensitive else folded, query_words)
            if span is None:
                continue
            start, end = span
            for synonym in group:
                if synonym != term:
                    variants.append(f"{query[:start]}{synonym}{query[end:]}")
            break
    unique = list(dict.fromkeys(variants))
    return unique[:MAX_VARIANTS]
