"""Why a quote row is a false positive, and the cue lemma its class is counted under (the
false-positive classes of `newsfold eval quotes`)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfold.eval.quote_matching import coverage as cover
from newsfold.records import QuoteMention


def cue_lemma(doc, pred: QuoteMention) -> str:
    """The cue's lemma (lower case), read off the parse: the token spelt like the cue's first word
    nearest the quote; the cue lower-cased when none is found; "(no cue)" without one."""
    if not pred.cue:
        return "(no cue)"
    words = pred.cue.lower().split()
    best, best_d = None, None
    for tok in doc:
        if tok.lower_ == words[0]:
            d = 0 if pred.start_char <= tok.idx < pred.end_char else min(
                abs(tok.idx - pred.start_char), abs(tok.idx - pred.end_char))
            if best_d is None or d < best_d:
                best, best_d = tok, d
    head = best.lemma_.lower() if best is not None else words[0]
    return " ".join([head, *words[1:]])


def false_positive_reason(pred: QuoteMention, gold_spans: Sequence[Sequence], coverage: float) -> str:
    """Why an unmatched row is a false positive: it covers a gold another row matched (a second
    row on one quote, or a piece of a split quote the gold keeps whole), it overlaps a gold below
    the coverage, or it overlaps no gold content."""
    span = (pred.start_char, pred.end_char)
    covers = [cover(span, [tuple(s) for s in g]) for g in gold_spans]
    if any(c >= coverage and c > 0 for c in covers):
        return "second row on a matched gold"
    if any(c > 0 for c in covers):
        return "overlaps a gold below the coverage"
    return "no gold"
