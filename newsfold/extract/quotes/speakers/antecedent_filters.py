"""Names a he/she does not stand for, though they come before it (PeopleIndex.antecedent):
- a name in a clause that modifies a noun ("a conference hosted by Gordon Brown, he said") or,
  not as its subject, in a fronted adverbial clause ("Dismayed by his memory of Bill Clinton's years
  in office, he's committed to ..."): no person the sentence is about;
- one of two people named as a pair ("Jeb Bush and Chris Christie, who say ..."): together a "they";
- a person named as the object of the speaker's own verb ("..., he told Rubio"): somebody else;
- any name before a he/she whose cue comes after what it reports ("..., he added"), but the subject of a
  report the cue breaks into ("Mook acknowledged Sanders had split the contests, which is an outcome,
  he said, ..."): the one who goes on reporting."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from newsfold.extract.quotes.lexicon import REPORT_VERBS, SUBJECT_DEPS
from newsfold.extract.quotes.speakers.mention_spans import mention_span
from newsfold.records import PersonMention

# The dependencies of a verb's objects: whom it addresses or acts on ("told Rubio", "gave Rubio ...").
_OBJECTS = ("dobj", "dative", "iobj")


def in_modifier_clause(span: Span, fronted_on: bool) -> bool:
    """The name sits in a clause that modifies a noun, or (fronted_on) in a fronted adverbial clause."""
    return any(t.dep_ in ("acl", "relcl") for t in span.root.ancestors) or (fronted_on and in_fronted_adjunct(span))


def in_fronted_adjunct(span: Span) -> bool:
    """The name sits in an adverbial clause before its head verb, not as that clause's subject."""
    node = span.root
    while node.head.i != node.i:
        if node.dep_ in SUBJECT_DEPS:
            return False  # a clause's own subject is what the clause is about ("After Smith spoke, he ...")
        parent = node.head
        if node.dep_ == "advcl" and node.i < parent.i:
            return True
        if node.dep_ == "conj" and parent.dep_ == "advcl" and parent.i < parent.head.i:
            return True  # "Dismayed by ... and inspired by Sanders's agenda, he ..."
        node = parent
    return False


def in_named_pair(doc: Doc, m: PersonMention, mentions_at: Callable[[int, int], PersonMention | None]) -> bool:
    """The mention's head is a conjunct of another person's name or has one as its conjunct
    (a coordination of names); 'mentions_at(start, end)' gives the mention at a token, or None."""
    span = mention_span(doc, m)
    if span is None:
        return False
    root = span.root
    others = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        others.append(root.head)
    for t in others:
        other = mentions_at(t.idx, t.idx + len(t.text))
        if other is not None and other.local_key != m.local_key and t.pos_ == "PROPN":
            return True
    return False


def addressed_people(speaker: Span, mentions_at: Callable[[int, int], PersonMention | None]) -> frozenset[str]:
    """The people named as the objects of the verb the speaker is the subject of ("..., he told Rubio",
    "he told it to Rubio", "the senator thanked Mr. Kaine"): a subject and a name among its own verb's
    objects are never one person, so the he/she or description is resolved to somebody else.
    'mentions_at(start, end)' gives the mention at a token, or None."""
    root = speaker.root
    if root.dep_ != "nsubj" or root.head.i == root.i:
        return frozenset()
    verb = root.head
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    found = (mentions_at(o.idx, o.idx + len(o.text)) for o in objects if o.pos_ == "PROPN")
    return frozenset(m.local_key for m in found if m is not None)


def outer_reporter(doc: Doc, here: list[PersonMention], pronoun: Token) -> list[PersonMention]:
    """Of the subjects before a he/she whose cue comes after what it reports ('here'), the subject of
    the outermost report verb whose clause that cue breaks into ("Mook acknowledged Sanders had split
    the contests, which is an outcome, he said, ..."; "Mrs. Schlafly replied that she was pleased Ms.
    Friedan had said that because, she said, ...": Schlafly, not Friedan in her report): the cue goes
    on with that report. [] when there is none."""
    verbs = []
    for m in here:
        span = mention_span(doc, m)
        if span is None or span.root.dep_ not in SUBJECT_DEPS:
            continue
        verb = span.root.head
        if verb.i < pronoun.i and verb.lemma_.lower() in REPORT_VERBS and pronoun in verb.subtree:
            verbs.append((verb, m))
    outer = [m for verb, m in verbs if not any(other.i != verb.i and verb in other.subtree for other, _ in verbs)]
    return outer[:1]


@contextmanager
def barring(index, keys: frozenset[str] | set[str]) -> Iterator[None]:
    """While inside, these people are barred too in the PeopleIndex `index` (its `agrees` is False for
    them); the bar before is restored after, so a speaker resolved on the way keeps the bar of the one
    it serves. (`index` is not annotated: people_index imports this module.)"""
    outer = index.barred
    index.barred = outer | keys
    try:
        yield
    finally:
        index.barred = outer
