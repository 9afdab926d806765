"""The tokens of a person mention, for the speaker rules that read a mention's parse."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsfold.records import PersonMention


def mention_span(doc: Doc, m: PersonMention) -> Span | None:
    """The tokens a mention covers (None when its characters fall between tokens)."""
    return doc.char_span(m.start_char, m.end_char, alignment_mode="expand")


__all__ = ["mention_span"]
