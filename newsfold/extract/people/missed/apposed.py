"""Untagged names whose surname is a dictionary word ("Hope Hicks, a spokeswoman for Trump", "Jason
Gardener, the sprinter"): a role noun set in apposition right after the name vouches for it."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.lexicon import ROLE_WORDS


def role_apposed(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] followed by a comma and an apposition headed by a role noun ("Hope Hicks, a
    spokeswoman", "X, the party's chief executive")? The parse must hang the role on the name."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    return any(t.dep_ == "appos" and start <= t.head.i < end and t.text.islower() and t.lemma_.lower() in ROLE_WORDS
               for t in doc[end + 1:min(len(doc), end + 8)])
