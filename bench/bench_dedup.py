"""Speed of near-duplicate detection on Reuters-21578, against a plain datasketch baseline.

Both sides start from the raw bodies and use word 5-shingles, 128 permutations, threshold 0.8:
- newsfold: vectorised shingle hashing and MinHash (numpy), LSH banding by sorting band keys,
  then exact Jaccard verification of candidates;
- baseline: datasketch MinHash.update_batch per article, MinHashLSH insert + query per article.
Also times the whole `deduplicate_and_group` (exact + near + stories). Extrapolates to 1M articles
linearly (every stage is linear in articles when buckets stay bounded; see the table).

    .venv/bin/python bench/bench_dedup.py [--limit N] [--shared ../shared] [--json-dir bench-results]
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import re
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsfold import settings  # noqa: E402
from newsfold.dedup import duplicates as dedup, minhash  # noqa: E402

THRESHOLD, SHINGLE_SIZE, NUM_PERM = settings.NEAR_THRESHOLD, settings.SHINGLE_SIZE, settings.NUM_PERM
ONE_MILLION = 1_000_000


def load_reuters(shared: Path, limit: int | None) -> pl.DataFrame:
    rows = []
    with gzip.open(shared / "corpora" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if (record.get("body") or "").strip():
                rows.append(record)
            if limit and len(rows) >= limit:
                break

    def parse(date: str | None):
        try:
            return datetime.strptime(date.strip(), "%d-%b-%Y %H:%M:%S.%f").replace(tzinfo=timezone.utc)
        except (AttributeError, ValueError):
            return None

    return pl.DataFrame(
        {
            "article_id": [r["id"] for r in rows],
            "body": [r["body"] for r in rows],
            "title": [r.get("title") for r in rows],
            "published_at": pl.Series([parse(r.get("date")) for r in rows], dtype=pl.Datetime("us", "UTC")),
            "word_count": [len(r["body"].split()) for r in rows],
        }
    )


def timed(fn):
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def newsfold_side(bodies: list[str]) -> dict:
    shingles, t_shingle = timed(lambda: minhash.shingle_hashes_many(bodies, SHINGLE_SIZE))
    signatures, t_minhash = timed(lambda: minhash.minhash_signatures(shingles, NUM_PERM))
    bands, rows = minhash.lsh_bands(THRESHOLD, NUM_PERM)
    candidates, t_lsh = timed(
        lambda: minhash.lsh_candidate_pairs(signatures, bands, rows, np.ones(len(bodies), dtype=bool))
    )
    accepted, t_verify = timed(lambda: minhash.verified_pairs(candidates, shingles, THRESHOLD))
    return {"signature_seconds": t_shingle + t_minhash, "shingle_seconds": t_shingle, "minhash_seconds": t_minhash,
            "lsh_seconds": t_lsh, "verify_seconds": t_verify, "bands_rows": [bands, rows],
            "candidate_pairs": len(candidates), "accepted_pairs": len(accepted),
            "accepted": {(i, j) for i, j, _ in accepted}}


def baseline_side(bodies: list[str]) -> dict:
    from datasketch import MinHash, MinHashLSH

    def signatures():
        out = []
        for body in bodies:
            words = re.findall(r"[^\W_]+", body.lower())
            shingles = {" ".join(words[i : i + SHINGLE_SIZE]) for i in range(max(1, len(words) - SHINGLE_SIZE + 1))}
            m = MinHash(num_perm=NUM_PERM)
            m.update_batch([s.encode("utf-8") for s in shingles])
            out.append(m)
        return out

    minhashes, t_sig = timed(signatures)

    def lsh():
        index = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        pairs = set()
        for n, m in enumerate(minhashes):
            for other in index.query(m):
                pairs.add((other, n))
            index.insert(n, m)
        return index, pairs

    (index, pairs), t_lsh = timed(lsh)
    return {"signature_seconds": t_sig, "lsh_seconds": t_lsh, "bands_rows": [index.b, index.r],
            "candidate_pairs": len(pairs), "pairs": pairs}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None, help="first N Reuters articles (default: all)")
    parser.add_argument("--json-dir", type=Path, default=ROOT / "bench-results")
    parser.add_argument("--skip-baseline", action="store_true")
    args = parser.parse_args(argv)
    corpus = args.shared / "corpora" / "reuters21578.jsonl.gz"
    if not corpus.exists():
        print(f"{corpus} not found: nothing to benchmark")
        return {}

    frame = load_reuters(args.shared, args.limit)
    bodies = frame["body"].to_list()
    n = len(bodies)
    ours = newsfold_side(bodies)
    base = None if args.skip_baseline else baseline_side(bodies)
    (_, state), t_full = timed(lambda: dedup.deduplicate_and_group(frame, threshold=THRESHOLD,
                                                                 shingle_size=SHINGLE_SIZE, num_perm=NUM_PERM))

    def rate(seconds: float) -> float:
        return n / seconds if seconds > 0 else float("inf")

    table = [
        ("signatures (text -> MinHash)", ours["signature_seconds"], base and base["signature_seconds"]),
        ("LSH (index + candidates)", ours["lsh_seconds"], base and base["lsh_seconds"]),
        ("verification (exact Jaccard)", ours["verify_seconds"], None),
        ("deduplicate_and_group (all)", t_full, None),
    ]
    print(f"Reuters-21578: {n} articles, {SHINGLE_SIZE}-shingles, {NUM_PERM} permutations, threshold {THRESHOLD}")
    print(f"LSH bands x rows: newsfold {ours['bands_rows']}, datasketch {base and base['bands_rows']}")
    print(f"{'stage':<32}{'newsfold art/s':>16}{'datasketch art/s':>18}{'speed-up':>10}{'1M articles':>14}")
    rows = []
    for name, ours_s, base_s in table:
        speedup = base_s / ours_s if base_s else None
        per_million = ours_s * ONE_MILLION / n
        print(f"{name:<32}{rate(ours_s):>16,.0f}{(f'{rate(base_s):,.0f}' if base_s else '-'):>18}"
              f"{(f'{speedup:.1f}x' if speedup else '-'):>10}{per_million / 60:>11.1f} min")
        rows.append({"stage": name, "newsfold_seconds": round(ours_s, 3),
                     "newsfold_articles_per_s": round(rate(ours_s)),
                     "baseline_seconds": base_s and round(base_s, 3),
                     "baseline_articles_per_s": base_s and round(rate(base_s)),
                     "speedup": speedup and round(speedup, 2),
                     "newsfold_minutes_per_1M": round(per_million / 60, 2)})
    accepted = ours.pop("accepted")
    if base:
        # Recall of the baseline's (unverified) candidates against the verified Jaccard >= threshold pairs.
        base_pairs = base.pop("pairs")
        base["found_of_verified_pairs"] = len(accepted & base_pairs)
        base["false_candidates"] = len(base_pairs - accepted)
    print(f"candidate pairs: newsfold {ours['candidate_pairs']} -> {ours['accepted_pairs']} verified J >= {THRESHOLD}; "
          f"datasketch {base and base['candidate_pairs']} unverified, of which "
          f"{base and base['found_of_verified_pairs']} true "
          f"(it misses {base and len(accepted) - base['found_of_verified_pairs']})")
    state_bytes = state.estimated_size() / max(state.height, 1)
    print(f"state: {state_bytes:,.0f} bytes/article in memory -> {state_bytes * ONE_MILLION / 1e9:.1f} GB per 1M")

    result = {"corpus": "reuters21578", "articles": n, "threshold": THRESHOLD, "shingle_size": SHINGLE_SIZE,
              "num_perm": NUM_PERM, "stages": rows, "newsfold": ours, "baseline": base,
              "state_bytes_per_article": round(state_bytes), "machine": platform.platform(),
              "python": platform.python_version(), "at": datetime.now(timezone.utc).isoformat()}
    args.json_dir.mkdir(parents=True, exist_ok=True)
    out = args.json_dir / "bench_dedup.json"
    out.write_text(json.dumps(result, indent=2, default=str))
    print(f"wrote {out}")
    return result


if __name__ == "__main__":
    main()
