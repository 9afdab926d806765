"""Clubs the model takes for people: "Bath prop Matt Stevens", "Larne boss Jimmy McGeough", "the Livi
striker". A one-word name that modifies a sports post (a player's position or a club's staff) names the
club: a person rarely stands there ("Blair aide" is no sports post), and a person named so in passing is
named in full too, which keeps them."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson, drop_one_word_people_where
from newsfold.extract.people.lexicon import CLUB_POSTS


def modifies_a_post(doc: Doc, start: int, end: int) -> bool:
    """Is the one-word mention a modifier of a sports post after it ("Bath prop", "Larne boss")?"""
    if end - start != 1:
        return False
    token = doc[start]
    post = token.head
    # right after the name: "Brazilian Ronaldo and England captain David Beckham" is parsed as one phrase
    return token.dep_ in ("compound", "nmod") and post.i == token.i + 1 and post.pos_ in ("NOUN", "PROPN") \
        and post.lower_ in CLUB_POSTS and post.text[:1].islower()


def drop_club_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of one-word, untitled people of which a mention modifies a sports post."""
    drop_one_word_people_where(doc, people, modifies_a_post)
