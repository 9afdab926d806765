"""Things named after people: "I went to the Bobby Charlton school", "30 pct of the Ok Tedi gold-copper
project", "a stake in the small Liu Chong Hing Bank", "the Netsky, Bagle and MyDoom mass mailers". A name
(or a list of names) that only modifies such a noun, after the noun phrase's determiner or opening the
thing's capitalised name ("Sir John A. Macdonald Secondary School"), names the thing."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfold.extract.people.inventory import LocalPerson
from newsfold.extract.people.lexicon import NAMED_FOR_HEADS

DETERMINERS = ("det", "poss")


def _first_conjunct(doc: Doc, start: int, end: int) -> tuple[int, Token]:
    """The start and head of the first name of the list the name belongs to ("Netsky" for "Bagle" in
    "the Netsky, Bagle and MyDoom mass mailers"); the name itself when it is in no list."""
    head = doc[end - 1]
    while head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ == "PROPN":
        head = head.head
    first = min(start, head.i)
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == head.i:
        first -= 1
    return first, head


def names_a_thing(doc: Doc, start: int, end: int) -> bool:
    """Does the name, or the list it is in, modify a noun of NAMED_FOR_HEADS after it (through other
    nouns: "the Netsky and Sasser virus families"), in a noun phrase whose determiner comes before it?"""
    first, head = _first_conjunct(doc, start, end)
    if head.dep_ not in ("compound", "nmod") or head.head.i < end:
        return False
    noun = head.head
    while noun.lower_ not in NAMED_FOR_HEADS and noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.lower_ not in NAMED_FOR_HEADS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    between = doc[end:noun.i]
    if not noun.text.islower():
        # "Liu Chong Hing Bank", "Sir John A. Macdonald Secondary School": the name opens the thing's own
        # name, whatever comes before it; "the Tom Hanks movie Bridge of Spies" is his
        return all(t.pos_ in ("PROPN", "ADJ", "NOUN") and t.text[:1].isupper() for t in between)
    if any(t.pos_ not in ("NOUN", "PROPN", "ADJ", "PUNCT", "CCONJ") for t in between):
        return False  # the noun must follow the name (or its list) within its phrase
    top = noun
    while top.dep_ == "compound" and top.head.i > top.i:
        top = top.head
    return any(c.dep_ in DETERMINERS and c.i < first for c in top.children)


def drop_named_for_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of role-less people all of whose mentions name a thing (see `names_a_thing`):
    a title may open the thing's name ("Sir John A. Macdonald Secondary School"), and "Mr Blair said"
    beside "the Tony Blair Foundation" keeps him."""
    for person in people:
        if person.mentions and not person.roles and all(names_a_thing(doc, s, e) for s, e in person.mentions):
            person.mentions = []
