"""A learned row filter: drops rows of `extract_quotes` that are unlikely to be real attributions.

The rules and the cue scorer propose rows; this filter reads each finished row with its parse and
gives it a probability of being a gold attribution: a logistic regression over binary features of
the row (kind, act when the row has one, the cue word and its lemma, the cue's word list and
construction, the speaker's type and whether it resolved to a person, quote marks, content length
and whether it is a full clause, place in the article, the extractor's confidence). Each row is
judged on its own: overlapping rows are the extractor's business (its contract), not the filter's.
Rows whose probability is under the threshold are dropped, but for quoted fragments the rules
keep beside other rows (`kept_rows`): they feed the quote groups, and overlaps are the contract's.

The shipped weights (`row_filter.json` beside this module) hold feature weights, a bias and the
threshold only: no article text. This module only predicts; the training data (rows of
`extract_quotes` over PolNeAR train, labelled by one-to-one matching to gold at coverage 0.3), the
fit and the choice of the threshold (on the tune split of PolNeAR dev and of the tracker's dev
gold) are in `newsfold.eval.train_row_filter`. Retrain with

    python -m newsfold.eval.train_row_filter

(it reparses PolNeAR train, or reads the parses it cached under /tmp/qlearn-cache).
Without a weights file, or while `active` is False (the default, see below), every row is kept.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from spacy.tokens import Doc

from newsfold.extract.quotes.lexicon import (
    ATTITUDE_VERBS, COGNITION_CUES, EVIDENTIAL_VERBS, NON_PERSON_HEADS, NOUN_CUES, PERSON_NOUNS, PRONOUNS,
    PLURAL_OR_OTHER_PRONOUNS, SPEECH_ACT_VERBS, SPEECH_VERBS,
)
from newsfold.extract.quotes.quote_marks import find_quote_spans
from newsfold.records import QuoteMention

MODEL_PATH = Path(__file__).parent / "row_filter.json"
_PARA_BREAK = re.compile(r"\n\s*\n")
_CUE_LISTS = ((SPEECH_VERBS, "speech"), (SPEECH_ACT_VERBS, "speech_act"), (ATTITUDE_VERBS, "attitude"),
              (COGNITION_CUES, "cognition"), (EVIDENTIAL_VERBS, "evidential"), (NOUN_CUES, "noun"))


def _bin(x: float, edges: Sequence[float], names: Sequence[str]) -> str:
    for edge, name in zip(edges, names):
        if x < edge:
            return name
    return names[-1]


def _speaker_type(doc: Doc, q: QuoteMention) -> str:
    if q.speaker_start is None:
        return "none"
    span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None or not len(span):
        return "other"
    root = span.root
    low = span.text.lower()
    if low in PRONOUNS or low in PLURAL_OR_OTHER_PRONOUNS or root.pos_ == "PRON":
        return "pronoun"
    if root.ent_type_ == "PERSON" or (root.pos_ == "PROPN" and root.ent_type_ in ("", "PERSON")):
        return "name"
    if root.ent_type_ in ("ORG", "NORP", "GPE") or root.lemma_.lower() in NON_PERSON_HEADS:
        return "organisation"
    if root.lemma_.lower() in PERSON_NOUNS:
        return "role"
    return "other_noun"


def _cue_token(doc: Doc, by_word: dict[str, list[int]], q: QuoteMention):
    """The token the cue text was read from: the nearest one of that word to the speaker (else to
    the content)."""
    words = (q.cue or "").lower().split()
    if not words:
        return None
    idx = by_word.get(words[0])
    if not idx:
        return None
    anchor = q.speaker_start if q.speaker_start is not None else q.start_char
    best = min(idx, key=lambda i: abs(doc[i].idx - anchor))
    return doc[best]


def row_features(doc: Doc, rows: Sequence[QuoteMention]) -> list[list[str]]:
    """The features of every row of one article."""
    text = doc.text
    by_word: dict[str, list[int]] = {}
    for t in doc:
        by_word.setdefault(t.lower_, []).append(t.i)
    first_break = text.find("\n")
    para_breaks = [m.start() for m in _PARA_BREAK.finditer(text)]
    out = []
    for q in rows:
        kind = q.kind
        f = [f"kind={kind}"]
        act = getattr(q, "act", None)
        if act is not None:
            f += [f"act={act}", f"kind_act={kind}_{act}"]
        cue = (q.cue or "").lower()
        f.append(f"cue={cue or 'NONE'}")
        tok = _cue_token(doc, by_word, q)
        lemma = tok.lemma_.lower() if tok is not None else cue
        f.append(f"lemma={lemma or 'NONE'}")
        lists = [name for words, name in _CUE_LISTS if lemma in words]
        f += [f"list={name}" for name in lists] or ["list=none"]
        f += [f"kind_list={kind}_{name}" for name in lists or ["none"]]
        if cue == "according to":
            f.append("cue=according_to")
        if tok is not None:
            f += [f"cue_dep={tok.dep_}", f"cue_tag={tok.tag_}"]
            deps = {c.dep_ for c in tok.children}
            f += [f"cue_has={d}" for d in ("neg", "ccomp", "xcomp", "dobj", "agent", "auxpass") if d in deps]
            if any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
                f.append("cue_modal")
            if q.start_char <= tok.idx < q.end_char:
                f.append("cue_inside_content")
        stype = _speaker_type(doc, q)
        f += [f"speaker={stype}", f"kind_speaker={kind}_{stype}"]
        f.append(f"resolved={q.speaker_local_key is not None}")
        if q.speaker_start is not None:
            where = ("before" if q.speaker_end <= q.start_char else
                     "after" if q.speaker_start >= q.end_char else "inside")
            f.append(f"speaker_at={where}")
        if not cue and q.speaker_start is None:
            f.append("no_cue_no_speaker")
        content = text[q.start_char:q.end_char]
        if kind == "indirect" and find_quote_spans(content):
            f.append("marks_in_content")
        span = doc.char_span(q.start_char, q.end_char, alignment_mode="expand")
        n_tok = len(span) if span is not None else len(content.split())
        f.append("len=" + _bin(n_tok, (4, 8, 15, 30), ("<4", "<8", "<15", "<30", "30+")))
        if span is not None and len(span):
            has_verb = any(t.pos_ in ("VERB", "AUX") for t in span)
            has_subj = any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i >= span.start
                           and t.head.i < span.end for t in span)
            f.append(f"clause={'full' if has_verb and has_subj else ('verbal' if has_verb else 'none')}")
            f.append(f"root_pos={span.root.pos_ if span.root.pos_ in ('NOUN', 'PROPN', 'VERB', 'AUX', 'PRON') else 'OTHER'}")
            sent = span[0].sent
            if any(m in sent.text for m in '"“”'):
                f.append("sent_has_marks")
        first = content.lstrip()[:1]
        f.append("starts=" + ("upper" if first.isupper() else "lower" if first.islower() else "other"))
        low = content.lower()
        for w in ("that ", "to ", "the ", "a "):
            if low.startswith(w):
                f.append(f"starts={w.strip()}")
        if first_break == -1 or q.start_char < first_break:
            f.append("pos=headline")
        else:
            k = sum(1 for b in para_breaks if b < q.start_char)
            f.append("pos=" + _bin(k, (2, 4, 10), ("para1", "para2_3", "para4_9", "later")))
        f.append("conf=" + _bin(q.confidence, (0.4, 0.5, 0.6, 0.7, 0.8, 0.9), ("<.4", "<.5", "<.6", "<.7", "<.8", "<.9", ">=.9")))
        out.append(sorted(set(f)))
    return out


class RowFilter:
    """Logistic regression over binary features; rows at or over `threshold` are kept."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float, meta: dict | None = None):
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.meta = meta or {}

    def probability(self, features: Sequence[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def to_json(self) -> dict:
        return {"bias": round(self.bias, 5), "threshold": self.threshold, "meta": self.meta,
                "weights": {k: round(v, 5) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-5}}

    @classmethod
    def from_json(cls, d: dict) -> "RowFilter":
        return cls(d["weights"], d["bias"], d["threshold"], d.get("meta"))


@lru_cache(maxsize=1)
def load_filter(path: str = str(MODEL_PATH)) -> RowFilter | None:
    p = Path(path)
    if not p.exists():
        return None
    with open(p, encoding="utf-8") as f:
        return RowFilter.from_json(json.load(f))


# A filter to use instead of the shipped one (training sets each candidate model here); `active`
# False keeps every row. Off by default: on the extractor's one-row-per-attribution contract it pays
# next to nothing on tune (mean one-to-one F1 +0.001: PolNeAR dev +0.005, tracker speech -0.002)
# for ~6 ms an article (newsfold.eval.train_row_filter has the figures). Set True to use it.
filter_override: RowFilter | None = None
active = False


def row_probabilities(doc: Doc, rows: Sequence[QuoteMention], model: RowFilter) -> list[float]:
    return [model.probability(f) for f in row_features(doc, rows)]


def kept_rows(rows: Sequence[QuoteMention], probs: Sequence[float], threshold: float) -> list[QuoteMention]:
    """The rows at or over `threshold`, but for the quoted fragments the rules keep beside other rows
    (the extractor's contract, not the filter's): a partial quote inside another row's span is kept
    when a row around it is, and a partial with neither cue nor speaker (kept by the rules for the
    quote groups) is always kept."""
    keep = [p >= threshold for p in probs]
    out = []
    for i, q in enumerate(rows):
        k = keep[i]
        if q.kind == "partial":
            around = [j for j, o in enumerate(rows) if j != i and o.start_char <= q.start_char
                      and q.end_char <= o.end_char and (o.start_char, o.end_char) != (q.start_char, q.end_char)]
            if around:
                k = any(keep[j] for j in around)
            elif q.cue is None and q.speaker_start is None:
                k = True
        if k:
            out.append(q)
    return out


def filter_rows(doc: Doc, rows: Sequence[QuoteMention]) -> list[QuoteMention]:
    """The rows the filter keeps, in their order; all of them without a model or when switched off."""
    model = filter_override or load_filter()
    if not active or model is None or not rows:
        return list(rows)
    return kept_rows(rows, row_probabilities(doc, rows, model), model.threshold)


__all__ = ["MODEL_PATH", "RowFilter", "filter_rows", "kept_rows", "load_filter", "row_features", "row_probabilities"]
