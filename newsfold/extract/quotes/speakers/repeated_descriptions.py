"""A role phrase that speaks again ("the independent Vermont senator said ... / ..., the senator
said"): the earlier speaker phrase with the same head noun is the same person, however many
people spoke in between ("'That would be you?' Borger asked. / 'That would be me,' the senator said")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.speakers.subjects import is_cue_verb


def earlier_description(art: ParsedArticle, speaker: Span, inside: bytearray) -> Token | None:
    """For a bare "the <noun>" speaker: the head of the last fuller definite speaker phrase before
    it, outside quotes, with the same head noun ("the independent Vermont senator" as the subject of
    a speech verb: the short form takes up the long one); None when none."""
    head = speaker.root
    if head.pos_ != "NOUN" or head.tag_ != "NN" or len(speaker) != 2 or speaker[0].lower_ != "the":
        return None
    lemma = head.lemma_.lower()
    found = None
    for t in art.doc[:speaker.start]:
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.dep_ == "nsubj" and not inside[t.idx] \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and is_cue_verb(t.head) \
                and any(c.dep_ in ("amod", "compound") for c in t.children):
            found = t
    return found
