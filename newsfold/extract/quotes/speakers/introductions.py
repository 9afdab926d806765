"""The phrase that brought an unnamed source in, which a later description takes up as its name
(the tracker's `speaker_resolved` for a source nobody names): "the official" -> "a justice official",
"The Smith Barney spokeswoman" -> "A spokeswoman for Smith Barney"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.lexicon import BODY_NOUNS, FINITE_TAGS, INDEFINITE_ARTICLES, NOT_INTRODUCING, PERSON_SUFFIXES
from newsfold.extract.quotes.speakers.organisations import fold_words

# A phrase that brings a source in is a description, not a clause: longer ones keep their noun phrase only.
MAX_INTRODUCTION_WORDS = 12


def introduced_for(art: ParsedArticle, speaker: Span, inside: bytearray) -> str | None:
    """A person described by the body he speaks for ("Smith Barney's spokeswoman", "The Smith Barney
    spokeswoman") whom an earlier phrase brought in with the same noun and that body ("A spokeswoman
    for Smith Barney"): that phrase (`introduction`), the tracker's name for one unnamed source; None
    otherwise."""
    head = speaker.root
    if head.pos_ != "NOUN" or head.tag_ != "NN" or not head.lemma_.lower().endswith(PERSON_SUFFIXES):
        return None
    body = {t.lower_ for t in speaker if t.pos_ == "PROPN" and t.i < head.i}
    intro = introduction(art, head, inside)
    return intro if intro is not None and body and body <= set(fold_words(intro)) \
        and intro.split()[0].lower() in INDEFINITE_ARTICLES else None


def content_words(text: str) -> int:
    return sum(1 for w in fold_words(text) if w not in ("the", "a", "an"))


def introduction(art: ParsedArticle, head: Token, inside: bytearray) -> str | None:
    """The phrase that first brought in the source a definite description ("the official") takes
    up: the first earlier noun phrase outside quotes with the same head noun that says more ("a
    justice official", "the Nova Scotia judge"); for a body, the last such phrase that names it
    ("a committee of MPs ... the Commons science and technology committee"); None when there is none."""
    lemma = head.lemma_.lower()
    found = None
    for chunk in art.doc[:head.i].noun_chunks:
        root = chunk.root
        if root.lemma_.lower() != lemma or root.tag_ != head.tag_ or inside[root.idx]:
            continue
        words = [t for t in chunk if not t.is_punct]
        if len(words) < 2 and not any(c.dep_ in ("amod", "prep", "acl") for c in root.rights):
            continue
        end = root.i + 1
        # Post-modifiers that say which one ("a person familiar with the negotiations").
        for c in root.rights:
            if _says_which(c):
                end = max(end, c.right_edge.i + 1)
        if chunk[0].lower_ in NOT_INTRODUCING:
            continue  # "his lawyer", "every person": not a phrase that brings in one source
        if end - chunk.start > MAX_INTRODUCTION_WORDS:
            end = root.i + 1
        text = art.doc[chunk.start:end].text
        if lemma not in BODY_NOUNS:
            return text
        if found is None or any(t.pos_ == "PROPN" for t in chunk if t.i < root.i):
            found = text
    return found


def description_as_written(speaker: Span) -> str:
    """A description as written with the modifiers after its noun that say which ("Members of the
    conservative press", "people familiar with the bid"), which the speaker span leaves out; the
    span alone when they run on past MAX_INTRODUCTION_WORDS or over a comma."""
    head = speaker.root
    end = speaker.end
    # Also an adjective's own tail the span cut ("sources familiar" + "with the negotiations").
    for c in [c for t in [head, *(a for a in head.rights if a.dep_ == "amod" and a.i < speaker.end)] for c in t.rights]:
        if c.i >= speaker.end and _says_which(c):
            end = max(end, c.right_edge.i + 1)
    if end - speaker.start > MAX_INTRODUCTION_WORDS:
        return speaker.text
    return speaker.doc[speaker.start:end].text


def _says_which(modifier: Token) -> bool:
    """A post-modifier that says which one ("familiar with the negotiations", "with Animal Protection
    Services"), not a clause set off by a comma, one with a finite verb of its own ("FEC records
    from the 2008 cycle show"), nor a headline's words past a line break."""
    return modifier.dep_ in ("amod", "prep", "acl") and \
        not any((t.is_punct and t.text in ",;:") or t.tag_ in FINITE_TAGS
                or ("\n" in t.whitespace_ and t.i < modifier.right_edge.i) for t in modifier.subtree)
