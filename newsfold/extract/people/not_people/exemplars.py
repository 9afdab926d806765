"""Names used as a type, not for the person: "who will be the next James Bond", "to become the first
black James Bond", "I'm not going to be the Mr Nasty of books". The name is the complement of "be"
or "become" with an article before it and only type-making modifiers between ("next", "first", a
plain honorific before an "of" phrase); "it was the late Jim Flaherty who" names him. And characters
naming a franchise: "the 21st James Bond film", "Harry Potter film co-star" (names_a_franchise). And a
kin title after an indefinite article: "called her an Aunt Tom", "an Uncle Tom" (kin_type)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.forms import honorific_before
from newsfold.extract.people.inventory import LocalPerson, fullest_mentions
from newsfold.extract.people.lexicon import (
    COPULAS,
    FRANCHISE_NOUNS,
    INDEFINITE_ARTICLES,
    KIN_TITLES,
    PLAIN_HONORIFICS,
    SCREEN_WORKS,
    TYPE_ARTICLES,
    TYPE_MODIFIERS,
)


def used_as_type(doc: Doc, start: int, end: int) -> bool:
    """Is the mention at [start, end) a name standing for a type ("the next James Bond")?"""
    head = doc[end - 1]
    if head.dep_ != "attr" or head.head.lemma_ not in COPULAS:
        return False
    k = start - 1
    honorific = honorific_before(doc, start) in PLAIN_HONORIFICS
    if honorific:
        k -= 1
    modifiers = []
    while k >= 0 and doc[k].pos_ == "ADJ" and k < doc[k].head.i <= head.i:  # "first" may hang on "black"
        modifiers.append(doc[k].lower_)
        k -= 1
    if k < 0 or doc[k].lower_ not in TYPE_ARTICLES:
        return False
    if honorific and not modifiers:
        return end < len(doc) and doc[end].lower_ == "of"  # "the Mr Nasty of books"
    return bool(modifiers) and modifiers[-1] in TYPE_MODIFIERS  # the first word after the article


def kin_type(doc: Doc, start: int) -> bool:
    """Is the mention after "a"/"an" and a kin title ("an Aunt Tom", "an ''Uncle Tom''"): a type of person?"""
    if start < 2 or doc[start - 1].text not in KIN_TITLES:
        return False
    k = start - 2
    if doc[k].is_quote and k > 0:
        k -= 1
    return doc[k].lower_ in INDEFINITE_ARTICLES


def names_a_franchise(doc: Doc, start: int, end: int) -> bool:
    """Does the mention modify a franchise's noun right after it ("the 21st James Bond film", "his Harry
    Potter film co-star", "James Bond fans")? Not when a title follows the noun: "Nicolas Cage movie
    National Treasure", "the Tom Hanks movie ''Bridge of Spies''" credit an actor; a film itself only
    before a noun of its own: "the Mike Leigh film" is his."""
    after = doc[end] if end < len(doc) else None
    if after is None or not after.text.islower() or after.lemma_ not in FRANCHISE_NOUNS \
            or doc[end - 1].dep_ not in ("compound", "nmod"):
        return False
    title = doc[end + 1] if end + 1 < len(doc) else None
    if after.lemma_ in SCREEN_WORKS:  # "34 John Wayne films", "the Mike Leigh film" are a maker's works
        return title is not None and title.text.islower() and title.pos_ == "NOUN"  # "film co-star", "film soundtrack"
    return title is None or not (title.text[:1].isupper() or title.is_quote)  # is_quote covers "''", "``"


def drop_type_named_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people whose fullest mentions all stand for a type or name a franchise (a
    real person named so is named plainly too)."""
    for person in people:
        fullest = fullest_mentions(person)
        if fullest and all(used_as_type(doc, s, e) or names_a_franchise(doc, s, e) or kin_type(doc, s)
                           for s, e in fullest):
            person.mentions = []
