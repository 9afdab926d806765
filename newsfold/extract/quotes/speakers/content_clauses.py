"""A participle the parser hung on the clause that gives a noun's content ("Menendez rejected the
notion that Democrats could pull away from the bill, arguing that ..."): the one who rejects the
notion argues, not the subject of the notion's clause."""

from __future__ import annotations

from spacy.tokens import Token


def content_clause_owner(participle: Token) -> Token | None:
    """For a participle after a comma hung on a "that" clause of a noun that is a verb's object:
    that verb, whose subject speaks; None otherwise."""
    clause = participle.head
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.i == 0 \
            or participle.doc[participle.i - 1].text != "," or clause.dep_ != "acl" \
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    noun = clause.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    return noun.head
