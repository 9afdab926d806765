"""A he/she whose antecedent is named in the third person inside the very words he is said to speak
("Ruud van Nistelrooy is fit again, but the Scot admitted ... / 'Ruud is the best striker in Europe
...,' he said"): speakers seldom name themselves so, and the pronoun goes on with the last speaker."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Span

from newsfold.extract.quotes.lexicon import PRONOUNS
from newsfold.extract.quotes.speakers.people_index import PeopleIndex
from newsfold.records import PersonMention


def named_in_own_words(speaker: Span, key: str | None, pieces: Sequence[tuple[int, int]],
                       mentions: Sequence[PersonMention]) -> bool:
    """The speaker is a he/she resolved to a person a mention names inside the row's own quoted
    pieces: that person is talked about there, not talking."""
    if key is None or speaker.root.lower_ not in PRONOUNS:
        return False
    return any(m.local_key == key and s <= m.start_char and m.end_char <= e for m in mentions for s, e in pieces)


class OwnWordsSpeakers:
    """An article's he/she speakers sent on to the last speaker, by the speaker's offset: the same
    "he" speaking on ("'...,' he said. '...'") goes on with the one he was sent to."""

    def __init__(self, index: PeopleIndex):
        self.index = index
        self.mentions = index.mentions
        self.switched: dict[int, str] = {}

    def speaker(self, named: Span, key: str | None, pieces: Sequence[tuple[int, int]], direct: bool,
                last_person: str | None) -> str | None:
        """The row's speaker: the last speaker instead of the person the pronoun resolved to (key)
        when a direct quote's own words name that person and not the last speaker, who agrees with
        the pronoun (in marks only: the writer's own words name the speaker freely, "In her speech,
        Rhimes declared ..., she said"); else the one this speaker was sent to before, or key."""
        if direct and last_person is not None and named_in_own_words(named, key, pieces, self.mentions) \
                and self.index.agrees(last_person, named.root.lower_) \
                and not named_in_own_words(named, last_person, pieces, self.mentions):
            self.switched[named.start_char] = last_person
            return last_person
        return self.switched.get(named.start_char, key)
