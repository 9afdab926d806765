"""The person a name run right after an inverted speech verb goes on to, past the common nouns of
his title: '"...," said Pentagon spokesman Navy Capt. Jeff Davis' is Jeff Davis, not the Pentagon
(subjects.adjacent_subject, when the parse gave the verb no subject, stops the run at "spokesman")."""

from __future__ import annotations

from spacy.tokens import Token

# Common nouns of a title between an organisation's name and the person's ("spokesman", "police").
TITLE_NOUNS_BETWEEN = 3


def person_past_title(first: Token, end: int, inside: bytearray) -> Token | None:
    """The last word of a person's name that follows the run opening at `first` across at most
    TITLE_NOUNS_BETWEEN lower-case nouns, before `end` (the sentence's end); None when no person's
    name follows so."""
    doc = first.doc
    i = first.i
    while i + 1 < end and doc[i + 1].pos_ == "PROPN":
        i += 1
    nouns = 0
    while i + 1 < end and doc[i + 1].pos_ == "NOUN" and doc[i + 1].is_lower and nouns < TITLE_NOUNS_BETWEEN:
        i += 1
        nouns += 1
    if nouns == 0:
        return None
    last = None
    while i + 1 < end and doc[i + 1].pos_ == "PROPN" and not inside[doc[i + 1].idx]:
        i += 1
        last = doc[i]
    return last if last is not None and last.ent_type_ == "PERSON" else None
