"""One-to-one matching of predicted quotes to gold quotes, as the Gender Gap Tracker scores.

A candidate pair (prediction, gold) is one where the prediction's [start, end) covers at least a
fraction `threshold` of the gold's content characters (the union of its spans). Among the
candidates a maximum matching is chosen with the Hungarian algorithm
(scipy.optimize.linear_sum_assignment, maximising): each pair weighs K + coverage, where K exceeds
any sum of coverages, so the matching has the most pairs possible and, among those, the most
coverage. Each gold is matched at most once and each prediction at most once (an assignment);
a second row on one gold and a row left over are false positives, a gold left over is a miss.
"""

from __future__ import annotations

from collections.abc import Sequence

Span = tuple[int, int]


def overlap_length(a: Span, b: Span) -> int:
    """Characters two [start, end) intervals share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def coverage(pred: Span, gold_spans: Sequence[Span]) -> float:
    """The fraction of the gold's content characters (union of its spans) the prediction covers."""
    merged = merge_spans(gold_spans)
    total = sum(e - s for s, e in merged)
    if total <= 0:
        return 0.0
    return sum(overlap_length(pred, s) for s in merged) / total


def merge_spans(spans: Sequence[Span]) -> list[Span]:
    """The union of [start, end) intervals as disjoint sorted intervals (empty ones dropped)."""
    out: list[list[int]] = []
    for s, e in sorted((int(s), int(e)) for s, e in spans if e > s):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def match_one_to_one(preds: Sequence[Span], golds: Sequence[Sequence[Span]],
                     threshold: float) -> list[tuple[int, int, float]]:
    """A maximum one-to-one matching: (prediction index, gold index, coverage) triples, sorted by
    prediction index, each pair with coverage >= threshold (see the module docstring)."""
    cands = [(pi, gi, c) for pi, p in enumerate(preds) for gi, g in enumerate(golds)
             if (c := coverage(p, g)) > 0 and c >= threshold]
    if not cands:
        return []
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    # Only the predictions and golds that take part in some candidate pair enter the matrix.
    p_ids = sorted({pi for pi, _, _ in cands})
    g_ids = sorted({gi for _, gi, _ in cands})
    p_row = {pi: i for i, pi in enumerate(p_ids)}
    g_col = {gi: j for j, gi in enumerate(g_ids)}
    big = float(min(len(p_ids), len(g_ids)) + 1)  # one more pair outweighs any coverage gain
    weights = np.zeros((len(p_ids), len(g_ids)))
    for pi, gi, c in cands:
        weights[p_row[pi], g_col[gi]] = big + c
    rows, cols = linear_sum_assignment(weights, maximize=True)
    cov = {(pi, gi): c for pi, gi, c in cands}
    pairs = [(p_ids[r], g_ids[c], cov[p_ids[r], g_ids[c]]) for r, c in zip(rows, cols) if weights[r, c] > 0]
    return sorted(pairs)


def overlapping_rows(spans: Sequence[Span]) -> int:
    """How many of one article's predicted rows share a character with another row."""
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    hit = [False] * len(spans)
    for n, i in enumerate(order):
        for j in order[n + 1:]:
            if spans[j][0] >= spans[i][1]:
                break  # sorted by start: no later row reaches back into i
            if overlap_length(spans[i], spans[j]) > 0:
                hit[i] = hit[j] = True
    return sum(hit)


__all__ = ["Span", "coverage", "match_one_to_one", "merge_spans", "overlap_length", "overlapping_rows"]
