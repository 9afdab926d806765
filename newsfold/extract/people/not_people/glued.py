"""Page furniture glued to names: a liveblog's comment widget runs names and buttons together ("Jen
BenderyFlagShareLikeReplyPaige Lavender"). No name has a word with two inner capitals after small letters
("McDonald", "VandeHei", "KellyAnne" have one; hyphenated halves count apart: "MacDonald-McKay")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson

_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def is_glued(text: str) -> bool:
    """Does a word of the name hold two or more capitals right after small letters?"""
    return any(len(_INNER_CAPITAL.findall(word)) >= 2 for word in re.split(r"[\s\-]+", text))


def drop_glued_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people every mention of whom is glued to page furniture."""
    for person in people:
        if person.mentions and all(is_glued(doc[s:e].text) for s, e in person.mentions):
            person.mentions = []
