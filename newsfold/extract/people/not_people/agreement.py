"""Teams and bands the model takes for people, known by the verb they agree with: "Last year Bafana Bafana
were humbled by minnows Mauritius", "Bafana Bafana play the Seychelles". A name alone (no "and" beside it)
as the subject of a plural verb is a group, whatever its length and voice; a person's name takes "is",
"was", "plays". (`kinds` already drops a one-word name before "are"/"have"/"were"; this takes the rest:
longer names, passives, lexical verbs.) A name that also agrees in the singular somewhere, a title or a
role keeps the person: one slip of the writer or the tagger is no evidence."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfold.extract.people.inventory import LocalPerson, untitled_people
from newsfold.extract.people.lexicon import LIST_MARKS, SUBJUNCTIVE_MARKS


def _word_beside(doc: Doc, i: int, step: int) -> Token | None:
    """The first token from i on (going by `step`) that is no white space."""
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    return doc[i] if 0 <= i < len(doc) else None


def _finite_verb(subject: Token) -> Token | None:
    """The finite verb a lone subject agrees with: the first auxiliary of its verb, or the verb itself."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(c.dep_ in ("conj", "cc") for c in subject.children):
        return None  # "Blake and Shaughnessy then beat": coordinated subjects are plural
    verb = subject.head
    if verb.dep_ != "ROOT" and not (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return None  # "helped George W. Bush carry the state", "see Fred Rogers deliver": a bare infinitive
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return auxiliaries[0] if auxiliaries else verb


def _number(doc: Doc, start: int, end: int) -> str | None:
    """'plural' or 'singular' for the verb a one-name subject agrees with, else None."""
    if not doc[end - 1].tag_.startswith("NNP"):
        return None  # "[Trump's] comments were": the possessive of a name is no subject
    after, before = _word_beside(doc, end, 1), _word_beside(doc, start - 1, -1)
    if (after is not None and (after.lower_ in LIST_MARKS or after.tag_ == "POS")) \
            or (before is not None and before.lower_ in LIST_MARKS):
        return None  # "Brad Pitt, Robert De Niro and Hugh Grant have been added": one of a list the parse split
    finite = _finite_verb(doc[end - 1])
    if finite is None or finite.i < end:
        return None  # an inverted or relative verb before the name agrees with something else
    if finite.lower_ == "were":
        verb = finite.head if finite.dep_ in ("aux", "auxpass") else finite
        if any(c.dep_ == "mark" and c.lower_ in SUBJUNCTIVE_MARKS for c in verb.children) \
                or (finite.i + 1 < len(doc) and doc[finite.i + 1].lower_ == "to"):
            return None
        return "plural"
    if finite.tag_ == "VBP" and finite.lower_ not in ("do", "does"):
        return "plural"
    if finite.tag_ == "VBZ" or finite.lower_ == "was":
        return "singular"
    return None


def drop_plural_agreeing_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of untitled, role-less people of whom a mention is the lone subject of a plural
    verb and none of a singular one."""
    for person in untitled_people(doc, people):
        numbers = {_number(doc, s, e) for s, e in person.mentions}
        if "plural" in numbers and "singular" not in numbers:
            person.mentions = []
