"""A learned attribution-cue scorer that adds attributions the hand rules miss (rule `learned`).

Candidates are verbs outside quote marks with a subject (or a passive agent) in the parse and a
content the rules would build for a report or speech-act verb (the clausal complement, else the
object and complements). Each candidate gets a few dozen binary features (the subject's kind, the
verb's dependents, tense, place in the sentence, quote marks nearby, whether a hand list knows
the lemma, ...) and a lemma prior: the smoothed rate at which the lemma was a gold cue in the
training data, as a log-odds, so unseen lemmas fall back to the features. A logistic regression
turns them into a probability; candidates whose content the rules have not already covered and
whose probability reaches the threshold become indirect attributions with the subject as speaker.

The shipped model (`attribution_cues.json` beside this module) holds derived statistics only:
feature weights, per-lemma counts of (gold cue, candidate), the smoothing and the threshold; no
article text. It is fit on PolNeAR train (840 articles) with the threshold (0.25) chosen on the
tune split of PolNeAR dev: there, one-to-one F1 at coverage 0.3 goes from 0.783 (rules) to 0.796.
Nouns and adjectives are offered too (`nominal_sites`: "attacks on Sanders", "his goal is to ...",
"is wary of ..."), scored by a model of their own (`Scorer.nominal`, its lemmas keyed "n:attack",
"a:wary") so that the verbs' model stays as it was; only lemmas seen as a cue in training are
looked at. Its threshold (0.45) is chosen on dev tune with the verbs' fixed: there, one-to-one F1
0.8154 -> 0.8159; in 2-fold cross-validation on PolNeAR train 0.7758 -> 0.7786 (0.7797 at 0.25).
Later verb candidates (pn40): content after "at", "on", "in" not a time or place ("fired back at"),
short objects ("sided with Clinton") and lemmas often a cue whatever the subject (`eligible_lemmas`):
2-fold cross-validation on PolNeAR train 0.7794 -> 0.7806, dev tune 0.816 -> 0.817.
This module only predicts; training, the choice and the figures are in
`newsfold.eval.train_attribution` (`python -m newsfold.eval.train_attribution
../shared/eval/polnear_train.jsonl --choose ../shared/eval/polnear_dev.jsonl`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Container, Sequence

from spacy.tokens import Span, Token

from newsfold.extract.quotes.article import Attribution, ParsedArticle
from newsfold.extract.quotes.attributions.content import cut_content
from newsfold.extract.quotes.attributions.reported_speech import complement_extent, reported_clause
from newsfold.extract.quotes.learned.nominal_sites import adjective_site, noun_site
from newsfold.extract.quotes.lexicon import (
    ATTITUDE_ADJECTIVES, ATTITUDE_VERBS, CONTENT_PREPS, NON_PERSON_HEADS, NOUN_CUES, PERSON_NOUNS, PLURAL_TAGS,
    RELATIVE_PRONOUNS, REPORT_VERBS, SOURCELESS_VERBS, SOURCE_NOUNS, SPEECH_ACT_VERBS, SPEECH_VERBS,
)
from newsfold.extract.quotes.quote_marks import MarkedSpan
from newsfold.extract.quotes.speakers.speaker_spans import speaker_span
from newsfold.extract.quotes.speakers.subjects import clause_span, cue_text, pobj, source_like, subject_of

MODEL_PATH = Path(__file__).parent / "attribution_cues.json"
# A candidate whose content is already covered this much by rule output is not a new attribution.
COVERED_MAX = 0.5
MIN_CONTENT_CHARS = 12
# A shorter object (not a clause) is offered down to this, marked "short_content" ("sided with Clinton").
MIN_OBJECT_CHARS = 3
# Prepositions that often head a time or place ("in March"): content after one is taken when its object is
# no time, date or place entity, marked by it ("content=prep_at": "fired back at", "poked fun at").
_PLACE_PREPS = ("in", "at", "on")
_TIME_PREPS = ("during", "after", "before", "since", "until")
_TIME_PLACE_ENTITIES = ("DATE", "TIME", "GPE", "LOC", "FAC")
# A noun's or adjective's content is often one name ("attacks on Sanders", "wary of Trump").
MIN_NOMINAL_CONTENT_CHARS = 3
NOMINAL_PREFIXES = {"NOUN": "n:", "ADJ": "a:"}
# Per part of speech of a nominal candidate: its features' prefix, where it could cue (nominal_sites)
# and the hand rules' own list of its cues.
_NOMINAL_KINDS = {"NOUN": ("noun:", noun_site, NOUN_CUES), "ADJ": ("adj:", adjective_site, ATTITUDE_ADJECTIVES)}
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# Features that keep a candidate from the learned output (`eligible`), bare (a verb's) and with each
# nominal kind's prefix ("noun:subj=you").
_NOT_ELIGIBLE = ("quote_in_content", "subj=you")
_NOT_ELIGIBLE_FEATURES = frozenset(_NOT_ELIGIBLE) | {prefix + f for prefix, _, _ in _NOMINAL_KINDS.values()
                                                     for f in _NOT_ELIGIBLE}


@dataclass
class Candidate:
    token: Token
    start: int
    end: int
    subject: Token | None  # a noun or adjective cue may have no source in the parse
    lemma: str
    features: list[str]
    covered: float  # fraction of the content characters already in rule output

    @cached_property
    def speaker(self) -> Span | None:
        """The speaker phrase of the subject, read only for the candidates the scorer takes."""
        return speaker_span(self.subject) if self.subject is not None else None


def _subject_kind(subj: Token) -> list[str]:
    low = subj.lower_
    out = []
    if low in _PERSONAL_PRONOUNS:
        out.append("subj=perspron")
    elif low in ("it", "this", "that", "there"):
        out.append("subj=it")
    elif low in RELATIVE_PRONOUNS:
        out.append("subj=rel")
    elif low == "you":
        out.append("subj=you")
    elif subj.pos_ == "PRON":
        out.append("subj=otherpron")
    ent = subj.ent_type_
    if ent:
        out.append(f"subj_ent={ent if ent in ('PERSON', 'ORG', 'NORP', 'GPE') else 'OTHER'}")
    out.append(f"subj_pos={subj.pos_ if subj.pos_ in ('PROPN', 'NOUN', 'PRON') else 'OTHER'}")
    lemma = subj.lemma_.lower()
    out += [f"subj={name}" for words, name in ((PERSON_NOUNS, "person_noun"), (SOURCE_NOUNS, "source_noun"),
                                               (NON_PERSON_HEADS, "doc_or_inst")) if lemma in words]
    if source_like(subj):
        out.append("subj=source_like")
    if subj.tag_ in PLURAL_TAGS:
        out.append("subj=plural")
    return out


def _content(verb: Token, disabled: frozenset[str]) -> tuple[int, int, str] | None:
    comp = reported_clause(verb, disabled=disabled)
    if comp is not None:
        start, end = clause_span(comp)
        return start, end, "content=clause"
    if any(c.dep_ == "auxpass" for c in verb.children):
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and any(c.dep_ == "agent" for c in verb.children):
            start, end = clause_span(subj)
            return start, end, "content=passive_subject"
        return None
    extent = complement_extent(verb, disabled=disabled)
    if extent is not None:
        return extent[0], extent[1], "content=object"
    # "responded by using ...", "rallied over issues like ...", "bristled at the questions": the
    # first prepositional phrase after the verb whose object is not a time or place.
    for c in verb.rights:
        if c.dep_ == "prep" and c.lower_ not in _TIME_PREPS:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in _TIME_PLACE_ENTITIES:
                start, end = clause_span(obj)
                return start, end, f"content=prep_{c.lower_}" if c.lower_ in _PLACE_PREPS else "content=prep_other"
    return None


def _place_features(art: ParsedArticle, inside: bytearray, t: Token, start: int, end: int, cov: float) -> list[str]:
    """Where the cue and its content are: the sentence's place in the article, the cue's in its
    sentence, quote marks near, the content's length and how much of it rule rows cover."""
    text = art.text
    sent = art.sent(t.i)
    k = art.sent_of[t.i]
    n_sents = len(art.sents)
    feats = [f"sent_pos={'first' if k == 0 else ('early' if k < 4 else ('last' if k == n_sents - 1 else 'mid'))}"]
    rel = (t.i - sent.start) / max(1, len(sent))
    feats.append(f"verb_pos={'start' if rel < 0.25 else ('end' if rel > 0.75 else 'middle')}")
    stext = text[sent.start_char:sent.end_char]
    if any(m in stext for m in '"“”'):
        feats.append("quote_in_sent")
    if any(inside[start:end]):
        feats.append("quote_in_content")
    words = len(text[start:end].split())
    feats.append(f"len={'<4' if words < 4 else ('<10' if words < 10 else ('<25' if words < 25 else '25+'))}")
    feats.append(f"covered={'none' if cov == 0 else ('some' if cov < COVERED_MAX else 'most')}")
    return feats


def _content_features(doc, start: int, end: int) -> list[str]:
    """What the content is: its head's part of speech and entity type, a speech noun, a verb in it."""
    feats = []
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span):
        head = span.root
        feats.append(f"obj_pos={head.pos_ if head.pos_ in ('NOUN', 'PROPN', 'VERB', 'PRON', 'AUX') else 'OTHER'}")
        if head.ent_type_:
            feats.append(f"obj_ent={head.ent_type_ if head.ent_type_ in ('PERSON', 'ORG', 'NORP', 'GPE') else 'OTHER'}")
        if head.lemma_.lower() in NOUN_CUES:
            feats.append("obj=speech_noun")
        if any(x.pos_ in ("VERB", "AUX") for x in span):
            feats.append("obj_has_verb")
    return feats


def candidates(art: ParsedArticle, inside: bytearray, covered: bytearray,
               marked: Sequence[MarkedSpan] = (), known: Container[str] | None = None) -> list[Candidate]:
    """Every verb that could be a missed attribution cue, with its features, then every noun and
    adjective (`nominal_candidates`, with `known`). `art` is a `ParsedArticle`; `covered` marks the
    characters of rule output."""
    doc = art.doc
    text = art.text
    out: list[Candidate] = []
    for i, pos in enumerate(art.columns.pos):
        if pos != "VERB":
            continue
        t = doc[i]
        if inside[t.idx]:
            continue
        lemma = t.lemma_.lower()
        found = _content(t, art.disabled)
        if found is None:
            continue
        start, end, content_kind = found
        passive = content_kind == "content=passive_subject"
        if passive:
            agent = next(c for c in t.children if c.dep_ == "agent")
            subj = pobj(agent)
        else:
            subj = subject_of(t, inside, disabled=art.disabled)
        if subj is None or start <= subj.idx < end:
            continue
        start, end = cut_content(text, marked, start, end)
        short = end - start < MIN_CONTENT_CHARS
        if end - start < MIN_OBJECT_CHARS or (short and content_kind == "content=clause"):
            continue
        n = end - start
        cov = sum(covered[start:end]) / n
        feats = [content_kind, f"dep={t.dep_}", f"tag={t.tag_}"]
        if short:
            feats.append("short_content")
        feats += _subject_kind(subj)
        feats += [f"list={name}" for words, name in (
            (SPEECH_VERBS, "speech"), (SPEECH_ACT_VERBS, "speech_act"), (ATTITUDE_VERBS, "attitude"),
            (REPORT_VERBS, "report"), (SOURCELESS_VERBS, "sourceless")) if lemma in words]
        deps = {c.dep_ for c in t.children}
        for d in ("ccomp", "xcomp", "dobj", "prep", "advcl", "dative", "neg", "aux", "prt", "agent", "advmod"):
            if d in deps:
                feats.append(f"has={d}")
        for c in t.children:
            if c.dep_ == "prep" and c.i > t.i:
                feats.append(f"prep={c.lower_ if c.lower_ in CONTENT_PREPS else 'other'}")
            if c.dep_ == "aux" and c.tag_ == "MD":
                feats.append("modal")
            if c.dep_ == "mark" and c.lower_ == "that":
                feats.append("own_that")
        if content_kind == "content=clause":
            comp = reported_clause(t, disabled=art.disabled)
            if any(g.dep_ == "mark" and g.lower_ == "that" for g in comp.children):
                feats.append("clause_that")
        if subj.i > t.i:
            feats.append("subj_after")
        if t.head.i != t.i and t.dep_ == "xcomp":
            feats.append(f"xcomp_of_list={t.head.lemma_.lower() in REPORT_VERBS}")
        feats += _place_features(art, inside, t, start, end, cov)
        if any(x.lower_ in ("if", "when", "because", "whether") and x.dep_ == "mark" for x in t.children):
            feats.append("subordinate")
        feats += _content_features(doc, start, end)
        if t.dep_ in ("relcl", "acl") or (t.head.dep_ in ("relcl",) and t.dep_ == "conj"):
            feats.append("in_relcl")
        out.append(Candidate(token=t, start=start, end=end, subject=subj, lemma=lemma, features=feats, covered=cov))
    return out + nominal_candidates(art, inside, covered, marked, known)


def nominal_key(pos: str, lemma: str) -> str | None:
    """The lemma prior's key of a noun or adjective cue ("n:support", "a:wary"): apart from the
    verb's, as a lemma's rate as a cue differs by part of speech; None for other words."""
    prefix = NOMINAL_PREFIXES.get(pos)
    return prefix + lemma.lower() if prefix is not None else None


def is_nominal_key(lemma: str) -> bool:
    """The lemma key is a noun's or adjective's (`nominal_key`), scored by the nominal model."""
    return ":" in lemma


def nominal_candidates(art: ParsedArticle, inside: bytearray, covered: bytearray,
                       marked: Sequence[MarkedSpan] = (), known: Container[str] | None = None) -> list[Candidate]:
    """Every noun and adjective outside quote marks with content and, when the parse gives one, a
    source (`nominal_sites`), with its features (each named with its part of speech: "noun:src=poss").
    `known`: the lemma keys worth scoring (those the model saw as cues); all when None."""
    doc = art.doc
    cols = art.columns
    out: list[Candidate] = []
    for i, (pos, lemma) in enumerate(zip(cols.pos, cols.lemma)):
        if pos not in NOMINAL_PREFIXES:
            continue
        key = nominal_key(pos, lemma)
        if (known is not None and key not in known) or not lemma.isalpha():
            continue
        t = doc[i]
        if inside[t.idx]:
            continue
        feature_prefix, site_of, hand_list = _NOMINAL_KINDS[pos]
        site = site_of(t, inside, art.disabled)
        if site is None:
            continue
        start, end = cut_content(art.text, marked, site.start, site.end)
        if end - start < MIN_NOMINAL_CONTENT_CHARS:
            continue
        cov = sum(covered[start:end]) / (end - start)
        feats = ["cand", f"content={site.content_kind}", f"src={site.source_kind}", f"dep={t.dep_}", f"tag={t.tag_}",
                 f"head_pos={t.head.pos_ if t.head.i != t.i else 'ROOT'}"]
        if site.prep is not None:
            feats.append(f"prep={site.prep}")
        if site.source is not None:
            feats += _subject_kind(site.source)
        if lemma.lower() in hand_list:
            feats.append("list=hand")
        if t.head.lemma_.lower() in REPORT_VERBS:
            feats.append("head_list=report")
        det = next((c.lower_ for c in t.children if c.dep_ == "det"), None)
        feats.append(f"det={'none' if det is None else (det if det in ('the', 'a', 'an', 'no', 'this') else 'other')}")
        feats += _place_features(art, inside, t, start, end, cov)
        feats += _content_features(doc, start, end)
        out.append(Candidate(token=t, start=start, end=end, subject=site.source, lemma=key,
                             features=[feature_prefix + f for f in feats], covered=cov))
    return out


class Scorer:
    """Logistic regression over binary features plus the smoothed lemma log-odds. Noun and adjective
    candidates are scored by a model of their own (`nominal`, fit and thresholded apart), so that
    they leave the verbs' model as it was."""

    def __init__(self, weights: dict[str, float], bias: float, prior_weight: float,
                 lemmas: dict[str, tuple[int, int]], base_rate: float, alpha: float, threshold: float,
                 nominal: "Scorer | None" = None, eligible_lemmas: frozenset[str] = frozenset()):
        self.weights = weights
        self.bias = bias
        self.prior_weight = prior_weight
        self.lemmas = lemmas
        self.base_rate = base_rate
        self.alpha = alpha
        self.threshold = threshold
        self.nominal = nominal
        # Verb lemmas often a cue in training (train_attribution.eligible_by_prior), whatever the subject.
        self.eligible_lemmas = frozenset(eligible_lemmas)

    @property
    def nominal_cues(self) -> frozenset[str]:
        """The noun and adjective lemma keys seen as a cue in training: the only ones worth scoring."""
        return self.nominal.cue_lemmas if self.nominal is not None else frozenset()

    @cached_property
    def cue_lemmas(self) -> frozenset[str]:
        """The lemma keys seen as a cue at least once."""
        return frozenset(k for k, (pos, _n) in self.lemmas.items() if pos > 0)

    def model_for(self, lemma: str) -> "Scorer":
        """The model that scores a candidate of this lemma key: the nominal one for a noun or adjective."""
        return self.nominal if is_nominal_key(lemma) and self.nominal is not None else self

    def lemma_logodds(self, lemma: str, exclude_positive: int = 0, exclude: int = 0) -> float:
        pos, n = self.lemmas.get(lemma, (0, 0))
        pos, n = pos - exclude_positive, n - exclude
        rate = (pos + self.alpha * self.base_rate) / (n + self.alpha)
        return math.log(rate / (1 - rate))

    def probability(self, features: Sequence[str], lemma: str) -> float:
        z = self.bias + self.prior_weight * self.lemma_logodds(lemma)
        z += sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict:
        return {"bias": self.bias, "prior_weight": self.prior_weight, "base_rate": self.base_rate,
                "alpha": self.alpha, "threshold": self.threshold,
                "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())},
                "lemmas": {k: list(v) for k, v in sorted(self.lemmas.items())},
                **({"eligible_lemmas": sorted(self.eligible_lemmas)} if self.eligible_lemmas else {}),
                **({"nominal": self.nominal.to_json()} if self.nominal is not None else {})}

    @classmethod
    def from_json(cls, d: dict) -> "Scorer":
        return cls(d["weights"], d["bias"], d["prior_weight"], {k: tuple(v) for k, v in d["lemmas"].items()},
                   d["base_rate"], d["alpha"], d["threshold"],
                   cls.from_json(d["nominal"]) if "nominal" in d else None, frozenset(d.get("eligible_lemmas", ())))


@lru_cache(maxsize=1)
def load_scorer(path: str = str(MODEL_PATH)) -> Scorer | None:
    p = Path(path)
    if not p.exists():
        return None
    with open(p, encoding="utf-8") as f:
        return Scorer.from_json(json.load(f))


def usable(features: Sequence[str]) -> bool:
    """Not marked words (the rules' business: scare quotes, titles) nor the reader addressed ("you")."""
    return not any(f in _NOT_ELIGIBLE_FEATURES for f in features)


def eligible(features: Sequence[str], lemma: str, eligible_lemmas: Container[str] = ()) -> bool:
    """The rules' own filters, kept for learned candidates (`usable`); an abstract subject ("these
    provocations support ...") is no source, except for a speech act or a verb lemma that was a cue
    often enough in training whatever its subject (`eligible_lemmas`: "The move could allow ...",
    "Federal law prohibits ...")."""
    if not usable(features):
        return False
    # A noun's or adjective's source is often none in the parse ("Opposition to the TPP", "accusations
    # of murder"): PolNeAR annotates the cue all the same.
    return lemma in SPEECH_ACT_VERBS or "subj=source_like" in features or is_nominal_key(lemma) or lemma in eligible_lemmas


# A scorer to use instead of the shipped one: cross-validation (newsfold.eval.train_attribution)
# sets each fold's model here, so that extraction scores with it.
scorer_override: Scorer | None = None


def learned_attributions(art: ParsedArticle, inside: bytearray, marked: Sequence[MarkedSpan],
                         spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, Attribution, float]]:
    """(start, end, attribution, probability) for every candidate the scorer accepts whose content
    the rule output `spans` does not already cover. Nothing when no model is shipped."""
    scorer = scorer_override or load_scorer()
    if scorer is None:
        return []
    covered = bytearray(len(art.text))
    for s, e in spans:
        covered[s:e] = b"\x01" * (e - s)
    out = []
    for c in candidates(art, inside, covered, marked, scorer.nominal_cues):
        if c.covered >= COVERED_MAX or not eligible(c.features, c.lemma, scorer.eligible_lemmas):
            continue
        model = scorer.model_for(c.lemma)
        p = model.probability(c.features, c.lemma)
        if p >= model.threshold:
            cue = cue_text(c.token) if c.token.pos_ == "VERB" else c.token.text
            out.append((c.start, c.end, Attribution(cue=cue, cue_token=c.token, speaker=c.speaker), p))
    return out


__all__ = ["Candidate", "Scorer", "candidates", "eligible", "usable", "is_nominal_key", "learned_attributions", "load_scorer",
           "nominal_candidates", "nominal_key", "MODEL_PATH"]
