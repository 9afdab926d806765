"""A he/she whose antecedent is named in the third person inside the very words he is said to speak
("Ruud van Nistelrooy is fit again, but the Scot admitted ... / 'Ruud is the best striker in Europe
...,' he said"): speakers seldom name themselves so, and the pronoun goes on with the last speaker."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Span

from newsfold.extract.quotes.lexicon import PRONOUNS
from newsfold.records import PersonMention


def named_in_own_words(speaker: Span, key: str | None, pieces: Sequence[tuple[int, int]],
                       mentions: Sequence[PersonMention]) -> bool:
    """The speaker is a he/she resolved to a person a mention names inside the row's own quoted
    pieces: that person is talked about there, not talking."""
    if key is None or speaker.root.lower_ not in PRONOUNS:
        return False
    return any(m.local_key == key and s <= m.start_char and m.end_char <= e for m in mentions for s, e in pieces)
