"""What a noun's determiner says, read the same way by people and quote rules."""

from __future__ import annotations

from spacy.tokens import Token


def under_the(token: Token) -> bool:
    """Does the token take "the" as its determiner ("the Killers", "the report", "the prime minister")?"""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


__all__ = ["under_the"]
