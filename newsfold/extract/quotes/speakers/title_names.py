"""A name written straight on after a title speaks, not the title: after the field the title is of, no
comma between ('"...," said master of ceremonies Asab Al-Tabchi', 'said director of operations Jane
Smith, a nurse'), however the parser hung it (a second subject of the verb, or an apposition of the
title); and after the common nouns of a title that opens with a body's name ('said Pentagon spokesman
Navy Capt. Jeff Davis' is Jeff Davis, not the Pentagon: missed_subjects.adjacent_subject, when the parse gave
the verb no subject, stops the run at "spokesman"). A place or body that is the object of a title's
preposition does not speak either: the title does ("Pakistan's High Commissioner to Britain said")."""

from __future__ import annotations

from spacy.tokens import Token

from newsfold.extract.people.lexicon import OFFICE_TITLES
from newsfold.extract.quotes.lexicon import PERSON_NOUNS, TITLE_OBJECT_PREPOSITIONS
from newsfold.nlp.of_phrases import of_phrase

# Common nouns of a title between an organisation's name and the person's ("spokesman", "police").
TITLE_NOUNS_BETWEEN = 3


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


def name_joined_to_title(verb: Token, subject: Token, inside: bytearray | None) -> Token | None:
    """The person's name that closes titles joined by "and" after the verb ('said former Nevada Sen.
    and Reagan confidant Paul Laxalt': the parser made "Sen." the subject and the name its conjunct):
    two titles and one name are one person, who speaks; None otherwise ("said the mayor and Paul
    Smith" has a comma-free title run too, but a title with its own "the" is somebody of its own)."""
    if subject.i < verb.i or subject.ent_type_ == "PERSON" or not is_title(subject) \
            or any(c.dep_ == "det" for c in subject.children):
        return None
    for name in subject.children:
        if name.dep_ == "conj" and name.ent_type_ == "PERSON" and name.pos_ == "PROPN" \
                and subject.doc[subject.i + 1].lower_ == "and" \
                and not any(t.is_punct for t in subject.doc[subject.i + 1:name.i]) \
                and not (inside is not None and inside[name.idx]):
            return name
    return None


def name_closing_title(title: Token) -> Token | None:
    """A person's name the parser hung on a title as its apposition, written straight on after the
    title's "of" phrase ("director of operations Jane Smith"): the name; None otherwise."""
    if title.lemma_.lower() not in PERSON_NOUNS:
        return None
    of = of_phrase(title, adjacent=True)
    if of is None:
        return None
    for name in title.rights:
        if name.dep_ == "appos" and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" \
                and name.left_edge.i == of.right_edge.i + 1:
            return name
    return None


def person_past_title(first: Token, end: int, inside: bytearray) -> Token | None:
    """The last word of a person's name that follows the run opening at `first` across at most
    TITLE_NOUNS_BETWEEN lower-case nouns, before `end` (the sentence's end); None when no person's
    name follows so."""
    doc = first.doc
    i = first.i
    while i + 1 < end and doc[i + 1].pos_ == "PROPN":
        i += 1
    nouns = 0
    while i + 1 < end and doc[i + 1].pos_ == "NOUN" and doc[i + 1].is_lower and nouns < TITLE_NOUNS_BETWEEN:
        i += 1
        nouns += 1
    if nouns == 0:
        return None
    last = None
    while i + 1 < end and doc[i + 1].pos_ == "PROPN" and not inside[doc[i + 1].idx]:
        i += 1
        last = doc[i]
    return last if last is not None and last.ent_type_ == "PERSON" else None


def title_holding(name: Token) -> Token | None:
    """The title a place or body is the object of ("Pakistan's High Commissioner to Britain said",
    "the Ambassador to France said"): the person holding the title speaks, not the place; None when
    the name is no object of a preposition (ROLE_BODY_PREPOSITIONS and "to") on a title or person noun."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ not in TITLE_OBJECT_PREPOSITIONS or prep.i == 0:
        return None
    # The title right before the preposition, whatever the parser hung the preposition on.
    title = prep.doc[prep.i - 1]
    return title if is_title(title) else None


def is_title(token: Token) -> bool:
    """An office title ("Sen.", OFFICE_TITLES) or a person noun ("director", "commissioner")."""
    return token.text in OFFICE_TITLES or token.lemma_.lower() in PERSON_NOUNS
