"""What the source of a quote row does (`QuoteMention.act`, one of records.QUOTE_ACTS), from the
cue's lemma and construction and from the source:

    speech     says, writes, tells, announces, criticises; "according to" a person; a headline
               or transcript label; a quote in marks with no cue (quoted words are somebody's words)
    thought    believes, knows, fears, expects, supports; "is critical of", "her fear that ..."
    intention  wants, plans, decides, hopes to, votes; "his plan to ..."; and what a source does
               by deed rather than word, which news annotation (PolNeAR) also counts as its
               attribution ("imposed sanctions", "signed the bill", "hired a firm"): any cue verb
               in no list
    evidence   a poll, study, document or data shows, finds, suggests; "according to" a document

The word lists are in `lexicon` (THOUGHT_CUES, INTENTION_CUES, EVIDENCE_CUES, ...)."""

from __future__ import annotations

from spacy.tokens import Span

from newsfold.extract.quotes.article import Attribution
from newsfold.extract.quotes.lexicon import (
    ATTITUDE_ADJECTIVES, EVIDENCE_CUES, EVIDENCE_CUES_SPOKEN, EVIDENCE_NOUNS, EVIDENCE_SOURCES,
    INTENTION_CUES, INTENTION_NOUNS, NOUN_CUES, SPEECH_ACT_VERBS, SPEECH_ATTITUDE_CUES, SPEECH_VERBS,
    THOUGHT_CUES, THOUGHT_NOUNS,
)

SPEECH_CUES = SPEECH_VERBS | SPEECH_ACT_VERBS | SPEECH_ATTITUDE_CUES


def is_evidence_source(speaker: Span | None) -> bool:
    """A poll, a study, a document, data: a source that shows rather than says."""
    if speaker is None:
        return False
    head = speaker.root
    return head.lemma_.lower() in EVIDENCE_SOURCES or head.text.lower() in EVIDENCE_SOURCES


def act_of(kind: str, a: Attribution) -> str:
    """speech | thought | intention | evidence for one row (the rules in the module docstring)."""
    cue = (a.cue or "").lower()
    evidence_source = is_evidence_source(a.speaker)
    if cue == "according to":
        return "evidence" if evidence_source else "speech"
    tok = a.cue_token
    if tok is None:
        return "speech"  # labels, headline colons, uncued quoted words
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN") and lemma in NOUN_CUES:
        if lemma in THOUGHT_NOUNS:
            return "thought"
        if lemma in INTENTION_NOUNS:
            return "intention"
        if lemma in EVIDENCE_NOUNS:
            return "evidence" if evidence_source or a.speaker is None else "thought"
        return "speech"
    if tok.pos_ == "ADJ" or lemma in ATTITUDE_ADJECTIVES:
        return "thought"
    if lemma in EVIDENCE_CUES:
        if evidence_source:
            return "evidence"
        if lemma in EVIDENCE_CUES_SPOKEN and a.speaker is not None:
            return "speech"
        return "thought" if lemma == "find" else "evidence"
    if lemma == "hope":
        # "hopes to win": intention; "hopes that ...": a thought
        return "thought" if any(c.dep_ == "ccomp" for c in tok.children) else "intention"
    if lemma in INTENTION_CUES:
        return "intention"
    if lemma in THOUGHT_CUES:
        return "thought"
    if lemma in SPEECH_CUES or tok.pos_ not in ("VERB", "AUX"):
        return "speech"
    return "intention"  # a deed: "imposed sanctions", "signed the bill"


__all__ = ["act_of", "is_evidence_source"]
