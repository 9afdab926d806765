"""Teams and firms the model takes for people when they own a player: "Aston Villa's Thomas
Hitzlsperger is waiting ... Hitzlsperger's current deal". A name whose every full mention is a possessive
right before a full name that the article names again on its own is the player's club, not a person."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson, fullest_mentions, is_titled
from newsfold.extract.people.lexicon import POSSESSIVES


def _owns_a_named_person(doc: Doc, end: int, starts: dict[int, int], people: list[LocalPerson]) -> bool:
    """Is the mention ending at `end` a possessive right before the full name of a person whom the
    article also names elsewhere, not after a possessive?"""
    if end + 1 >= len(doc) or doc[end].text not in POSSESSIVES:
        return False
    owned = starts.get(end + 1)
    if owned is None:
        return False
    mentions = people[owned].mentions
    full = next((e - s for s, e in mentions if s == end + 1), 0)
    return full >= 2 and any(s != end + 1 and (s == 0 or doc[s - 1].text not in POSSESSIVES)
                             for s, _ in mentions)


def drop_owner_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of names of two words or more whose full mentions are all owners of a named
    person (shorter ones may be anything: "remain at Villa"), and of untitled, role-less one-word names
    whose every mention is ("Dido and Coldplay's Chris Martin"; "Mr Blair's Alastair Campbell" is Blair)."""
    starts = {s: p for p, person in enumerate(people) for s, _ in person.mentions}
    for person in people:
        fullest = fullest_mentions(person)
        if not fullest or (fullest[0][1] - fullest[0][0] < 2 and (person.roles or is_titled(doc, person))):
            continue
        if all(_owns_a_named_person(doc, e, starts, people) for _, e in fullest):
            person.mentions = []
