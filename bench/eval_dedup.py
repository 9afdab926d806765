"""Acceptance check for deduplication and story grouping (issue 4).

Input: all BBC articles (../shared/corpora/bbc) + the 5 seeds + ~200 Reuters-21578 articles and a
perturbed copy of each (a few words changed, a footer added, whitespace/case changed, or a
truncated paragraph). Truth: every pair whose lowercased word 5-shingles have Jaccard >= 0.8,
computed exhaustively through an inverted index (shingle -> documents), independently of
newsfold's normaliser. Scores: precision/recall of the pairs implied by the clusters (each kept
copy with its duplicates, expanded to all pairs), perturbed copies found, seeds' story ids, story
sizes.

    .venv/bin/python bench/eval_dedup.py [--copies 200] [--runs 1] [--shared ../shared]
                                         [--json bench-results/eval_dedup.json]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsfold.dedup.duplicates import deduplicate_and_group  # noqa: E402

FOOTER = "\n\nCopyright 2025 Reuters. All rights reserved.\nClick here to subscribe to our daily newsletter."
PERTURBATIONS = ("words_changed", "footer_added", "whitespace_case", "paragraph_truncated")


# --------------------------------------------------------------------------- corpora


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:  # one BBC file is latin-1
        return raw.decode("latin-1")


def load_bbc(shared: Path) -> list[dict]:
    rows = []
    for path in sorted((shared / "corpora" / "bbc").glob("*/*.txt")):
        title, _, body = read_text(path).partition("\n")
        rows.append({"article_id": f"bbc/{path.parent.name}/{path.stem}", "title": title.strip(),
                     "body": body.strip(), "published_at": None, "origin": "bbc"})
    return rows


def load_seeds() -> list[dict]:
    return [{"article_id": f"seed/{p.stem}", "title": None, "body": p.read_text(encoding="utf-8"),
             "published_at": None, "origin": "seed"} for p in sorted((ROOT / "seeds").glob("*.txt"))]


def parse_reuters_date(text: str | None) -> datetime | None:
    try:
        return datetime.strptime(text.strip(), "%d-%b-%Y %H:%M:%S.%f").replace(tzinfo=timezone.utc)
    except (AttributeError, ValueError):
        return None


def load_reuters(shared: Path, limit: int | None = None) -> list[dict]:
    rows = []
    with gzip.open(shared / "corpora" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if not (record.get("body") or "").strip():
                continue
            rows.append({"article_id": record["id"], "title": record.get("title"), "body": record["body"],
                         "published_at": parse_reuters_date(record.get("date")), "origin": "reuters"})
            if limit and len(rows) >= limit:
                break
    return rows


# --------------------------------------------------------------------------- perturbations


def perturb(body: str, kind: str, rng: random.Random) -> str:
    if kind == "words_changed":  # three words replaced by other words
        words = body.split(" ")
        for i in rng.sample(range(len(words)), k=min(3, len(words))):
            words[i] = rng.choice(["market", "company", "percent", "official", "quarter", "report"])
        return " ".join(words)
    if kind == "footer_added":
        return body + FOOTER
    if kind == "whitespace_case":
        lines = [line.upper() if i % 3 == 0 else line for i, line in enumerate(body.splitlines())]
        return re.sub(r" ", "  ", "\r\n".join(lines)).replace("\t", " ")
    if kind == "paragraph_truncated":  # drop the shortest paragraph after the first
        paragraphs = re.split(r"\n(?=\s{2,})", body)
        if len(paragraphs) < 3:
            return body[: int(len(body) * 0.9)]
        drop = min(range(1, len(paragraphs)), key=lambda i: len(paragraphs[i]))
        return "\n".join(p for i, p in enumerate(paragraphs) if i != drop)
    raise ValueError(kind)


def perturbed_reuters(reuters: list[dict], copies: int, seed: int = 7) -> list[dict]:
    """`copies` originals (>= 120 words, distinct bodies) and one perturbed copy of each."""
    rng = random.Random(seed)
    seen, pool = set(), []
    for row in reuters:
        if len(row["body"].split()) >= 120 and row["body"] not in seen:
            seen.add(row["body"])
            pool.append(row)
    originals = rng.sample(pool, k=min(copies, len(pool)))
    rows = []
    for n, row in enumerate(originals):
        kind = PERTURBATIONS[n % len(PERTURBATIONS)]
        rows.append({**row, "origin": "reuters"})
        rows.append({**row, "article_id": f"{row['article_id']}~{kind}", "body": perturb(row["body"], kind, rng),
                     "origin": f"copy:{kind}", "copy_of": row["article_id"]})
    return rows


# --------------------------------------------------------------------------- truth


def truth_shingles(text: str, k: int = 5) -> set:
    words = re.findall(r"[^\W_]+", text.lower())
    if not words:
        return set()
    if len(words) < k:
        return {tuple(words)}
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


def exhaustive_pairs(bodies: list[str], threshold: float = 0.8, k: int = 5) -> dict[tuple[int, int], float]:
    """All pairs (i < j) with Jaccard >= threshold, exactly, via an inverted index."""
    sets = [truth_shingles(b, k) for b in bodies]
    postings: dict[tuple, list[int]] = defaultdict(list)
    for doc, shingles in enumerate(sets):
        for shingle in shingles:
            postings[shingle].append(doc)
    shared: Counter = Counter()
    for docs in postings.values():
        if len(docs) > 1:
            shared.update(itertools.combinations(docs, 2))
    truth = {}
    for (i, j), inter in shared.items():
        sim = inter / (len(sets[i]) + len(sets[j]) - inter)
        if sim >= threshold:
            truth[(i, j)] = sim
    return truth


def run_in_batches(frame: pl.DataFrame, runs: int, seed: int = 11) -> tuple[pl.DataFrame, pl.DataFrame]:
    """deduplicate_and_group over `runs` shuffled slices, passing the accumulated state along."""
    if runs <= 1:
        return deduplicate_and_group(frame)
    shuffled = frame.sample(fraction=1.0, shuffle=True, seed=seed)
    size = -(-shuffled.height // runs)
    decisions, states = [], []
    for start in range(0, shuffled.height, size):
        previous = pl.concat(states) if states else None
        got, state = deduplicate_and_group(shuffled.slice(start, size), previous)
        decisions.append(got)
        states.append(state)
    return pl.concat(decisions), pl.concat(states)


def cluster_pairs(decisions: pl.DataFrame, index: dict[str, int]) -> set[tuple[int, int]]:
    """Pairs implied by the clusters: every two members of {kept copy} + its duplicates."""
    clusters: dict[str, list[int]] = defaultdict(list)
    for aid, dup_of in decisions.select("article_id", "duplicate_of").iter_rows():
        clusters[dup_of or aid].append(index[aid])
    pairs = set()
    for members in clusters.values():
        pairs.update(tuple(sorted(p)) for p in itertools.combinations(members, 2))
    return pairs


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--runs", type=int, default=1,
                        help="feed the input in N shuffled runs, each with the previous runs' state (across-run check)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench-results" / "eval_dedup.json")
    args = parser.parse_args(argv)
    if not (args.shared / "corpora" / "bbc").exists():
        print(f"shared corpora not found under {args.shared}: nothing to evaluate")
        return {}

    rows = load_bbc(args.shared) + load_seeds() + perturbed_reuters(load_reuters(args.shared), args.copies)
    frame = pl.DataFrame(
        {
            "article_id": [r["article_id"] for r in rows],
            "body": [r["body"] for r in rows],
            "title": [r["title"] for r in rows],
            "published_at": pl.Series([r["published_at"] for r in rows], dtype=pl.Datetime("us", "UTC")),
            "word_count": [len(r["body"].split()) for r in rows],
        }
    )
    index = {r["article_id"]: n for n, r in enumerate(rows)}

    started = time.perf_counter()
    truth = exhaustive_pairs([r["body"] for r in rows])
    truth_seconds = time.perf_counter() - started
    started = time.perf_counter()
    decisions, state = run_in_batches(frame, args.runs)
    system_seconds = time.perf_counter() - started

    predicted = cluster_pairs(decisions, index)
    true_pairs = set(truth)
    tp = len(predicted & true_pairs)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(true_pairs) if true_pairs else 1.0

    kept_of = {aid: (dup or aid) for aid, dup in decisions.select("article_id", "duplicate_of").iter_rows()}
    copies = [r for r in rows if "copy_of" in r]
    copy_report = {}
    for kind in PERTURBATIONS:
        of_kind = [r for r in copies if r["origin"] == f"copy:{kind}"]
        true_dup = [r for r in of_kind if tuple(sorted((index[r["article_id"]], index[r["copy_of"]]))) in truth]
        found = [r for r in of_kind if kept_of[r["article_id"]] == kept_of[r["copy_of"]]]
        copy_report[kind] = {"copies": len(of_kind), "true_near_duplicates": len(true_dup), "found": len(found),
                             "found_of_true": sum(1 for r in true_dup if r in found)}

    origin = {r["article_id"]: r["origin"] for r in rows}
    with_origin = decisions.with_columns(origin=pl.col("article_id").replace_strict(origin))
    bbc = with_origin.filter(pl.col("origin") == "bbc")
    bbc_truth = [(i, j) for (i, j) in truth if rows[i]["origin"] == rows[j]["origin"] == "bbc"]
    story_sizes = with_origin.group_by("story_id").len().sort("len", descending=True)
    seed_stories = with_origin.filter(pl.col("origin") == "seed")["story_id"].to_list()
    errors = {
        "false_pairs": sorted([rows[i]["article_id"], rows[j]["article_id"]] for i, j in predicted - true_pairs)[:10],
        "missed_pairs": sorted([rows[i]["article_id"], rows[j]["article_id"], round(truth[(i, j)], 3)]
                               for i, j in true_pairs - predicted)[:10],
    }
    result = {
        "articles": len(rows),
        "runs": args.runs,
        "truth_pairs": len(true_pairs),
        "predicted_pairs": len(predicted),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "perturbed_copies": copy_report,
        "bbc": {
            "articles": bbc.height,
            "exact_duplicates": bbc.filter(pl.col("duplicate_kind") == "exact").height,
            "near_duplicates": bbc.filter(pl.col("duplicate_kind") == "near").height,
            "truth_pairs": len(bbc_truth),
            "truth_pairs_identical_text": sum(1 for p in bbc_truth if truth[p] == 1.0),
            "largest_story": bbc.group_by("story_id").len()["len"].max(),
        },
        "seed_story_ids": seed_stories,
        "seeds_one_story": len(set(seed_stories)) == 1,
        "stories": story_sizes.height,
        "largest_story": story_sizes["len"][0],
        "story_size_top5": story_sizes["len"].head(5).to_list(),
        "seconds": {"truth": round(truth_seconds, 2), "deduplicate_and_group": round(system_seconds, 2)},
        "state_bytes_per_article": round(state.estimated_size() / max(state.height, 1)),
        "errors": errors,
    }
    print(f"articles {result['articles']}  truth pairs {result['truth_pairs']}  "
          f"predicted pairs {result['predicted_pairs']}")
    print(f"precision {precision:.4f}  recall {recall:.4f}   (targets >= 0.95)")
    print(f"{'perturbation':<22}{'copies':>8}{'true dup':>10}{'found':>8}{'found/true':>12}")
    for kind, rep in copy_report.items():
        print(f"{kind:<22}{rep['copies']:>8}{rep['true_near_duplicates']:>10}{rep['found']:>8}"
              f"{rep['found_of_true']:>12}")
    print(f"BBC: {result['bbc']}")
    print(f"seeds one story: {result['seeds_one_story']} ({seed_stories[0] if seed_stories else None})")
    print(f"stories {result['stories']}  largest {result['largest_story']}  top5 {result['story_size_top5']}")
    print(f"seconds {result['seconds']}  state bytes/article {result['state_bytes_per_article']}")
    if errors["false_pairs"] or errors["missed_pairs"]:
        print(f"errors (first 10): {json.dumps(errors)}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, default=str))
    return result


if __name__ == "__main__":
    main()
