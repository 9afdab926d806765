"""The writer's aside between two pieces of one quote ('"I don't think the conventional wisdom" --
that Bloomberg is perceived as a New York nanny-state liberal -- "is going to last," he says'):
a subject there is what the speaker talks about, not who "he" after the quote is."""

from __future__ import annotations

from newsfold.records import PersonMention


def in_quote_aside(m: PersonMention, sent_start: int, pronoun_start: int, inside: bytearray) -> bool:
    """The mention stands outside quote marks with quoted words on both sides of it, between its
    sentence's start and the pronoun."""
    if inside[m.start_char]:
        return False
    return any(inside[sent_start:m.start_char]) and any(inside[m.end_char:pronoun_start])
