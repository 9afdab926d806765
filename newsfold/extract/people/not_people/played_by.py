"""Characters the model takes for people when the article says who plays them in a bracket or after a comma:
"her grandmother Madea (one of three roles played by Perry)", "Dot Cotton (played by June Brown)", "Mike
Baxter, portrayed by Allen". The "played by" names the actor; the name before it is the part, not a person
of the article."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson
from newsfold.extract.people.lexicon import PLAYED_BY_VERBS

_BRACKET_REACH = 12  # tokens looked at inside the bracket: a note on the part, not a sentence


def bracket_names_its_player(doc: Doc, start: int, end: int) -> bool:
    """Is the mention followed right away by a bracket that says "played by" (or "portrayed by", "voiced
    by") before it closes?"""
    if end >= len(doc) or doc[end].text != "(":
        return False
    inside = doc[end + 1:min(len(doc), end + 1 + _BRACKET_REACH)]
    for i, token in enumerate(inside):
        if token.text == ")":
            return False
        if token.lemma_.lower() in PLAYED_BY_VERBS and token.tag_ == "VBN" and i + 1 < len(inside) \
                and inside[i + 1].lower_ == "by":
            return True
    return False


def comma_names_its_player(doc: Doc, start: int, end: int) -> bool:
    """Is the mention followed by a comma and "played by" / "portrayed by" ("family patriarch Mike Baxter,
    portrayed by Allen")?"""
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lemma_.lower() in PLAYED_BY_VERBS \
        and doc[end + 1].tag_ == "VBN" and doc[end + 2].lower_ == "by"


def drop_played_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people of whom a mention is followed by a bracket or a comma naming who plays them."""
    for person in people:
        if any(bracket_names_its_player(doc, s, e) or comma_names_its_player(doc, s, e) for s, e in person.mentions):
            person.mentions = []
