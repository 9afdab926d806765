"""A document that speaks for the person who put it out in the same clause ("Henry added the
caption which reads, ..."; "Trump released a statement that said ..."): that person (the tracker's
gold gives the issuer of a statement)."""

from __future__ import annotations

from spacy.tokens import Span

from newsfold.extract.quotes.lexicon import ISSUED_DOCUMENT_NOUNS, ISSUING_VERBS
from newsfold.extract.quotes.speakers.people_index import PeopleIndex
from newsfold.records import PersonMention


def issuing_person(speaker: Span, index: PeopleIndex) -> PersonMention | None:
    """The person named as the subject of the verb that puts the speaking document out; None when
    the document has an owner of its own, or another verb has it as its object ("rejected the report")."""
    head = speaker.root
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ISSUED_DOCUMENT_NOUNS or head.dep_ != "dobj" \
            or any(c.dep_ == "poss" for c in head.children):
        return None
    verb = head.head
    if verb.lemma_.lower() not in ISSUING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return index.subject_mention(subject) if subject is not None else None
