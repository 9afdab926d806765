"""A name inside a fronted adverbial clause that is not that clause's subject ("Dismayed by his
memory of Bill Clinton's years in office, he's committed to ..."): no person the sentence is
about, so a he/she subject after it does not stand for it."""

from __future__ import annotations

from spacy.tokens import Span

# The subject dependencies: a clause's own subject is what the clause is about ("After Smith spoke, he ...").
_SUBJECTS = ("nsubj", "nsubjpass")


def in_fronted_adjunct(span: Span) -> bool:
    """The name sits in an adverbial clause before its head verb, not as that clause's subject."""
    root = span.root
    node = root
    while node.head.i != node.i:
        if node.dep_ in _SUBJECTS:
            return False
        parent = node.head
        if node.dep_ == "advcl" and node.i < parent.i:
            return True
        if node.dep_ == "conj" and parent.dep_ == "advcl" and parent.i < parent.head.i:
            return True  # "Dismayed by ... and inspired by Sanders's agenda, he ..."
        node = parent
    return False
