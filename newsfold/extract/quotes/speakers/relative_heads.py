"""What "who" stands for when the noun right before it is a preposition's object inside the phrase
the relative clause hangs on: "Sen. Marco Rubio of Florida, who mused ..." is Rubio, "the head of
the company, who said" the head; not Florida nor the company (subjects._relative_antecedent keeps
the noun right before "who" for an apposition or a conjunct: "his wife, Laura, who spoke"; and a
person the preposition takes is still "who": "the desk of Justice Minister David Lametti, who makes")."""

from __future__ import annotations

from spacy.tokens import Token

from newsfold.extract.quotes.lexicon import PERSON_NOUNS


def object_of_phrase(noun: Token, head: Token) -> bool:
    """The noun, no person, is governed by a preposition on the way up to the relative clause's head."""
    if noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_NOUNS:
        return False
    node = noun
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "pobj":
            return True
        node = node.head
    return False
