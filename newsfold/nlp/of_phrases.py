"""A noun's "of" phrase ("one of the group", "a text of the speech", "director of operations"), read
the same way by the rules that look for it."""

from __future__ import annotations

from spacy.tokens import Token


def of_phrase(token: Token, adjacent: bool = False) -> Token | None:
    """The token's first "of" prepositional child; with `adjacent`, only one written right after it
    ("director of operations", not "director for the region of operations")."""
    return next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 and (not adjacent or c.i == token.i + 1)), None)


def of_object(token: Token) -> Token | None:
    """The object of the token's first "of" phrase ("one of the group": group); None without one."""
    of = of_phrase(token)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def of_phrase_head(token: Token) -> Token | None:
    """The word whose "of" phrase has the token as its object ("the town of Peterhead": town);
    None when the token is no object of "of"."""
    return token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None


__all__ = ["of_object", "of_phrase", "of_phrase_head"]
