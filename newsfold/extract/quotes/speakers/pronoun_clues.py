"""Clues in the clause around a he/she, or in the sentence right before it, that settle whom it
stands for before the subjects of earlier sentences are looked at: the person a fronted clause
leads up to, the person a question was put to."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Span, Token

from newsfold.extract.quotes.lexicon import PERSON_NOUNS, PRONOUN_GENDER, QUESTION_VERBS, ROLE_GENDER, SUBJECT_DEPS
from newsfold.extract.quotes.speakers.mention_spans import mention_span
from newsfold.extract.quotes.speakers.sentence_subjects import main_subject, speaker_subjects
from newsfold.records import PersonMention


class People(Protocol):
    """What the clues ask of the article's people (people_index.PeopleIndex)."""

    def subject_mention(self, subject: Token) -> PersonMention | None: ...

    def agrees(self, key: str, pronoun: str) -> bool: ...

    doc: Doc
    mentions: list[PersonMention]


def fronted_clause_subject(people: People, pronoun: Token, word: str, inside: bytearray) -> str | None:
    """The person the main clause names right after the fronted clause holding the pronoun ("In
    what he acknowledged as a rant, President Obama took a whack at Trump": Obama)."""
    if pronoun.dep_ != "nsubj":
        return None
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.i < pronoun.i or inside[root.idx] or inside[subject.idx]:
        return None
    top = pronoun
    while top.head.i != root.i and top.head.i != top.i:
        top = top.head
    if top.i == root.i or top.dep_ not in ("prep", "advcl") or top.i > subject.i:
        return None
    m = people.subject_mention(subject)
    return m.local_key if m is not None and people.agrees(m.local_key, word) else None


def person_asked(people: People, sent: Span, pronoun: Token, word: str, inside: bytearray) -> str | None:
    """The person the sentence before puts a question to ("Conroy asked Sanders whether ... /
    '...,' he said": Sanders answers), when the pronoun's own verb asks nothing itself."""
    if pronoun.dep_ != "nsubj" or pronoun.head.lemma_.lower() in QUESTION_VERBS:
        return None
    for verb in sent:
        if inside[verb.idx] or verb.lemma_.lower() not in QUESTION_VERBS or verb.pos_ != "VERB" or \
                not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        for c in verb.children:
            if c.dep_ == "dobj":
                m = people.subject_mention(c)
                if m is not None and people.agrees(m.local_key, word):
                    # asked only once a question is found: most sentences put none
                    return None if _own_speaker_goes_on(people, sent, word, inside) else m.local_key
    return None


def _own_speaker_goes_on(people: People, sent: Span, word: str, inside: bytearray) -> bool:
    """The sentence before has a speaker of its own, of the pronoun's gender, who asks nothing
    ("What got under her skin, she said, was a question ..., when a young man asked Clinton why ...
    / '...,' she said"): that speaker goes on talking, not the person the question was put to."""
    for s in speaker_subjects(sent, inside):
        if s.head.lemma_.lower() in QUESTION_VERBS:
            continue
        if s.lower_ in PRONOUN_GENDER:
            if PRONOUN_GENDER[s.lower_] == PRONOUN_GENDER.get(word):
                return True
            continue
        m = people.subject_mention(s)
        if m is not None and people.agrees(m.local_key, word):
            return True
    return False


def pronoun_subject(sent: Span, word: str, inside: bytearray, through_it: bool = False) -> Token | None:
    """The he/she of the pronoun's gender that is the subject of the sentence's main clause, whom
    nothing before it resolved ("He has worked on Star Wars, Finding Nemo ... / ..., he told"): the
    sentence is about that person, and a person it names only after it is not the pronoun's antecedent
    (one named before it may be: "For Espinos, ..., he's ..."). None when the subject is another.
    'through_it': a main clause about "it" is about the first he/she subject in it ("It isn't as if she
    hasn't endorsed anyone - she was a booster of Mitt Romney"): no person, "it" leaves the topic open."""
    subject = main_subject(sent, inside)
    if through_it and subject is not None and subject.lower_ == "it":
        subject = next((t for t in sent if t.dep_ in SUBJECT_DEPS and t.lower_ in PRONOUN_GENDER
                        and not inside[t.idx]), subject)
    if subject is not None and subject.lower_ in PRONOUN_GENDER and PRONOUN_GENDER.get(word) == PRONOUN_GENDER[subject.lower_]:
        return subject
    return None


def chain_agrees(word: str, subject: str) -> bool:
    """An earlier sentence's he/she subject can be what 'word' goes on from: a pronoun of the same
    gender, or a description resolved as the person the last sentences are about ("He conceded the
    win, which included goals from Pamarot, ... / '...,' the Irishman said": the person "He" is, not
    the last one named) whose gender, when it shows one, is the pronoun's. Not an office ("The
    governor first named her ..." after "She has risen ..."): offices stand for their holders."""
    gender = PRONOUN_GENDER[subject]
    if word in PRONOUN_GENDER:
        return PRONOUN_GENDER[word] == gender
    return word not in PERSON_NOUNS and ROLE_GENDER.get(word, gender) == gender


def introduced(people: People, m: PersonMention) -> bool:
    """The person's first mention, with what he is set beside the name ("Peter Bell, editor of ..."):
    the one person of its gender the sentence before a he/she chain brings in so is whom the chain
    goes on with (`chain_start`)."""
    span = mention_span(people.doc, m)
    return span is not None and any(c.dep_ == "appos" for c in span.root.children) \
        and not any(o.local_key == m.local_key and o.start_char < m.start_char for o in people.mentions)


def chain_start(sent: Span, topic: Token, found: list[PersonMention], inside: bytearray) -> Token | None:
    """For a sentence about a he/she ('topic', its main subject) that a name before it kept off the
    pronoun chain ("But while he tipped Lowe to win, he predicted ..."): the first he/she subject of
    the same word, outside quotes, when no person of the pronoun's gender ('found') comes before it;
    the chain goes on from there. None otherwise."""
    first = next((t for t in sent if t.dep_ in SUBJECT_DEPS and t.lower_ == topic.lower_
                  and not inside[t.idx]), topic)
    return None if any(m.start_char < first.idx for m in found) else first
