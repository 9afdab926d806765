"""Other names of one person in an article: "Jay-Z, real name Shawn Carter", "Moya, nicknamed
Charly". The other name joins the person named just before it and never becomes the person's name."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson, move_as_alias
from newsfold.extract.people.lexicon import ALIAS_CUE_OPENERS, ALIAS_CUES


def _cue_before(doc: Doc, start: int) -> int | None:
    """Token index where an alias cue ending right before `start` begins (with the comma or bracket
    before it), or None."""
    for cue in ALIAS_CUES:
        begin = start - len(cue)
        if begin > 0 and tuple(t.lower_ for t in doc[begin:start]) == cue:
            return begin - 1 if doc[begin - 1].text in ALIAS_CUE_OPENERS else begin
    return None


def merge_aliases(doc: Doc, people: list[LocalPerson]) -> None:
    """Move the mentions of a person first named right after an alias cue that follows another
    person's mention to that person, as an alias form (see `LocalPerson.alias_forms`). Only a person
    named by that one form moves: "Mr. Bush, known as Jeb" with "Jeb Bush" elsewhere is left whole,
    so that its fuller name stays a name."""
    owner_ending = {e: p for p, person in enumerate(people) for _, e in person.mentions}
    for b, person in enumerate(people):
        if not person.mentions:
            continue
        first = min(person.mentions)
        cue = _cue_before(doc, first[0])
        a = owner_ending.get(cue) if cue is not None else None
        if a is None or a == b or not people[a].mentions:
            continue
        if len({doc[s:e].text for s, e in person.mentions}) > 1:
            continue
        move_as_alias(person, people[a], person.forms)
