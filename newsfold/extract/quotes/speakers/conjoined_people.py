"""People named as a pair ("Jeb Bush and Chris Christie, who say ..."): together a "they", so
neither one is what a he/she after them stands for."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

from newsfold.records import PersonMention


def in_named_pair(doc: Doc, m: PersonMention, mentions_at: Callable[[int, int], PersonMention | None]) -> bool:
    """The mention's head is a conjunct of another person's name or has one as its conjunct
    (a coordination of names); 'mentions_at(start, end)' gives the mention at a token, or None."""
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    others = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        others.append(root.head)
    for t in others:
        other = mentions_at(t.idx, t.idx + len(t.text))
        if other is not None and other.local_key != m.local_key and t.pos_ == "PROPN":
            return True
    return False
