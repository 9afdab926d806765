"""Firms the model takes for people when they employ one: "Paul Myers, chief executive of Wippit", "Mike
McGuire, a research director at Gartner". A one-word name that is the object of "of" or "at" after a post in
a firm names the firm: a person is no post's "of" ("the chief executive of Smith" is said of no one), and a
person so named in passing is named in full too, which keeps them. So is a one-word name owned in shares ("buy
33% of Changyu", "its stake in Changyu"): nobody is bought by the percent."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfold.extract.people.inventory import (
    LocalPerson,
    drop_one_word_people_where,
    drop_untitled_people_where,
    fullest_mentions,
    untitled_people,
)
from newsfold.extract.people.lexicon import (
    EMPLOYER_POSTS,
    EMPLOYER_PREPOSITIONS,
    PERCENT_WORDS,
    STAKE_NOUNS,
    STAKE_PREPOSITIONS,
)


def preposition_over(doc: Doc, start: int, end: int, prepositions: tuple[str, ...]) -> Token | None:
    """The preposition, one of `prepositions`, of which the one-word mention is the object."""
    if end - start != 1:
        return None
    token = doc[start]
    return token.head if token.dep_ == "pobj" and token.head.lower_ in prepositions else None


def _preposition_right_before(doc: Doc, start: int, end: int, prepositions: tuple[str, ...]) -> Token | None:
    """The preposition, one of `prepositions`, right before the mention (of any length) of which the
    mention's last word is the object."""
    head = doc[end - 1]
    prep = head.head
    return prep if head.dep_ == "pobj" and prep.lower_ in prepositions and prep.i == start - 1 else None


def _a_share(owned: Token) -> bool:
    """Is the token a share of what it owns: a stake noun, "%" or a percentage ("33% of", "a stake in")?"""
    return owned.lower_ in STAKE_NOUNS or owned.text == "%" or owned.ent_type_ == "PERCENT"


def employs_a_post(doc: Doc, start: int, end: int) -> bool:
    """Is the one-word mention the object of "of"/"at" hanging on a post ("chief executive of Wippit")?"""
    prep = preposition_over(doc, start, end, EMPLOYER_PREPOSITIONS)
    return prep is not None and prep.head.lower_ in EMPLOYER_POSTS and prep.head.i < prep.i


def drop_employer_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of one-word, untitled people of which a mention employs a post."""
    drop_one_word_people_where(doc, people, employs_a_post)


def owned_in_shares(doc: Doc, start: int, end: int) -> bool:
    """Is the one-word mention the object of "of"/"in" hanging on a share of it ("33% of Changyu", "a stake
    in Changyu", "shares of Gencorp")?"""
    prep = preposition_over(doc, start, end, STAKE_PREPOSITIONS)
    if prep is None:
        return False
    owned = prep.head
    return owned.i < prep.i and _a_share(owned)


def drop_stake_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of one-word, untitled people of which a mention is owned in shares."""
    drop_one_word_people_where(doc, people, owned_in_shares)


def _owned_whole(doc: Doc, start: int, end: int) -> bool:
    """Is the mention, of any length, the object of "of"/"in" hanging on a share of it ("100 pct of Ora
    Banda", "a stake in Kongsberg Vaapenfabrikk")?"""
    prep = _preposition_right_before(doc, start, end, STAKE_PREPOSITIONS)
    if prep is None:
        return False
    owned = prep.head
    return owned.i < start and (_a_share(owned) or owned.lower_ in PERCENT_WORDS)


def drop_owned_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less people whose fullest mentions are all owned in shares: a
    name of several words so owned is a firm or a mine (nobody is bought by the percent)."""
    drop_untitled_people_where(doc, people, _owned_whole)


def _of_a_person(doc: Doc, start: int, end: int, person_ends: frozenset[int]) -> bool:
    """Is the mention the object of an "of" or "at" right after a person's name of two words or more
    ("Chris Callies of Dean Witter said")?"""
    prep = _preposition_right_before(doc, start, end, EMPLOYER_PREPOSITIONS)
    return prep is not None and prep.head.i == prep.i - 1 and prep.i - 1 in person_ends


def drop_firm_of_person_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less people whose fullest mentions all follow another
    person's full name and "of"/"at": "Chris Callies of Dean Witter", "John Ing at Maison Placements"
    name the firm the person speaks for (a firm named after its founder); nobody is "of" a person."""
    for person in untitled_people(doc, people):
        person_ends = frozenset(e - 1 for other in people if other is not person
                                for s, e in other.mentions if e - s >= 2)
        if all(_of_a_person(doc, s, e, person_ends) for s, e in fullest_mentions(person)):
            person.mentions = []
