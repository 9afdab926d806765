"""A name written straight on after a title and the field it is of, no comma between ('"...," said
master of ceremonies Asab Al-Tabchi', 'said director of operations Jane Smith, a nurse'): the name
speaks, however the parser hung it (a second subject of the verb, or an apposition of the title)."""

from __future__ import annotations

from spacy.tokens import Token

from newsfold.extract.quotes.lexicon import PERSON_NOUNS


def name_after_title(verb: Token, subject: Token, inside: bytearray | None) -> Token | None:
    """The verb's other subject after it when 'subject' is a common-noun title after the verb and
    the other is a name written straight on from it; None otherwise."""
    if subject.i < verb.i or subject.pos_ != "NOUN":
        return None
    for other in verb.children:
        if other.dep_ == "nsubj" and other.i > subject.i and other.left_edge.i == subject.right_edge.i + 1 \
                and (other.pos_ == "PROPN" or other.ent_type_ == "PERSON") \
                and not (inside is not None and inside[other.idx]):
            return other
    return None


def name_closing_title(title: Token) -> Token | None:
    """A person's name the parser hung on a title as its apposition, written straight on after the
    title's "of" phrase ("director of operations Jane Smith"): the name; None otherwise."""
    if title.lemma_.lower() not in PERSON_NOUNS:
        return None
    of = next((c for c in title.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == title.i + 1), None)
    if of is None:
        return None
    for name in title.rights:
        if name.dep_ == "appos" and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" \
                and name.left_edge.i == of.right_edge.i + 1:
            return name
    return None
