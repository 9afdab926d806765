"""Two-word stage names the model tags as a work or a firm, or leaves untagged ("starring rapper Ja Rule",
"rapper Fat Joe"): a person noun of the arts or sport compounded right before the pair vouches for it."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.form_filters import reject_form
from newsfold.extract.people.forms import Form
from newsfold.extract.people.layout import in_headline_or_credit
from newsfold.extract.people.lexicon import STAGE_NAME_NOUNS
from newsfold.nlp.doc_text import doc_text

# Labels a stage name may wrongly get; a PERSON is found already, a place or a group is none.
STAGE_PAIR_LABELS = ("", "ORG", "WORK_OF_ART", "PRODUCT")


def _pair_at(doc: Doc, i: int) -> bool:
    """Are tokens i and i+1 two capitalised proper nouns, one entity of STAGE_PAIR_LABELS (or none), with
    no capitalised word after them, and a lower-case person noun compounded right before them?"""
    if i < 1 or i + 2 > len(doc):
        return False
    first, last, noun = doc[i], doc[i + 1], doc[i - 1]
    if not all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in (first, last)):
        return False
    if first.ent_type_ != last.ent_type_ or first.ent_type_ not in STAGE_PAIR_LABELS \
            or (first.ent_type_ and (first.ent_iob_ != "B" or last.ent_iob_ != "I")):
        return False
    after = doc[i + 2] if i + 2 < len(doc) else None
    if after is not None and (after.ent_iob_ == "I" or (after.pos_ == "PROPN" and after.text[:1].isupper())):
        return False  # a longer name: "rapper Ja Rule Jr", "singer Franz Ferdinand Tour"
    return noun.text.islower() and noun.lower_ in STAGE_NAME_NOUNS and noun.dep_ == "compound" \
        and noun.head.i in (i, i + 1)


def stage_pair_forms(doc: Doc, rules: frozenset[str]) -> list[Form]:
    """Two-word names a person noun vouches for (see the module's note)."""
    if "relations" not in rules:
        return []
    text = doc_text(doc)
    forms = []
    for i in range(1, len(doc) - 1):
        if not _pair_at(doc, i):
            continue
        span = doc[i:i + 2]
        if in_headline_or_credit(text, span.start_char, span.end_char, rules):
            continue
        if reject_form(doc, i, i + 2, span.text, rules):
            continue
        forms.append(Form(i, i + 2, span.text))
    return forms
