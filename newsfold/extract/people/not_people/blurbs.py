"""Reporters who present a video or radio piece in its blurb: "The CBC's Richard Cuthbertson tells
us about a growing concern", "CBC's Rosemary Barton reports.", "The National's Adrienne Arsenault
takes a look". The tracker lists no such people: they present the story, nobody in it. Evidence in
the sentence: an organisation owns the name ("The CBC's"), and a presenting verb in the present tense
follows it; a person named anywhere else in the article stays."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson
from newsfold.extract.people.lexicon import BLURB_VERB_OBJECTS, OUTLET_LABELS, POSSESSIVES


def presents_a_piece(doc: Doc, start: int, end: int) -> bool:
    """Is the mention at [start, end) an outlet's reporter presenting a piece ("The CBC's Richard
    Cuthbertson tells us", "CBC's Rosemary Barton reports.")? The owner must be an organisation,
    the verb a present-tense presenting verb with its own short complement (or nothing)."""
    if start < 2 or end >= len(doc) or doc[start - 1].text not in POSSESSIVES:
        return False
    owner = doc[start - 2]
    if owner.ent_type_ not in OUTLET_LABELS:
        return False
    verb = doc[end]
    if verb.tag_ != "VBZ":
        return False
    objects = BLURB_VERB_OBJECTS.get(verb.lower_)
    if objects is None:
        return False
    after = doc[end + 1].lower_ if end + 1 < len(doc) else "."
    return not objects or after in objects


def drop_blurb_presenters(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people whom the article names only as presenters of a piece."""
    for person in people:
        if person.mentions and all(presents_a_piece(doc, s, e) for s, e in person.mentions):
            person.mentions = []
