"""What "they" stands for when it speaks and none of the article's people is found for it: the
plural source or the organisation brought in just before it ("several auto-industry executives have
warned ... They say"), as written; no person's name is guessed (speaker_names)."""

from __future__ import annotations

from spacy.tokens import Token

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.lexicon import BODY_NOUNS, PERSON_NOUNS, PLURAL_TAGS, SOURCE_NOUNS, SUBJECT_DEPS
from newsfold.extract.quotes.speakers.organisations import Organisations, org_like
from newsfold.extract.quotes.speakers.sentence_subjects import in_reported_clause
from newsfold.extract.quotes.speakers.speaker_spans import speaker_span
from newsfold.extract.quotes.speakers.subjects import conjoined_subject, is_cue_verb

# How many "..., they said" in a row "they" follows back to the sources that brought them in.
MAX_THEY_CHAIN = 3


def plural_antecedent(art: ParsedArticle, pronoun: Token, inside: bytearray, orgs: Organisations,
                      depth: int = 0) -> str | None:
    """What "they" stands for: the last plural noun phrase that is a subject earlier in its
    sentence or in the sentence before, outside quotes ("several auto-industry executives have
    warned ... They say"), as written; else the last organisation or collective there that is a
    subject ("Murphy's campaign is tying ... They are saying"); None when there is none (no
    person's name is guessed)."""
    k = art.sent_of[pronoun.i]
    lo = art.sents[max(0, k - 1)].start
    doc = art.doc
    subjects = [t for t in reversed(doc[lo:pronoun.i]) if not inside[t.idx] and (
        t.dep_ in SUBJECT_DEPS or (t.dep_ == "pobj" and t.head.dep_ == "agent") or (  # "opposed by X"
            t.dep_ == "conj" and any(conjoined_subject(v) == t for v in doc[t.i + 1:min(t.i + 5, len(doc))]
                                     if v.pos_ == "VERB" and v.dep_ == "conj")))]
    subjects = [t for t in subjects if not in_reported_clause(t)]  # "Most eligible firms would ..., they said"
    for t in subjects:
        if t.lower_ == "they" and is_cue_verb(t.head) and depth < MAX_THEY_CHAIN:
            return plural_antecedent(art, t, inside, orgs, depth + 1)  # "..., they said. / ..., they added"
        if t.tag_ in PLURAL_TAGS and (
                t.lemma_.lower() in PERSON_NOUNS or t.lemma_.lower() in SOURCE_NOUNS or t.ent_type_ == "NORP"):
            return speaker_span(t).text
    for t in subjects:
        if org_like(t) and not orgs.person_chars[t.idx]:
            return orgs.fullest(speaker_span(t).text) or speaker_span(t).text
        if t.tag_ == "NN" and t.lemma_.lower() in BODY_NOUNS:
            return speaker_span(t).text
    return None
