"""Who issued "the statement" that speaks (`document_issuer`): the tracker names the issuer as the
speaker, while the speaker span stays the statement, as PolNeAR marks it."""

from __future__ import annotations

from spacy.tokens import Span

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.lexicon import PRONOUNS, STATEMENT_NOUNS
from newsfold.extract.quotes.subjects import speaker_span

# How far back (sentences) "the statement" looks for the statement's first mention and its issuer.
STATEMENT_LOOKBACK_SENTENCES = 4


def document_issuer(art: ParsedArticle, speaker: Span) -> Span | None:
    """Who issued "the statement" that speaks: the subject of the verb of its last mention before
    ("In a joint statement, Merrill Lynch chairman William Schreyer said ...", "the party said in a
    statement", "the association issued a statement"). The tracker names the issuer; the speaker
    span stays the statement, as PolNeAR marks it."""
    head = speaker.root
    if head.lemma_.lower() not in STATEMENT_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the"
                                                            for c in head.children):
        return None
    first_sent = art.sent_before(art.sent(head.i), STATEMENT_LOOKBACK_SENTENCES).start
    for t in reversed(art.doc[first_sent:speaker.start]):
        if t.lemma_.lower() != head.lemma_.lower():
            continue
        verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" else (t.head if t.dep_ == "dobj" else None)
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() in STATEMENT_NOUNS or subj.lower_ in PRONOUNS:
            return None
        return speaker_span(subj)
    return None


__all__ = ["document_issuer", "STATEMENT_LOOKBACK_SENTENCES"]
