"""A description that takes up an earlier phrase with the same noun is that phrase's person.
- A role phrase that speaks again ("the independent Vermont senator said ... / ..., the senator
  said"): the earlier speaker phrase with the same head noun is the same person, however many
  people spoke in between ("'That would be you?' Borger asked. / 'That would be me,' the senator said").
- A definite description said again in the same words ("the prime minister told a radio programme ... / According
  to the author the prime minister said"): the person its earlier use as a speaker was, while he is still
  talked about, not the person a sentence in between happens to be about ("Deputy Prime Minister ...").
- A definite description whose noun the article brought in earlier with "a" ("A federal judge has
  ordered ... / The judge pointed to ..."). resolve_speakers leaves it nameless ("a justice official
  said ... the justice official said": nobody named); but when the article has named that person
  since, it is the name: the person the indefinite phrase itself was named as ("A lawmaker in the
  Philippines is calling ... / ... Joey Salceda said": the "named-next" rule), or the one person
  the article titles with the noun, first named after it ("Judge Gonzalo Curiel")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.lexicon import INDEFINITE_ARTICLES
from newsfold.extract.quotes.speakers.people_index import PeopleIndex
from newsfold.extract.quotes.speakers.speaker_spans import speaker_span
from newsfold.extract.quotes.speakers.subjects import is_cue_subject
from newsfold.nlp.determiners import under_the


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
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and is_cue_subject(t) and not inside[t.idx] \
                and under_the(t) \
                and any(c.dep_ in ("amod", "compound") for c in t.children):
            found = t
    return found


def same_description_before(art: ParsedArticle, speaker: Span, inside: bytearray) -> Token | None:
    """For a definite description speaker ("the prime minister"): the head of the last speaker phrase
    before it, outside quotes, in the same words ("the prime minister told ... / ... the prime minister
    said:"): the writer names one role so for one person throughout,
    however many other people the sentences between bring in; None when there is none."""
    words = [t.lower_ for t in speaker]
    head = speaker.root
    if head.pos_ != "NOUN" or words[0] != "the" or len(words) < 2:
        return None
    found = None
    for t in art.doc[:speaker.start]:
        if t.lemma_ == head.lemma_ and t.pos_ == "NOUN" and is_cue_subject(t) and not inside[t.idx] \
                and [x.lower_ for x in speaker_span(t)] == words:
            found = t
    return found


def indefinite_before(art: ParsedArticle, head: Token) -> Token | None:
    """The noun brought in earlier in the article as somebody not named: "a justice official" (an
    indefinite phrase with the same head), so "the official" is that one; None when there is none."""
    lemma = head.lemma_.lower()
    return next((t for t in art.doc[:head.i] if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in t.children)), None)


def named_since_indefinite(first: Token, head: Token, index: PeopleIndex,
                           resolve: Callable[[Span], str | None]) -> str | None:
    """The person the description's earlier indefinite phrase 'first' (indefinite_before) turned out
    to be; None when nobody was named since. 'resolve' resolves a speaker span to a person's key
    (resolve_speaker)."""
    key = resolve(speaker_span(first))
    if key is not None:
        return key
    titled = index.titled(head.lemma_.lower())
    own = next((m for m in index.mentions if m.local_key == titled), None) if titled is not None else None
    if own is not None and first.idx < own.start_char < head.idx:
        return titled
    return None
