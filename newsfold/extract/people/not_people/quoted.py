"""One-word names met only alone inside quote marks: a pet name ("fixed on Ronald Reagan -- her "Ronnie"",
the husband named in full elsewhere) or a title. A person of the story is named outside quotes too, or inside
a longer quotation; a full name may be quoted ("I wrote in “Ralph Nader” on my ballot"), so only one word."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson
from newsfold.extract.people.lexicon import QUOTE_CLOSING_STOPS, QUOTE_MARKS


def alone_in_quotes(doc: Doc, start: int, end: int) -> bool:
    """Is the mention the whole of a quotation: a quote mark right before it and right after it (or after
    a full stop, comma, "!" or "?" closing it)?"""
    if start == 0 or doc[start - 1].text not in QUOTE_MARKS:
        return False
    k = end
    if k < len(doc) and doc[k].text in QUOTE_CLOSING_STOPS:
        k += 1
    return k < len(doc) and doc[k].text in QUOTE_MARKS


def drop_quoted_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of one-word people met only alone inside quote marks."""
    for person in people:
        if person.mentions and len(person.name.split()) == 1 \
                and all(alone_in_quotes(doc, s, e) for s, e in person.mentions):
            person.mentions = []
