"""Shows named after their hosts: 'the ABC News program, "This Week With David Brinkley,"', 'the
syndicated television program, "John McLaughlin: One on One"'. A name met only inside the quoted title
of a show (the quote right after a noun for a show) names the show, not a person of the article; a
host who is in the story is named outside the title too. So is a name before a word or number that
ends a show's name with no quotes ("The Rachel Maddow Show", "Jimmy Kimmel Live", "Anderson Cooper 360"),
and one before a lower-case noun for a show ("BBC Radio 2's Jeremy Vine show")."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson
from newsfold.extract.people.lexicon import POSSESSIVE_S, SHOW_NAME_TAILS, SHOW_NOUNS
from newsfold.extract.people.lineups import lineup_starts

_OPEN = ('"', "“")
_CLOSE = ('"', "”")
# How far a title's quotes may stand from the name inside it, in tokens.
_TITLE_REACH = 8


def in_show_title(doc: Doc, start: int, end: int) -> bool:
    """Is the mention inside quotes that open right after a noun for a show, maybe past a comma
    ('the program, "Meet the Press,"'), and close within the sentence?"""
    sent = doc[start].sent
    opening = next((i for i in range(start - 1, max(sent.start, start - _TITLE_REACH) - 1, -1)
                    if doc[i].text in _OPEN + _CLOSE), None)
    if opening is None or doc[opening].text not in _OPEN:
        return False
    if not any(doc[i].text in _CLOSE for i in range(end, min(sent.end, end + _TITLE_REACH))):
        return False
    before = opening - 1
    if before >= sent.start and doc[before].text == ",":
        before -= 1
    return before >= sent.start and doc[before].pos_ == "NOUN" and doc[before].lemma_.lower() in SHOW_NOUNS


def in_show_name(doc: Doc, start: int, end: int) -> bool:
    """Is the mention followed by a word ending a show's name ("Show", "Live") or by a three-digit number
    ("Anderson Cooper 360"; a year has four digits, an age two)?"""
    if end >= len(doc) or doc[end].is_space or doc[end - 1].whitespace_ == "":
        return False
    tail = doc[end].text
    if tail not in SHOW_NAME_TAILS and not (tail.isdigit() and len(tail) == 3):
        return False
    return start not in lineup_starts(doc)  # a substitute and the minute he came on: "Hyde (Pitman 105)"


def drop_show_named_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people met only inside the titles of shows."""
    for person in people:
        if person.mentions and all(in_show_title(doc, s, e) or in_show_name(doc, s, e)
                                    for s, e in person.mentions):
            person.mentions = []


def in_show_noun_phrase(doc: Doc, start: int, end: int) -> bool:
    """Is the mention the name of a show written before a lower-case noun for a show, after "the" or an
    owner ("BBC Radio 2's Jeremy Vine show", "the Jimmy Young programme")?"""
    if start < 1 or end >= len(doc):
        return False
    noun = doc[end]
    return (noun.text.islower() and noun.lemma_ in SHOW_NOUNS and doc[end - 1].head.i == end
            and (doc[start - 1].lower_ == "the" or doc[start - 1].text in POSSESSIVE_S))


def drop_show_noun_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people met only as the names of shows before a noun for a show: the tracker
    lists the host only when the article names him outside the show's name."""
    for person in people:
        if person.mentions and all(in_show_noun_phrase(doc, s, e) for s, e in person.mentions):
            person.mentions = []
