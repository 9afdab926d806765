"""Misspelt surnames: "said Kudja" in an article about Jarek Kujda, "Analyst Telzerow" after Dennis Telzrow,
"Mr Mukerjee" after Pranab Mukherjee. A one-word person whose word is one letter dropped, added or two letters
swapped from the surname of one person named in full is that person (a letter changed is another
name: "Jonas" is no "Jones")."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.coordinated_groups import coordinated_group
from newsfold.extract.people.inventory import LocalPerson, fullest_mentions, move_as_alias, named_by_one_word
from newsfold.extract.people.lineups import lineup_starts

_MIN_LETTERS = 5  # shorter words are one edit from too many names ("Gate", "Kim")


def one_slip_apart(a: str, b: str) -> bool:
    """Are the words one letter dropped or added, or two neighbouring letters swapped, apart?"""
    if a == b:
        return False
    if abs(len(a) - len(b)) == 1:
        short, long = sorted((a, b), key=len)
        return any(long[:i] + long[i + 1:] == short for i in range(len(long)))
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def merge_misspelt_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Move the mentions of a one-word person whose word is one slip from the surname of one person
    named in full to that person, as an alias form (never the person's name); drop them when that
    surname is several people's."""
    surnames = [(person, doc[e - 1].text.lower()) for person in people
                for s, e in fullest_mentions(person)[:1] if e - s >= 2]
    for person in people:
        words = {doc[s:e].text for s, e in person.mentions}
        if not named_by_one_word(person) or len(words) != 1:
            continue
        word = next(iter(words))
        if len(word) < _MIN_LETTERS or not word.isalpha():
            continue
        if any(len(coordinated_group(doc, s)) > 1 or s in lineup_starts(doc) for s, _ in person.mentions):
            continue  # "Sheahan, Horan, O'Callaghan" beside Shane Horgan: a list names others alike
        slips = [(p, surname) for p, surname in surnames if p is not person and surname[:1] == word[:1].lower()
                 and one_slip_apart(word.lower(), surname)]
        if len({surname for _, surname in slips}) != 1:
            continue
        if len(slips) > 1:  # "Kudja" beside Jarek and Malgorzata Kujda: one of them, which is not told
            person.mentions = []
            continue
        move_as_alias(person, slips[0][0], [word])
