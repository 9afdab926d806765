"""A speaker in a fronted time clause ("When Maddow pointed out that ..., Clinton seized upon the
reference, ...") only sets the scene: the sentence is about its main clause's subject, whom a
he/she in the next sentence goes on with."""

from __future__ import annotations

from spacy.tokens import Token

from newsfold.extract.quotes.lexicon import SUBJECT_DEPS, TEMPORAL_CLAUSE


def in_fronted_time_clause(subject: Token) -> bool:
    """The subject's verb heads an adverbial clause opened by a time word ("when", "after", "as")
    that stands before the verb it modifies, and that verb has a subject of its own."""
    verb = subject.head
    if verb.dep_ != "advcl" or verb.i > verb.head.i:
        return False
    mark = next((c for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < subject.i), None)
    if mark is None or not TEMPORAL_CLAUSE.fullmatch(mark.text):
        return False
    return any(c.dep_ in SUBJECT_DEPS for c in verb.head.children)


def main_clause_person(index, subject: Token, word: str) -> str | None:
    """For a speaker in a fronted time clause: the person its main clause's subject names, of the
    pronoun 'word's gender (index: the PeopleIndex asking); None when that subject names nobody
    ("when my mother mentioned the devil, I laughed": the mother is still who "she" is)."""
    if not in_fronted_time_clause(subject):
        return None
    for c in subject.head.head.children:
        if c.dep_ in SUBJECT_DEPS:
            m = index.subject_mention(c)
            if m is not None and index.agrees(m.local_key, word):
                return m.local_key
    return None
