"""Businesses named in the possessive with nothing owned after it: "Bally's, Caesars, Harrah's and Trump
Taj Mahal reported declines", "Harrah's by 4.3 percent" (casinos, shops, restaurants: "at McDonald's").
A person's possessive owns something ("Trump's campaign"); a one-word name whose every mention is a
bare possessive is a business."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson, drop_untitled_people_where
from newsfold.extract.people.lexicon import BARE_POSSESSIVE_FOLLOWERS, POSSESSIVE_S


def bare_possessive(doc: Doc, start: int, end: int) -> bool:
    """Is the one-word mention a possessive followed by punctuation, a preposition or a conjunction, not
    by what it owns? "Kasich's and Rubio's campaigns" share the noun: no business."""
    if end - start != 1 or end >= len(doc) or doc[end].text not in POSSESSIVE_S:
        return False
    if end + 1 >= len(doc):
        return True
    after = doc[end + 1]
    if after.pos_ == "CCONJ":
        return not any(t.text in POSSESSIVE_S for t in doc[end + 2:end + 6])
    return after.is_punct or after.pos_ in BARE_POSSESSIVE_FOLLOWERS


def drop_business_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less one-word names whose every mention is a bare possessive."""
    drop_untitled_people_where(doc, people, bare_possessive)
