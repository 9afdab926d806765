"""How far a figure measured over a few dozen articles can be trusted: a percentile bootstrap over
articles (the articles are resampled with replacement and the figure recomputed from the summed
counts), so that a tune or set-aside figure is read with its spread, not as a point. Errors
cluster by article (one article's style makes many rows), so articles, not rows, are resampled."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from newsfold.eval.scores import f1

# Resamples and the interval's coverage (the middle 90% of resampled figures).
BOOTSTRAP_RESAMPLES = 1000
INTERVAL_LEVEL = 0.9


def f1_from(tp: float, pred: float, gold: float) -> float | None:
    """F1 of `tp` matches among `pred` predictions and `gold` gold items (None without either)."""
    if not pred or not gold:
        return None
    return f1(tp / pred, tp / gold)


def bootstrap_interval(per_article: Sequence[Sequence[float]], statistic: Callable[..., float | None], *,
                       resamples: int = BOOTSTRAP_RESAMPLES, level: float = INTERVAL_LEVEL,
                       seed: int = 0) -> tuple[float, float] | None:
    """The (low, high) percentile interval of `statistic(*summed counts)` over `resamples`
    resamplings of the articles; `per_article` holds one tuple of counts per article. None with
    fewer than two articles or when no resample gives a figure."""
    if len(per_article) < 2:
        return None
    counts = np.asarray(per_article, dtype=float)
    picks = np.random.default_rng(seed).integers(0, len(counts), size=(resamples, len(counts)))
    sums = counts[picks].sum(axis=1)
    values = [v for v in (statistic(*row) for row in sums) if v is not None]
    if not values:
        return None
    tail = (1 - level) / 2
    low, high = np.quantile(values, [tail, 1 - tail])
    return round(float(low), 4), round(float(high), 4)


__all__ = ["BOOTSTRAP_RESAMPLES", "INTERVAL_LEVEL", "bootstrap_interval", "f1_from"]
