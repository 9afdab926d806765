"""The subjects a sentence is about, for resolving a he/she to the sentences before it: who
speaks there (the subjects of its speech verbs) and whom its main clause is about."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfold.extract.quotes.subjects import is_cue_verb


def speaker_subjects(sent: Span, inside: bytearray) -> list[Token]:
    """The subjects of the sentence's finite speech verbs outside quote marks, in text order (not
    of a gerund: "Asked about Trump's calling Clinton a bigot, Christie blamed ...")."""
    return [c for t in sent if not inside[t.idx] and _finite(t) and is_cue_verb(t)
            for c in t.children if c.dep_ == "nsubj" and not inside[c.idx]]


def _finite(verb: Token) -> bool:
    """A finite verb, or a participle with its perfect 'has/have/had' ("the comedian has told")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))


def main_subject(sent: Span, inside: bytearray) -> Token | None:
    """The subject of the sentence's main clause, outside quote marks; None when it has none."""
    for t in sent:
        if t.dep_ == "ROOT" and not inside[t.idx]:
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass") and not inside[c.idx]:
                    return c
    return None
