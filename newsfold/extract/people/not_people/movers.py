"""Shares the model takes for people in a market report: "Peko Wallsend closed 40 up at 7.40", "Jean
Coutu rose 45 cents to $12.30", "Hemlo Gold gained 1-1/4 at 26-3/4". A name that is the subject of a price
move with a price (cents, or a level in decimals or a dollar fraction after "at" or "to") in every fullest
mention, never titled nor given a role, is a stock. ("Clinton rose 2 points in the polls" is a person:
points and percentages are no price.)"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsfold.extract.people.inventory import LocalPerson, drop_untitled_people_where
from newsfold.extract.people.lexicon import PRICE_LEVEL_PREPOSITIONS, PRICE_MOVE_VERBS, PRICE_UNITS

# A price level: decimals ("7.40") or a dollar and a fraction, as US share prices ran ("26-3/4").
_PRICE_LEVEL = re.compile(r"\d+\.\d{2}|\d+-\d+/\d+")


def _counted_price(token: Token) -> bool:
    """Is the token a price unit with a number on it ("40 cents")?"""
    return token.lower_ in PRICE_UNITS and any(c.dep_ == "nummod" for c in token.children)


def _priced(verb: Token) -> bool:
    """Does the verb take a price: "40 cents", "at 7.40", "to $12.30"?"""
    for child in verb.children:
        if _counted_price(child):
            return True
        if child.dep_ in ("advmod", "npadvmod", "dobj") and any(_counted_price(c) for c in child.children):
            return True  # "closed five cents up"
        if child.dep_ == "prep" and child.lower_ in PRICE_LEVEL_PREPOSITIONS and any(
                c.dep_ == "pobj" and _PRICE_LEVEL.fullmatch("".join(t.text for t in c.subtree))
                for c in child.children):
            return True
    return False


def moves_as_a_stock(doc: Doc, start: int, end: int) -> bool:
    """Is the mention the subject of a price move with a price ("Peko Wallsend closed 40 up at 7.40")?"""
    head = doc[end - 1]
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_ in PRICE_MOVE_VERBS and _priced(verb)


def drop_stock_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less people whose fullest mentions all move as a stock."""
    drop_untitled_people_where(doc, people, moves_as_a_stock)
