"""Acronyms the model takes for people: "the Stock Exchange of Singapore Dealing and Automated Quotation
System (SESDAQ)". A one-word name in capitals, given in brackets right after a longer capitalised name
that is no person's, is that name's short form: an organisation or a system, not a person."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson, drop_one_word_people_where


def alone_in_brackets(doc: Doc, start: int, end: int) -> bool:
    """Does the mention fill a bracket by itself, "(" right before it and ")" right after?"""
    return 0 < start and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"


def defines_an_acronym(doc: Doc, start: int, end: int) -> bool:
    """Is the one-word mention, in capitals, bracketed right after two or more capitalised words outside
    every person entity ("... Quotation System (SESDAQ)")?"""
    token = doc[start]
    if end - start != 1 or not (token.is_upper and token.is_alpha and len(token.text) > 2):
        return False
    if start < 3 or not alone_in_brackets(doc, start, end):
        return False
    before = doc[start - 3:start - 1]
    return all(t.text[:1].isupper() and t.pos_ == "PROPN" and t.ent_type_ != "PERSON" for t in before)


def drop_acronym_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled one-word people of whom a mention defines an acronym."""
    drop_one_word_people_where(doc, people, defines_an_acronym)
