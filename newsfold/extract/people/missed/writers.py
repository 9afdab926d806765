"""Writers the model tags ORG or LAW because it knows no given name in their initials ("the original
book by PL Travers", "JRR Tolkien's book"): the written work before or after the name vouches for it."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsfold.extract.people.forms import Form
from newsfold.extract.people.layout import in_headline_or_credit
from newsfold.extract.people.lexicon import POSSESSIVE_S, WRITING_NOUNS
from newsfold.extract.people.resources import is_english_word, is_place_name
from newsfold.nlp.doc_text import doc_text

_INITIALS = re.compile(r"[A-Z]{2,3}")
_LABELS = frozenset({"ORG", "LAW", "PRODUCT", "WORK_OF_ART"})


def _credited_for_writing(doc: Doc, i: int) -> bool:
    """Is token i the object of "by" after a written work, or the possessive before one?"""
    head = doc[i].head
    if doc[i].dep_ == "pobj" and head.lower_ == "by":
        return head.head.lemma_.lower() in WRITING_NOUNS
    return doc[i].dep_ == "poss" and head.lemma_.lower() in WRITING_NOUNS


def writer_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """Initials and a surname in an entity of another label, credited with a written work."""
    if "mislabelled" not in rules:
        return []
    text = doc_text(doc)
    forms = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        end = ent.end - 1 if ent[-1].text in POSSESSIVE_S else ent.end
        if end - ent.start != 2:
            continue
        initials, surname = doc[ent.start], doc[end - 1]
        if not _INITIALS.fullmatch(initials.text) or not (surname.is_alpha and surname.is_title):
            continue
        if is_english_word(surname.text) or is_place_name(surname.text):
            continue
        if not _credited_for_writing(doc, end - 1):
            continue
        span = doc[ent.start:end]
        if in_headline_or_credit(text, span.start_char, span.end_char, rules):
            continue
        forms.append(Form(ent.start, end, span.text))
    return forms
