"""A learned sequence tagger for attributions (rule `tagger`): a linear-chain CRF over the spaCy
tokens of each paragraph labels every token O, B-C / I-C (the content of an attribution), SRC (its
source) or CUE (its cue), as PolNeAR annotates one attribution per token. Features: the parse (word,
shape, lemma, POS, tag, dependency, the head's lemma and POS, the nearest verb above and the
dependency under it, whether the lemma or the head's is in a cue list of `lexicon` and the
dependency linking the token to the nearest cue above it, inside quote marks, place in the
sentence, signed distance to the nearest cue word; the word, POS and dependency of the neighbours)
and what the rules' rows say of the token (first or later word of a row of some kind, its speaker):
the tagger learns from PolNeAR train when the rules are right.

In extraction it judges the rules' doubtful rows: an unmarked row,
or a quoted fragment, is kept when the tagger's mean probability that its words are content
(marginal over all labellings) reaches TAGGER_SUPPORT; whole quotes in marks are always kept. Only
the paragraphs holding such rows are tagged. Tune splits, one-to-one at coverage 0.3, rules alone
-> rules + tagger filter: PolNeAR dev P 0.797 R 0.796 F1 0.796 -> P 0.813 R 0.785 F1 0.799; tracker
dev (speech rows) P 0.795 R 0.830 F1 0.812 -> P 0.813 R 0.825 F1 0.819. The threshold, 0.03, is
the best on both (0.01-0.03 all beat the rules on both; at 0.05 PolNeAR ties); filtering whole quotes in marks too
costs the tracker recall. The tagger alone (its labels read as rows, by
`tagged_rows`, removed since: commit 907e068 has it) is short of the rules: PolNeAR
F1 0.766 (P 0.767 R 0.764), tracker 0.736 (P 0.710 R 0.764), and a parse-only model (no rule
features) 0.745 and 0.727; adding its rows where the rules have none gains PolNeAR recall (F1 0.800)
but costs the tracker (0.763): its extra attributions are PolNeAR's broad kind, not speech.

The shipped model (`attribution_tagger.crfsuite` beside this module, 6.8 MB) holds feature weights
only; it is fit on PolNeAR train by `python -m newsfold.eval.train_tagger` (training and the labels
from the gold are there). This module only predicts; the model is loaded once per process;
without it nothing is tagged and the rules' rows stand.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.lexicon import (
    ATTITUDE_VERBS, EVIDENCE_CUES, INTENTION_CUES, NOUN_CUES, REPORT_VERBS, SPEECH_ACT_VERBS, SPEECH_VERBS,
    THOUGHT_CUES,
)
from newsfold.extract.quotes.quote_marks import MarkedSpan

TAGGER_PATH = Path(__file__).parent / "attribution_tagger.crfsuite"
LABELS = ("O", "B-C", "I-C", "SRC", "CUE")
CONTENT = ("B-C", "I-C")

# Cue lists a token's lemma is looked up in (a feature each); "according" is a cue of its own.
CUE_LISTS = (("speech", SPEECH_VERBS), ("act", SPEECH_ACT_VERBS), ("attitude", ATTITUDE_VERBS),
             ("report", REPORT_VERBS), ("thought", THOUGHT_CUES), ("intention", INTENTION_CUES),
             ("evidence", EVIDENCE_CUES), ("noun", NOUN_CUES))
ANY_CUE = frozenset().union(*(words for _n, words in CUE_LISTS)) | {"according"}
QUOTE_CHARS = frozenset('"“”«»')
# Distances (in tokens) to the nearest cue word of the sentence are bucketed at these bounds.
DISTANCE_BUCKETS = (1, 2, 3, 5, 8, 13)
# An unmarked rule row is kept when the tagger gives its words at least this mean probability of
# being content (chosen on the tune splits of both dev sets; see the module docstring).
TAGGER_SUPPORT = 0.03
# Whether the rules' rows are features of the tagger (the shipped model is trained so or not).
RULE_FEATURES = True
# A row of the rules as the tagger reads it: start, end, kind, speaker start, speaker end.
RuleRow = tuple[int, int, str, "int | None", "int | None"]


def quoted_feature_chars(spans: Sequence[MarkedSpan], n: int) -> bytearray:
    """Per character: 1 from one character before a quote's words to one after them, the input of
    the 'inside quote marks' feature as the shipped model was fit on it (train_tagger uses this
    too). Against quote_marks.covered_chars (the marks themselves) it leaves out the first
    apostrophe of a two-character '' mark and takes a space between mark and words. Tune F1, the
    shipped model on this input: PolNeAR 0.8057, tracker 0.855; on covered_chars, which it was not
    fit on: 0.8052, 0.855; refit on covered_chars: 0.8051, 0.857 (left for a refit with the rules
    settled)."""
    inside = bytearray(n)
    for s in spans:
        lo, hi = max(0, s.start - 1), min(n, s.end + 1)
        inside[lo:hi] = b"\x01" * (hi - lo)
    return inside


def _shape(text: str) -> str:
    out = []
    for ch in text[:6]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _bucket(d: int) -> str:
    sign = "-" if d < 0 else "+"
    for b in DISTANCE_BUCKETS:
        if abs(d) <= b:
            return f"{sign}{b}"
    return f"{sign}far"


class TokenTable:
    """What the features read of every token of a doc, read once from spaCy (its attribute getters
    are slow to call per feature): words, lemmas, tags, heads, cue lists, quote marks."""

    def __init__(self, art: ParsedArticle, inside: bytearray, rule_rows: Sequence[RuleRow] = ()):
        doc = art.doc
        self.art = art
        # One array read and a string per distinct value: spaCy's per-token getters are slow.
        rows = doc.to_array([ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, IDX]).tolist()
        heads = doc.to_array(HEAD).astype("int64").tolist()  # offsets to the head, negative ones wrapped
        strings = doc.vocab.strings
        names = {h: strings[h] for h in {h for r in rows for h in r[:7]}}
        names[0] = ""
        orth = [names[r[0]] for r in rows]
        self.lower = [names[r[1]] for r in rows]
        lemmas = {h: names[h].lower() for h in {r[2] for r in rows}}
        self.lemma = [lemmas[r[2]] for r in rows]
        self.pos = [names[r[3]] for r in rows]
        self.tag = [names[r[4]] for r in rows]
        self.dep = [names[r[5]] for r in rows]
        self.ent = [names[r[6]] for r in rows]
        self.head = [i + h for i, h in enumerate(heads)]
        shapes = {w: _shape(w) for w in set(orth)}
        self.shape = [shapes[w] for w in orth]
        self.quoted = ["1" if inside[r[7]] else "0" for r in rows]
        self.qmark = [w in QUOTE_CHARS or w in ("'", "‘", "’") for w in orth]
        cues = {lem: [n for n, words in CUE_LISTS if lem in words] for lem in set(self.lemma)}
        self.cues = [cues[lem] for lem in self.lemma]
        self.is_cue = [lem in ANY_CUE for lem in self.lemma]
        self.link = [self._cue_link(i) for i in range(len(doc))]
        self.governor = [self._governor(i) for i in range(len(doc))]
        self.rule = self._rule_labels(rule_rows) if RULE_FEATURES else [None] * len(doc)
        # Signed distance to the nearest cue word of the same sentence (itself excluded).
        self.cue_dist: list[str] = ["cue_dist=none"] * len(doc)
        for sent in art.sents:
            cue_idx = [i for i in range(sent.start, sent.end) if self.is_cue[i]]
            if not cue_idx or len(cue_idx) == 1 and sent.end - sent.start == 1:
                continue
            j = 0  # cue_idx[j] is the first cue at or after i
            for i in range(sent.start, sent.end):
                while j < len(cue_idx) and cue_idx[j] < i:
                    j += 1
                near = [k for k in (cue_idx[j - 1] if j else None,
                                    cue_idx[j] if j < len(cue_idx) and cue_idx[j] != i else None,
                                    cue_idx[j + 1] if j + 1 < len(cue_idx) and cue_idx[j] == i else None)
                        if k is not None]
                if near:
                    best = min(near, key=lambda k: (abs(k - i), k))
                    self.cue_dist[i] = f"cue_dist={_bucket(best - i)}"

    def _governor(self, i: int) -> str:
        """The lemma of the nearest verb above token i and the dependency through which i hangs
        under it: "gv=say|ccomp" for the words of what was said, learned from the data rather
        than from the cue lists."""
        child, head = i, self.head[i]
        for _ in range(12):
            if head == child:
                return "gv=root"
            if self.pos[head] in ("VERB", "AUX"):
                return f"gv={self.lemma[head]}|{self.dep[child]}"
            child, head = head, self.head[head]
        return "gv=root"

    def _rule_labels(self, rule_rows: Sequence[RuleRow]) -> list[str | None]:
        """Per token, what the hand rules' rows say of it (a feature: the tagger learns when to
        trust them): first or later word of a row's content (with the row's kind), or its speaker."""
        doc = self.art.doc
        out: list[str | None] = [None] * len(doc)
        for start, end, kind, sp_start, sp_end in rule_rows:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    out[t.i] = f"rule=I-{kind}"
                out[span.start] = f"rule=B-{kind}"
            if sp_start is not None:
                span = doc.char_span(sp_start, sp_end, alignment_mode="expand")
                for t in span or ():
                    out[t.i] = "rule=SRC"
        return out

    def _cue_link(self, i: int) -> str:
        """The dependency through which token i hangs under the nearest cue word above it ("ccomp"
        for the words of a reported clause, "nsubj" for its source's), or "none"."""
        child, head = i, self.head[i]
        for _ in range(12):  # parse trees of news sentences are shallow; bounded for safety
            if head == child:
                return "none"
            if self.is_cue[head]:
                return f"{self.dep[child]}:{'verb' if self.pos[head] in ('VERB', 'AUX') else 'other'}"
            child, head = head, self.head[head]
        return "none"


def paragraphs(art: ParsedArticle) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the article's paragraphs (cut at line breaks), whitespace
    tokens left out: one CRF sequence each."""
    out: list[tuple[int, int]] = []
    start = None
    for i, space in enumerate(art.doc.to_array(IS_SPACE).tolist()):
        if space:
            if start is not None:
                out.append((start, i))
                start = None
        elif start is None:
            start = i
    if start is not None:
        out.append((start, len(art.doc)))
    return out


def sequence_features(tt: TokenTable, start: int, end: int) -> list[list[str]]:
    """Feature strings of every token of doc[start:end] (tt: the doc's TokenTable)."""
    art = tt.art
    out = []
    for i in range(start, end):
        h = tt.head[i]
        sent = art.sents[art.sent_of[i]]
        f = [f"w={tt.lower[i]}", f"l={tt.lemma[i]}", f"s={tt.shape[i]}", f"p={tt.pos[i]}", f"t={tt.tag[i]}",
             f"d={tt.dep[i]}", f"hl={tt.lemma[h]}", f"hp={tt.pos[h]}", f"pd={tt.dep[i]}|{tt.pos[h]}",
             f"link={tt.link[i]}", f"q={tt.quoted[i]}", tt.cue_dist[i],
             f"pos={int(4 * (i - sent.start) / max(1, len(sent)))}", tt.governor[i]]
        if tt.rule[i] is not None:
            f.append(tt.rule[i])
        if tt.ent[i]:
            f.append(f"e={tt.ent[i]}")
        f += [f"cue={name}" for name in tt.cues[i]]
        f += [f"hcue={name}" for name in tt.cues[h]]
        if tt.qmark[i]:
            f.append("qmark")
        if i == sent.start:
            f.append("sent_first")
        if i == sent.end - 1:
            f.append("sent_last")
        if i == start:
            f.append("para_first")
        for off in (-2, -1, 1, 2):
            k = i + off
            if start <= k < end:
                f += [f"{off}w={tt.lower[k]}", f"{off}p={tt.pos[k]}"]
                if abs(off) == 1:
                    f += [f"{off}d={tt.dep[k]}", f"{off}q={tt.quoted[k]}"]
            else:
                f.append(f"{off}edge")
        out.append(f)
    return out


@lru_cache(maxsize=1)
def load_tagger(path: str = str(TAGGER_PATH)):
    """The shipped CRF, opened once; None when there is no model file."""
    if not Path(path).exists():
        return None
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


# A model to use instead of the shipped one (training and its checks set it).
tagger_override = None


def tag_article(art: ParsedArticle, inside: bytearray, rule_rows: Sequence[RuleRow] = (),
                where: Sequence[tuple[int, int]] | None = None) -> tuple[list[str], list[float]] | None:
    """A label (LABELS) per token of the article (whitespace: O) and the probability that the
    token is content (B-C or I-C, marginal over every labelling); None without a model.
    `rule_rows`: the rules' rows, read as features when RULE_FEATURES; `where`: character ranges,
    only the paragraphs that hold one are tagged (the others: O, 0.0), for speed."""
    tagger = tagger_override or load_tagger()
    if tagger is None:
        return None
    doc = art.doc
    labels = ["O"] * len(doc)
    content = [0.0] * len(doc)
    tt = TokenTable(art, inside, rule_rows)
    for start, end in paragraphs(art):
        if where is not None:
            lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            if not any(a < hi and lo < b for a, b in where):
                continue
        labels[start:end] = tagger.tag(sequence_features(tt, start, end))
        # The marginals of the sequence just tagged.
        content[start:end] = [tagger.marginal("B-C", k) + tagger.marginal("I-C", k) for k in range(end - start)]
    return labels, content


def row_support(art: ParsedArticle, inside: bytearray, rule_rows: Sequence[RuleRow],
                     which: Sequence[int]) -> dict[int, float] | None:
    """For the rule rows at indices `which`: the tagger's mean probability that their words are
    content (punctuation left out); None without a model."""
    if not which:
        return {}
    tagged = tag_article(art, inside, rule_rows, where=[rule_rows[i][:2] for i in which])
    if tagged is None:
        return None
    prob = tagged[1]
    words = [not (p or s) for p, s in art.doc.to_array([IS_PUNCT, IS_SPACE]).tolist()]
    out = {}
    for i in which:
        span = art.doc.char_span(rule_rows[i][0], rule_rows[i][1], alignment_mode="expand")
        toks = [k for k in range(span.start, span.end) if words[k]] if span is not None else []
        out[i] = sum(prob[k] for k in toks) / len(toks) if toks else 0.0
    return out


__all__ = ["CONTENT", "LABELS", "quoted_feature_chars", "RULE_FEATURES", "TAGGER_PATH", "TAGGER_SUPPORT", "RuleRow", "TokenTable",
           "load_tagger", "paragraphs", "sequence_features", "tag_article", "row_support"]
