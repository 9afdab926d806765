"""Firms named after people, known by the firms they are listed with: "Co-leads are Midland Bank SA
and Samuel Montagu", "Donaldson Lufkin, Salomon Brothers and Mabon Nugent co-managed the issue". A
name coordinated with a company's name (one ending in a corporate suffix or a firm's trade) in every
one of its fullest mentions, and never given a title or a role, is a firm too. So is a work named like
a person, listed with works: "box office hits Vera Drake, Calendar Girls and Enduring Love"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfold.extract.people.coordinated_groups import listed_with, listed_with_no_person
from newsfold.extract.people.inventory import LocalPerson, drop_untitled_people_where
from newsfold.extract.people.lexicon import (
    COMPANY_HEADS,
    COMPANY_SUFFIXES,
    FIRM_ENDS,
    UNTAGGED_FIRM_SUFFIXES,
    WORK_LABELS,
)
from newsfold.extract.people.list_items import in_nominee_place
from newsfold.nlp.determiners import under_the


def _ends_a_firm(token: Token) -> bool:
    """Is the token the last word of a company's name ("SA" of "Midland Bank SA", "Brothers" of
    "Salomon Brothers", "Inc." of "Harris Upham and Co Inc.")?"""
    if token.text in UNTAGGED_FIRM_SUFFIXES:
        return True  # "AFG Industries Inc" with no ORG tag over it
    return token.ent_type_ == "ORG" and (
        token.text in COMPANY_SUFFIXES or token.lower_ in COMPANY_HEADS or token.lower_ in FIRM_ENDS)


def listed_with_firms(doc: Doc, start: int, end: int) -> bool:
    """Is the mention at [start, end) coordinated with a company's name, and no "X of a firm" (a person's
    affiliation: "Blair Effron of Centerview Partners, Marc Lasry of Avenue Capital Group")?"""
    if end < len(doc) and doc[end].lower_ == "of":
        return False
    return any(_ends_a_firm(doc[k]) for k in listed_with(doc, start, end))


def drop_firm_listed_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less people whose fullest mentions are all listed with firms."""
    drop_untitled_people_where(doc, people, listed_with_firms)


def listed_with_works(doc: Doc, start: int, end: int) -> bool:
    """Is the mention at [start, end) coordinated with the title of a work the model found ("Enduring
    Love"), and with no person ("Jude Law and Keira Knightley" is a cast)? A band the model labels a work
    or a product, under "the" ("the Beastie Boys, Jay-Z, Kanye West and Nelly", "Kelly Clarkson, The Game
    and the Killers"), makes a list of acts."""
    if in_nominee_place(doc, start, end):
        return False  # 'Teri Hatcher, "Desperate Housewives"; Felicity Huffman, ...', '"Sorry," Justin Bieber;'...
    others = listed_with_no_person(doc, start, end)
    return not any(under_the(doc[k]) for k in others) and any(doc[k].ent_type_ in WORK_LABELS for k in others)


def drop_work_listed_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less people whose fullest mentions are all listed with works."""
    drop_untitled_people_where(doc, people, listed_with_works)
