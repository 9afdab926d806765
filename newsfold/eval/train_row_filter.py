"""Training of the learned row filter (`newsfold.extract.quotes.row_filter`, which holds the features
and the model format): numpy and scipy only. Rebuild the shipped weights with

    python -m newsfold.eval.train_row_filter [--train polnear_train.jsonl] [--out PATH]

Data: every row `extract_quotes` gives (filter off, learned cue scorer on) over PolNeAR train,
labelled 1 when one-to-one matching at coverage 0.3 pairs it with a gold attribution, else 0. The
cue scorer's rows on train come from a cue scorer fit on the other half of train (2-fold, by
md5(doc_id) % 2), so that its rows look as they will on unseen text, not as on its own training data.
Choice: the L2 strength and the threshold of best mean one-to-one F1 over the tune splits of
PolNeAR dev (all rows) and of the tracker's dev gold (rows whose act is speech, when rows have one),
with the rows kept as extraction keeps them (`row_filter.kept_rows`). The heldout splits are never
read. Parses are cached under /tmp/qlearn-cache (--cache): about 5 minutes with the parses cached
(2 busy cores), 6-8 more the first time, to parse PolNeAR train (625k words).

Figures of the shipped weights, fit on the rows of the one-row-per-attribution extractor (with act;
19,722 training rows, 14,608 matched; chosen: L2 1.0, threshold 0.3), one-to-one at coverage 0.3,
tune splits only (tracker: rows whose act is speech):

    rows                          PolNeAR dev tune P / R / F1     tracker dev tune P / R / F1
    rules                         0.819 / 0.749 / 0.783           0.803 / 0.828 / 0.815
    + cue scorer (fit on train)   0.797 / 0.796 / 0.796           0.795 / 0.830 / 0.812
    + row filter                  0.815 / 0.787 / 0.801           0.796 / 0.825 / 0.810
    (rules + row filter, no cue   0.833 / 0.745 / 0.786           0.803 / 0.823 / 0.813)

Mean F1 +0.001 for ~6 ms an article (55-65 ms for the rest of quote extraction): the filter is
shipped switched off (`row_filter.active`). On the earlier extractor, which gave overlapping rows
and no act, the same method took PolNeAR dev tune 0.714 -> 0.738 and tracker tune 0.630 -> 0.677:
most of what it bought there (dropping duplicate and broad non-speech rows) the contract now does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path
from typing import Sequence

from newsfold.eval.train_attribution import (
    DEFAULT_CACHE, extract_rows, gold_examples, gold_spans, load_docs, one_to_one, score_rows, train,
)
from newsfold.extract.quotes import learned, row_filter
from newsfold.extract.quotes.row_filter import MODEL_PATH, RowFilter, kept_rows, row_features

TRAIN = "/work/shared/eval/polnear_train.jsonl"
CHOOSE = ("/work/shared/eval/polnear_dev.jsonl", "/work/shared/eval/ggt_dev.jsonl")
L2_GRID = (0.3, 1.0, 3.0, 10.0)
THRESHOLD_GRID = tuple(round(0.05 * k, 2) for k in range(1, 16))


def labelled_rows(records: Sequence[dict], docs: Sequence, rows: Sequence[Sequence]) -> list[tuple[list[str], int]]:
    """(features, label) of every row: 1 when matched one-to-one (coverage 0.3) to a gold attribution."""
    out = []
    for rec, doc, qs in zip(records, docs, rows):
        matched = {p for _g, p in one_to_one(gold_spans(rec), [(q.start_char, q.end_char) for q in qs])}
        out += [(f, int(i in matched)) for i, f in enumerate(row_features(doc, qs))]
    return out


def crossfit_rows(records: Sequence[dict], docs: Sequence) -> list[list]:
    """Rows of each training article with the cue scorer fit on the other half of the articles
    (its shipped hyper-parameters and threshold); rules only when no cue scorer is shipped."""
    shipped = learned.load_scorer()
    if shipped is None:
        return extract_rows(docs)
    per_doc = gold_examples(records, docs)
    fold = [int(hashlib.md5(r["doc_id"].encode()).hexdigest(), 16) % 2 for r in records]
    rows: list[list] = [[] for _ in docs]
    try:
        for held in (0, 1):
            learned.scorer_override = train([x for ex, k in zip(per_doc, fold) if k != held for x in ex],
                                            alpha=shipped.alpha, threshold=shipped.threshold)
            idx = [i for i, k in enumerate(fold) if k == held]
            for i, qs in zip(idx, extract_rows([docs[i] for i in idx])):
                rows[i] = qs
    finally:
        learned.scorer_override = None
    return rows


def fit(data: Sequence[tuple[Sequence[str], int]], *, l2: float = 1.0, min_count: int = 3,
        threshold: float = 0.5) -> RowFilter:
    """L2-regularised logistic regression (L-BFGS) over the features seen at least `min_count` times."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.sparse import csr_matrix

    counts: dict[str, int] = {}
    for feats, _y in data:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    r, c = [], []
    for k, (feats, _y) in enumerate(data):
        cols = sorted({index[f] for f in feats if f in index})
        r += [k] * len(cols)
        c += cols
    X = csr_matrix((np.ones(len(r)), (r, c)), shape=(len(data), len(vocab)))
    y = np.array([lab for _f, lab in data], dtype=float)

    def loss(w):
        z = X @ w[:-1] + w[-1]
        p = 1 / (1 + np.exp(-np.clip(z, -40, 40)))
        eps = 1e-12
        ll = -(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)).sum()
        g = np.append(X.T @ (p - y) + l2 * w[:-1], (p - y).sum())
        return ll + 0.5 * l2 * (w[:-1] ** 2).sum(), g

    w = minimize(loss, np.zeros(len(vocab) + 1), jac=True, method="L-BFGS-B").x
    return RowFilter({f: float(w[i]) for f, i in index.items()}, float(w[-1]), threshold)


def choose(model: RowFilter, sets: Sequence[tuple[str, Sequence[dict], Sequence, Sequence]],
           grid: Sequence[float] = THRESHOLD_GRID) -> tuple[float, list[tuple[float, list[dict]]]]:
    """The threshold of best mean F1 over `sets` of (name, records, docs, unfiltered rows), with the
    figures at every threshold (speech rows only on tracker gold)."""
    probs = [[[model.probability(f) for f in row_features(d, qs)] for d, qs in zip(docs, rows)]
             for _n, _r, docs, rows in sets]
    curve = []
    for t in grid:
        figs = []
        for (name, recs, _docs, rows), ps in zip(sets, probs):
            kept = [kept_rows(qs, pp, t) for qs, pp in zip(rows, ps)]
            figs.append(score_rows(recs, kept, speech_only="ggt" in name))
        curve.append((t, figs))
    best = max(curve, key=lambda c: sum(f["f1"] for f in c[1]) / len(c[1]))
    return best[0], curve


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m newsfold.eval.train_row_filter")
    ap.add_argument("--train", default=TRAIN)
    ap.add_argument("--choose", nargs="+", default=list(CHOOSE), help="gold files whose tune splits choose")
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--cache", default=str(DEFAULT_CACHE), help="where parses are cached ('' for none)")
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args(argv)
    cache = args.cache or None
    t0 = time.perf_counter()
    records, docs = load_docs(args.train, "all", cache)
    print(f"train: {len(records)} articles parsed or read in {time.perf_counter() - t0:.0f}s", flush=True)
    data = labelled_rows(records, docs, crossfit_rows(records, docs))
    print(f"train: {len(data)} rows, {sum(y for _f, y in data)} matched; {time.perf_counter() - t0:.0f}s", flush=True)
    sets = []
    for path in args.choose:
        recs, tdocs = load_docs(path, "tune", cache)
        sets.append((Path(path).stem, recs, tdocs, extract_rows(tdocs)))
    for name, recs, _d, rows in sets:
        s = score_rows(recs, rows, speech_only="ggt" in name)
        print(f"{name} tune, no filter: P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}")
    best = None
    for l2 in L2_GRID:
        model = fit(data, l2=l2, min_count=args.min_count)
        t, curve = choose(model, sets)
        figs = dict(curve)[t]
        mean = sum(f["f1"] for f in figs) / len(figs)
        print(f"l2 {l2}: threshold {t} " + "  ".join(
            f"{n} P {f['precision']:.4f} R {f['recall']:.4f} F1 {f['f1']:.4f}" for (n, *_), f in zip(sets, figs)), flush=True)
        if best is None or mean > best[0]:
            best = (mean, l2, t, model, curve)
    _mean, l2, t, model, curve = best
    for th, figs in curve:
        print(f"  l2 {l2} threshold {th}: " + "  ".join(f"{n} F1 {f['f1']:.4f} (P {f['precision']:.3f} R {f['recall']:.3f})"
                                                   for (n, *_), f in zip(sets, figs)))
    model.threshold = t
    model.meta = {"trained_on": Path(args.train).name, "rows": len(data), "l2": l2, "min_count": args.min_count,
                  "chosen_on": [f"{n} tune" for n, *_ in sets],
                  "tune": {n: f for (n, *_), f in zip(sets, dict(curve)[t])}}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(model.to_json(), f, indent=1)
        f.write("\n")
    row_filter.load_filter.cache_clear()
    print(f"wrote {args.out}: {len(model.weights)} weights, l2 {l2}, threshold {t}; {time.perf_counter() - t0:.0f}s")


if __name__ == "__main__":
    main()
