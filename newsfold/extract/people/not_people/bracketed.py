"""Works and clubs the model takes for people when they stand in a bracket after someone's name: "Fellow
nominees include Imelda Staunton (Vera Drake), Natalie Press (My Summer of Love)", "B Jackman (Connacht)". A
bracket right after a person's full name gives that person's film, club, party or short form; a name met
there is no second person of the article (a real name in a bracket joins its stage name as an alias first).
After one word the bracket may give a character's actor ("Sylvia (Kate Winslet)"): those are kept."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson, fullest_mentions
from newsfold.extract.people.not_people.acronyms import alone_in_brackets


def _bracketed_after(doc: Doc, start: int, end: int, ends: set[int]) -> bool:
    """Is the mention alone in a bracket that opens right after one of `ends` (another person's full name)?"""
    return (start - 1) in ends and alone_in_brackets(doc, start, end)


def drop_bracketed_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of people of whom a fullest mention stands alone in a bracket after another
    person's full name."""
    for person in people:
        if not person.mentions:
            continue
        # after a full name only: "Sylvia (Kate Winslet)" gives a one-word character's actor, who stays
        ends = {e for other in people if other is not person for s, e in other.mentions if e - s > 1}
        # fullest mentions only: "Jeb (Bush)" completes a given name in a quote; Laura Bush is no work
        if any(_bracketed_after(doc, s, e, ends) for s, e in fullest_mentions(person)):
            person.mentions = []
