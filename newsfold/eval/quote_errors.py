"""Why a quote row is a false positive, and the cue lemma its class is counted under (the
false-positive classes of `newsfold eval quotes`)."""

from __future__ import annotations

from collections.abc import Sequence

from newsfold.eval.quote_matching import coverage as cover, overlap_length
from newsfold.records import QuoteMention

# Characters of a row outside the gold piece it lies in that still count as inside it: the
# marks and punctuation gold and rows draw differently.
PIECE_SLACK = 3


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
    """Why an unmatched row is a false positive: it lies within one piece of a gold kept in several
    pieces (PolNeAR keeps '"A," she said. "B."' and "A, he said, B" as one attribution where the
    rows are one a piece: a convention measured and kept, see the README), it covers a gold another
    row matched (a second row on one quote), it overlaps a gold below the coverage, or it overlaps
    no gold content."""
    span = (pred.start_char, pred.end_char)
    golds = [[tuple(s) for s in g] for g in gold_spans]
    if any(_within_one_piece(span, g) for g in golds):
        return "one piece of a gold in pieces"
    covers = [cover(span, g) for g in golds]
    if any(c >= coverage and c > 0 for c in covers):
        return "second row on a matched gold"
    if any(c > 0 for c in covers):
        return "overlaps a gold below the coverage"
    return "no gold"


def _within_one_piece(span: tuple[int, int], pieces: Sequence[tuple[int, int]]) -> bool:
    """The gold has two or more pieces and the row overlaps exactly one of them, inside it (up to
    PIECE_SLACK characters of the writer's punctuation outside it aside)."""
    if len(pieces) < 2:
        return False
    hit = [p for p in pieces if overlap_length(span, p) > 0]
    return len(hit) == 1 and overlap_length(span, hit[0]) >= (span[1] - span[0]) - PIECE_SLACK
