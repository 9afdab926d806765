"""Pipeline speed on real news, as ratios to baselines measured in the same run.

Baselines: bare `nlp.pipe` over the same bodies (the cost of the spaCy pass alone). Measured:
extraction on top of that pass (people + quotes + numbers), per extractor, and the whole Prefect flow
(ingest, dedup, extract, resolve, validate, atomic export) over the same files, then an idempotent
rerun. This machine's speed drifts between runs by as much as a quarter, so a ratio of two timings
taken a minute apart is noisy; the pass with extraction (each document extracted as it is parsed, as
the flow's extract task does) is therefore also timed in turn with the bare pass, `--pairs` times, and
the median of the paired ratios is printed. Prints a table and writes bench-results/pipeline.json.

    .venv/bin/python bench/bench_pipeline.py [--limit 300] [--n-process 1] [--pairs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("NEWSFOLD_SHARED", ROOT.parent / "shared"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from newsfold.settings import MODEL_NAME  # noqa: E402  (after the path is set)


def bbc_files(limit: int) -> list[Path]:
    files = sorted((SHARED / "corpora" / "bbc").glob("*/*.txt"))
    # Every fifth file spreads the sample over the five sections.
    return (files[::5] + files)[:limit]


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model", default=MODEL_NAME)  # the pipeline's own default
    parser.add_argument("--pairs", type=int, default=3, help="bare and extracting passes timed in turn")
    args = parser.parse_args()
    if not (SHARED / "corpora" / "bbc").is_dir():
        print(f"skipped: BBC corpus not found under {SHARED}")
        return 0

    from newsfold.ingest.inputs import ingest_paths
    from newsfold.nlp.pipeline import load_pipeline
    from newsfold.extract.numbers import extract_numbers
    from newsfold.extract.people import extract_people
    from newsfold.extract.quotes import extract_quotes
    from newsfold.extract.articles import extract_from_doc

    files = bbc_files(args.limit)
    docs, _ = ingest_paths([str(f) for f in files])
    bodies = [d.body for d in docs]
    words = sum(len(b.split()) for b in bodies)
    nlp = load_pipeline(args.model)
    list(nlp.pipe(bodies[:20]))  # warm up

    def bare():
        return list(nlp.pipe(bodies, batch_size=args.batch_size, n_process=args.n_process))

    t_pipe, parsed = timed(bare)
    t_people, people = timed(lambda: [extract_people(d) for d in parsed])
    t_quotes, _ = timed(lambda: [extract_quotes(d, p, m) for d, (p, m) in zip(parsed, people, strict=True)])
    t_numbers, _ = timed(lambda: [extract_numbers(d) for d in parsed])
    t_extract = t_people + t_quotes + t_numbers

    def extracting():
        for doc in nlp.pipe(bodies, batch_size=args.batch_size, n_process=args.n_process):
            extract_from_doc(doc)

    paired = [timed(extracting)[0] / timed(bare)[0] for _ in range(args.pairs)]

    from flows.news_pipeline import news_pipeline

    with tempfile.TemporaryDirectory() as tmp:
        # Start Prefect's temporary server outside the timings (a run over an empty folder).
        (Path(tmp) / "empty").mkdir()
        news_pipeline(inputs=[str(Path(tmp) / "empty")], output_dir=str(Path(tmp) / "warmup"))
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        for i, f in enumerate(files):
            shutil.copy(f, inbox / f"{i:05d}_{f.parent.name}_{f.name}")
        out = Path(tmp) / "out"
        kwargs = dict(inputs=[str(inbox)], output_dir=str(out), model_name=args.model,
                      batch_size=args.batch_size, n_process=args.n_process)
        t_flow, _ = timed(lambda: news_pipeline(**kwargs))
        t_rerun, _ = timed(lambda: news_pipeline(**kwargs))
        parallel = {**kwargs, "output_dir": str(Path(tmp) / "out2"), "n_process": 2}
        t_flow2, _ = timed(lambda: news_pipeline(**parallel))

    rows = [
        ("bare nlp.pipe (baseline)", t_pipe, 1.0),
        ("people extraction", t_people, t_people / t_pipe),
        ("quote extraction", t_quotes, t_quotes / t_pipe),
        ("number extraction", t_numbers, t_numbers / t_pipe),
        ("all extraction on top of the pass", t_extract, t_extract / t_pipe),
        ("whole flow, first run", t_flow, t_flow / t_pipe),
        ("whole flow, rerun (nothing new)", t_rerun, t_rerun / t_pipe),
        ("whole flow, first run, n_process=2", t_flow2, t_flow2 / t_pipe),
    ]
    print(f"{len(bodies)} BBC articles, {words} words, n_process={args.n_process}, model {args.model}")
    print(f"{'measure':<36} {'seconds':>8} {'x baseline':>10}")
    for name, seconds, ratio in rows:
        print(f"{name:<36} {seconds:>8.2f} {ratio:>10.3f}")
    print(f"spaCy pass: {words / t_pipe:,.0f} words/s; extraction adds {100 * t_extract / t_pipe:.1f}% "
          f"(quotes alone {100 * t_quotes / t_pipe:.1f}%)")
    if paired:
        print(f"pass with extraction / bare pass, timed in turn ({len(paired)} pairs): median "
              f"{statistics.median(paired):.3f}x (min {min(paired):.3f}, max {max(paired):.3f})")
    results = ROOT / "bench-results"
    results.mkdir(exist_ok=True)
    (results / "pipeline.json").write_text(json.dumps(
        {"articles": len(bodies), "words": words, "n_process": args.n_process,
         "rows": [{"measure": n, "seconds": s, "ratio": r} for n, s, r in rows],
         "paired_extraction_ratios": paired}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
