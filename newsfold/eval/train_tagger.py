"""Training of the attribution tagger that extraction uses (`newsfold.extract.quotes.learned.tagger`, which
holds the features and the labels): a linear-chain CRF (python-crfsuite) over the tokens of each
paragraph, fit on every article of PolNeAR train. Rebuild the shipped model with

    python -m newsfold.eval.train_tagger ../shared/eval/polnear_train.jsonl

Parses are cached under /tmp/newsfold-train-cache (shared with `train_attribution`). Labels from
the gold (`gold_labels`): the content tokens of each attribution (B-C at the start of each of its
spans, I-C after), then its source (SRC) and cue (CUE) tokens where no content lies. PolNeAR nests
attributions ("she said [he claimed [...]]"); a token takes the outermost content, as one row per
attribution keeps the outer one. Choosing between the tagger and the rules is done with `newsfold
eval quotes --split tune` on the dev sets, never on train.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Sequence

from spacy.tokens import Doc

from newsfold.eval.train_attribution import DEFAULT_CACHE, load_docs
from newsfold.extract.people import extract_people
from newsfold.extract.quotes import extract_quotes, find_quote_spans
from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.learned import tagger as T
from newsfold.extract.quotes.learned.tagger import CONTENT, TAGGER_PATH, TokenTable, paragraphs, sequence_features

# L1 keeps the model small (most word features get no weight), L2 keeps it smooth.
C1 = 0.1
C2 = 0.01
MAX_ITERATIONS = 150
# Features seen fewer times than this in training are not in the model.
MIN_FREQ = 2


def _tokens_of(doc: Doc, a: int, b: int) -> list[int]:
    span = doc.char_span(a, b, alignment_mode="expand")
    return [] if span is None else [t.i for t in span if not t.is_space]


def gold_labels(doc: Doc, attributions: Sequence[dict]) -> list[str]:
    """A label per token of `doc` from PolNeAR attributions (module docstring)."""
    labels = ["O"] * len(doc)
    # Outer attributions first: a content nested in another one's stays part of the outer.
    order = sorted((g for g in attributions if g.get("content_spans")),
                   key=lambda g: -sum(b - a for a, b in g["content_spans"]))
    for g in order:
        spans = [_tokens_of(doc, a, b) for a, b in g["content_spans"]]
        spans = [s for s in spans if s]
        if not spans or labels[spans[0][0]] in CONTENT:
            continue
        for s in spans:
            first = True
            for i in s:
                if labels[i] in CONTENT:
                    first = False
                    continue
                labels[i] = "B-C" if first else "I-C"
                first = False
    for g in attributions:
        for key, lab in (("source_spans", "SRC"), ("cue_spans", "CUE")):
            for a, b in g.get(key) or []:
                for i in _tokens_of(doc, a, b):
                    if labels[i] == "O":
                        labels[i] = lab
    return labels


def sequences(rows: Sequence[dict], docs: Sequence[Doc]):
    """(features, labels) of every paragraph of every article."""
    for row, doc in zip(rows, docs):
        art = ParsedArticle(doc)
        inside = T.quoted_feature_chars(find_quote_spans(art.text), len(art.text))
        labels = gold_labels(doc, row["attributions"])
        rule_rows = ()
        if T.RULE_FEATURES:
            people, mentions = extract_people(doc)
            rule_rows = [(q.start_char, q.end_char, q.kind, q.speaker_start, q.speaker_end)
                         for q in extract_quotes(doc, people, mentions, disabled=frozenset({"tagger"}))]
        tt = TokenTable(art, inside, rule_rows)
        for start, end in paragraphs(art):
            yield sequence_features(tt, start, end), labels[start:end]


def train(rows: Sequence[dict], docs: Sequence[Doc], out: Path, *, c1: float = C1, c2: float = C2,
          max_iterations: int = MAX_ITERATIONS, min_freq: int = MIN_FREQ) -> None:
    """Fit the CRF on the articles and write the model to `out`."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for x, y in sequences(rows, docs):
        trainer.append(x, y)
        n += 1
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.minfreq": min_freq,
                        "feature.possible_transitions": True})
    out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    trainer.train(str(out))
    print(f"trained on {n} paragraphs in {time.perf_counter() - t0:.0f}s; {out.stat().st_size / 1e6:.1f} MB")


def main(argv: Sequence[str] | None = None) -> None:
    """python -m newsfold.eval.train_tagger GOLD.jsonl [--out PATH] [--c1 X] [--c2 X] [--iterations N]"""
    ap = argparse.ArgumentParser(prog="python -m newsfold.eval.train_tagger")
    ap.add_argument("gold")
    ap.add_argument("--out", default=str(TAGGER_PATH))
    ap.add_argument("--c1", type=float, default=C1)
    ap.add_argument("--c2", type=float, default=C2)
    ap.add_argument("--iterations", type=int, default=MAX_ITERATIONS)
    ap.add_argument("--min-freq", type=int, default=MIN_FREQ)
    ap.add_argument("--no-rule-features", action="store_true", help="the parse only, not the rules' rows")
    ap.add_argument("--limit", type=int, default=None, help="fit on the first N articles only (a quick check)")
    ap.add_argument("--cache", default=str(DEFAULT_CACHE), help="where parses are cached ('' for none)")
    args = ap.parse_args(argv)
    T.RULE_FEATURES = not args.no_rule_features
    rows, docs = load_docs(args.gold, "all", args.cache or None)
    if args.limit:
        rows, docs = rows[:args.limit], docs[:args.limit]
    train(rows, docs, Path(args.out), c1=args.c1, c2=args.c2, max_iterations=args.iterations,
          min_freq=args.min_freq)


if __name__ == "__main__":
    main()
