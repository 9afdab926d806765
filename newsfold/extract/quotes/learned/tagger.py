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

from spacy.attrs import HEAD, IDX, IS_PUNCT, IS_SPACE

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
# The names of the cue lists a lemma is in (looked up per token; tuples: shared by all tokens).
CUE_NAMES = {lem: tuple(n for n, words in CUE_LISTS if lem in words) for lem in ANY_CUE}
NO_CUES: tuple[str, ...] = ()
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


# Signed distance -> its feature string, formatted once per process.
_DISTANCE_FEATURES: dict[int, str] = {}


class TokenTable:
    """What the features read of every token of a doc, read once from spaCy (its attribute getters
    are slow to call per feature): words, lemmas, tags, heads, cue lists, quote marks."""

    def __init__(self, art: ParsedArticle, inside: bytearray, rule_rows: Sequence[RuleRow] = ()):
        doc = art.doc
        self.art = art
        # The token attributes read once per article: spaCy's per-token getters are slow.
        cols = art.columns
        orth, self.lower, self.pos, self.tag, self.dep, self.ent = cols.orth, cols.lower, cols.pos, cols.tag, cols.dep, cols.ent
        lemmas = {lem: lem.lower() for lem in set(cols.lemma)}
        self.lemma = [lemmas[lem] for lem in cols.lemma]
        heads = doc.to_array(HEAD).astype("int64").tolist()  # offsets to the head, negative ones wrapped
        self.head = [i + h for i, h in enumerate(heads)]
        shapes = {w: _shape(w) for w in set(orth)}
        self.shape = [shapes[w] for w in orth]
        self.quoted = ["1" if inside[i] else "0" for i in doc.to_array(IDX).tolist()]
        self.qmark = [w in QUOTE_CHARS or w in ("'", "‘", "’") for w in orth]
        self.cues = [CUE_NAMES.get(lem, NO_CUES) for lem in self.lemma]
        self.is_cue = [lem in ANY_CUE for lem in self.lemma]
        self.link, self.governor = _head_walks(self.head, self.pos, self.lemma, self.dep, self.is_cue)
        self.rule = self._rule_labels(rule_rows) if RULE_FEATURES else [None] * len(doc)
        self.sent_bounds = [(sent.start, sent.end) for sent in art.sents]  # Span.start/.end are calls
        # Signed distance to the nearest cue word of the same sentence (itself excluded).
        self.cue_dist: list[str] = ["cue_dist=none"] * len(doc)
        is_cue, cue_dist, named = self.is_cue, self.cue_dist, _DISTANCE_FEATURES
        for s_start, s_end in self.sent_bounds:
            cue_idx = [i for i in range(s_start, s_end) if is_cue[i]]
            if not cue_idx or len(cue_idx) == 1 and s_end - s_start == 1:
                continue
            j = 0  # cue_idx[j] is the first cue at or after i
            for i in range(s_start, s_end):
                while j < len(cue_idx) and cue_idx[j] < i:
                    j += 1
                near = [k for k in (cue_idx[j - 1] if j else None,
                                    cue_idx[j] if j < len(cue_idx) and cue_idx[j] != i else None,
                                    cue_idx[j + 1] if j + 1 < len(cue_idx) and cue_idx[j] == i else None)
                        if k is not None]
                if near:
                    d = min(near, key=lambda k: (abs(k - i), k)) - i
                    cue_dist[i] = named.get(d) or named.setdefault(d, f"cue_dist={_bucket(d)}")

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


def _head_walks(head: list[int], pos: list[str], lemma: list[str], dep: list[str],
                is_cue: list[bool]) -> tuple[list[str], list[str]]:
    """Per token, walking up its heads (at most 12: parse trees of news sentences are shallow;
    bounded for safety): the dependency through which it hangs under the nearest cue word above it
    ("ccomp:verb" for the words of a reported clause, "nsubj:verb" for its source's; "none"), and
    the lemma of the nearest verb above it with the dependency under it ("gv=say|ccomp" for the
    words of what was said, learned from the data rather than from the cue lists; "gv=root")."""
    verbal = [p in ("VERB", "AUX") for p in pos]
    links, governors = [], []
    for i in range(len(head)):
        cue = _nearest_above(i, head, is_cue)
        links.append("none" if cue is None else f"{dep[cue[0]]}:{'verb' if verbal[cue[1]] else 'other'}")
        verb = _nearest_above(i, head, verbal)
        governors.append("gv=root" if verb is None else f"gv={lemma[verb[1]]}|{dep[verb[0]]}")
    return links, governors


def _nearest_above(i: int, head: list[int], wanted: list[bool]) -> tuple[int, int] | None:
    """(child, ancestor) for the nearest ancestor of token i that is `wanted`, the child being the
    token on the path that hangs under it; None at the root or after 12 steps."""
    child, up = i, head[i]
    for _ in range(12):
        if up == child:
            return None
        if wanted[up]:
            return child, up
        child, up = up, head[up]
    return None


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
    sent_of, bounds = tt.art.sent_of, tt.sent_bounds
    lower, lemma, shape, pos, tag, dep, ent = tt.lower, tt.lemma, tt.shape, tt.pos, tt.tag, tt.dep, tt.ent
    head, link, quoted, cue_dist, governor = tt.head, tt.link, tt.quoted, tt.cue_dist, tt.governor
    rule, cues, qmark = tt.rule, tt.cues, tt.qmark
    out = []
    for i in range(start, end):
        h = head[i]
        s_start, s_end = bounds[sent_of[i]]
        f = [f"w={lower[i]}", f"l={lemma[i]}", f"s={shape[i]}", f"p={pos[i]}", f"t={tag[i]}",
             f"d={dep[i]}", f"hl={lemma[h]}", f"hp={pos[h]}", f"pd={dep[i]}|{pos[h]}",
             f"link={link[i]}", f"q={quoted[i]}", cue_dist[i],
             f"pos={int(4 * (i - s_start) / max(1, s_end - s_start))}", governor[i]]
        if rule[i] is not None:
            f.append(rule[i])
        if ent[i]:
            f.append(f"e={ent[i]}")
        if cues[i]:
            f += [f"cue={name}" for name in cues[i]]
        if cues[h]:
            f += [f"hcue={name}" for name in cues[h]]
        if qmark[i]:
            f.append("qmark")
        if i == s_start:
            f.append("sent_first")
        if i == s_end - 1:
            f.append("sent_last")
        if i == start:
            f.append("para_first")
        # The neighbours in the paragraph: words and POS two either side, dependency and quote
        # marks one either side (offsets -2, -1, 1, 2 in this order).
        if i - 2 >= start:
            f += (f"-2w={lower[i - 2]}", f"-2p={pos[i - 2]}")
        else:
            f.append("-2edge")
        if i - 1 >= start:
            f += (f"-1w={lower[i - 1]}", f"-1p={pos[i - 1]}", f"-1d={dep[i - 1]}", f"-1q={quoted[i - 1]}")
        else:
            f.append("-1edge")
        if i + 1 < end:
            f += (f"1w={lower[i + 1]}", f"1p={pos[i + 1]}", f"1d={dep[i + 1]}", f"1q={quoted[i + 1]}")
        else:
            f.append("1edge")
        if i + 2 < end:
            f += (f"2w={lower[i + 2]}", f"2p={pos[i + 2]}")
        else:
            f.append("2edge")
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
