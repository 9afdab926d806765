"""Famous fictional characters named as if people: "featuring James Bond initially", "a superteam
consisting of Batman, Superman and Wonder Woman". Nothing around such a name tells it from a person's,
so the names themselves are listed (lexicon.FICTIONAL_CHARACTERS)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson
from newsfold.extract.people.lexicon import FICTIONAL_CHARACTERS
from newsfold.extract.people.names import fold


def is_fictional(name: str) -> bool:
    """Is the name, folded (which also collapses its spaces and hyphens), that of a famous fictional character?"""
    return fold(name) in FICTIONAL_CHARACTERS


def drop_fictional_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people whose name is a famous fictional character's."""
    for person in people:
        if person.mentions and is_fictional(person.full_name or person.name):
            person.mentions = []
