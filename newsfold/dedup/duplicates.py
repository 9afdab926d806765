"""Exact and near-duplicate detection, and story grouping, across runs.

Exact duplicates share a `content_hash` (normalised text). Near duplicates are pairs whose
lowercased word k-shingles have a Jaccard similarity >= threshold; candidates come from MinHash
with LSH banding and every candidate pair is verified with the real Jaccard of the shingle sets
before it is accepted (newsfold.dedup.minhash). This module decides which copy is kept, assigns
stories, and keeps the state later runs compare against.

Kept-copy rule (documented contract, used by `deduplicate_and_group`):
1. an article kept in an earlier run stays kept (its NLP is already done), whatever its date;
2. otherwise, among new articles, the kept copy is the earliest published (undated articles come
   after dated ones), then the longest (word_count), then the smallest article_id.
Clusters are stars: every duplicate points at its cluster's kept copy, which is kept itself (no
chains), and for near duplicates the reported similarity is the verified Jaccard with that kept
copy, so it is always >= threshold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import polars as pl
import pyarrow as pa

from newsfold.dedup import stories
from newsfold.dedup.minhash import (
    lsh_bands, lsh_candidate_pairs, minhash_signatures, shingles_of_normalised, verified_pairs,
)
from newsfold.dedup.normalise import digest, normalise_text
from newsfold.settings import NEAR_THRESHOLD, NUM_PERM, SHINGLE_SIZE


# --------------------------------------------------------------------------- clustering


def priority_order(published_at: list, word_count: list[int], article_id: list[str]) -> list[int]:
    """Indices sorted by the kept-copy rule: earliest published (undated last), longest, smallest id."""
    def key(i: int):
        ts = published_at[i]
        return (ts is None, ts.timestamp() if ts is not None else 0.0, -(word_count[i] or 0), article_id[i])

    return sorted(range(len(article_id)), key=key)


def star_clusters(
    order: list[int], fixed_kept: set[int], edges: list[tuple[int, int, float]]
) -> dict[int, tuple[int, float]]:
    """Assign every non-fixed node adjacent to a kept node: node -> (kept node, similarity).

    Nodes are visited in `order` (fixed kept nodes, from earlier runs, must come first); an
    unassigned node becomes kept and claims its unassigned neighbours. Fixed nodes never move.
    """
    neighbours: dict[int, list[tuple[int, float]]] = {}
    for i, j, sim in edges:
        neighbours.setdefault(i, []).append((j, sim))
        neighbours.setdefault(j, []).append((i, sim))
    assigned: dict[int, tuple[int, float]] = {}
    for node in order:
        if node in assigned:
            continue
        for other, sim in sorted(neighbours.get(node, ()), key=lambda t: -t[1]):
            if other not in assigned and other not in fixed_kept and other != node:
                assigned[other] = (node, sim)
    return assigned


# --------------------------------------------------------------------------- state + entry point

STATE_SCHEMA = {
    "article_id": pl.String,
    "content_hash": pl.String,
    "kept_id": pl.String,  # article_id of the kept copy; equals article_id for kept articles
    "duplicate_kind": pl.String,
    "similarity": pl.Float64,
    "story_id": pl.String,
    "published_at": pl.Datetime("us", "UTC"),
    "word_count": pl.Int64,
    "shingle_size": pl.Int32,
    "num_perm": pl.Int32,
    "minhash": pl.Binary,  # num_perm little-endian uint32; null for duplicates
    "shingles": pl.List(pl.UInt32),  # sorted unique shingle hashes; null for duplicates
    "story_terms": pl.List(pl.UInt32),  # hashed story features (see stories.py); null for duplicates
    "story_counts": pl.List(pl.UInt16),
}

DECISION_SCHEMA = {
    "article_id": pl.String,
    "content_hash": pl.String,
    "duplicate_of": pl.String,
    "duplicate_kind": pl.String,
    "similarity": pl.Float64,
    "story_id": pl.String,
}


@dataclass
class _Pool:
    """Kept articles of earlier runs followed by this run's exact-hash representatives."""

    article_id: list[str]
    content_hash: list[str]
    published_at: list
    word_count: list[int]
    shingles: list[np.ndarray]
    signatures: np.ndarray
    story_id: list[str | None]
    story_terms: list[np.ndarray]
    story_counts: list[np.ndarray]
    n_previous: int


def _list_arrays(column: pl.Series, dtype) -> list[np.ndarray]:
    """A list column as numpy arrays, without a Python list per element (state can be large)."""
    if column.len() == 0:
        return []
    lengths = column.list.len().fill_null(0).to_numpy()
    flat = column.explode().drop_nulls().to_numpy().astype(dtype, copy=False)
    return np.split(flat, np.cumsum(lengths)[:-1])


def _empty_state() -> pl.DataFrame:
    return pl.DataFrame(schema=STATE_SCHEMA)


def _check_state_params(previous: pl.DataFrame, shingle_size: int, num_perm: int) -> None:
    kept = previous.filter(pl.col("minhash").is_not_null())
    if kept.height and (
        kept["shingle_size"].unique().to_list() != [shingle_size] or kept["num_perm"].unique().to_list() != [num_perm]
    ):
        raise ValueError(
            "previous dedup state was built with other shingle_size/num_perm; rebuild it or use the same parameters"
        )


def deduplicate_and_group(
    new: pl.DataFrame,
    previous_state: pl.DataFrame | None = None,
    *,
    threshold: float = NEAR_THRESHOLD,
    shingle_size: int = SHINGLE_SIZE,
    num_perm: int = NUM_PERM,
    previous_shingles: Callable[[list[str]], dict[str, np.ndarray]] | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Decide exact/near duplicates and story ids for this run's articles, given earlier runs' state.

    Returns (decisions, new_state): one decision row per new article (DECISION_SCHEMA), and the
    rows to append to the persistent state (STATE_SCHEMA). An article_id already in the state
    (the same input ingested again) gets its earlier decision and no new state row.
    `previous_state` may come without its `shingles` column (the largest one): `previous_shingles`
    (article ids -> their shingle sets) is then asked for those of the earlier articles that are LSH
    candidates of this run's, the only ones verification reads.
    """
    if new["article_id"].n_unique() != new.height:
        raise ValueError("article_id must be unique within a run")
    previous = previous_state if previous_state is not None and previous_state.height else _empty_state()
    if new.height == 0:
        return pl.DataFrame(schema=DECISION_SCHEMA), _empty_state()
    _check_state_params(previous, shingle_size, num_perm)

    # Re-ingested articles: answer from the state, keep them out of this run's work.
    known_ids = previous["article_id"].unique().to_list()
    fresh = new.filter(~pl.col("article_id").is_in(known_ids))
    replayed = _replayed_decisions(new.filter(pl.col("article_id").is_in(known_ids)), previous)

    bodies = fresh["body"].fill_null("").to_list()
    ids = fresh["article_id"].to_list()
    published = fresh["published_at"].to_list() if "published_at" in fresh.columns else [None] * len(ids)
    if "word_count" in fresh.columns:
        words = fresh["word_count"].fill_null(0).to_list()
    else:
        words = [len(b.split()) for b in bodies]
    titles = fresh["title"].to_list() if "title" in fresh.columns else [None] * len(ids)
    normalised = [normalise_text(b) for b in bodies]
    hashes = [digest(t) for t in normalised]

    prev_kept = previous.filter(pl.col("minhash").is_not_null())
    # Same text as an earlier run's article: point at its kept copy; "exact" when the kept copy has
    # this very text, else "near" with the similarity recorded for that earlier article.
    first_of_hash = previous.unique("content_hash", keep="first", maintain_order=True)
    prev_hash_to_kept = {
        h: (kept, "near" if kind == "near" else "exact", sim if kind == "near" else 1.0, story)
        for h, kept, kind, sim, story in first_of_hash.select(
            "content_hash", "kept_id", "duplicate_kind", "similarity", "story_id").iter_rows()
    }

    order = priority_order(published, words, ids)
    rep_of_hash: dict[str, int] = {}
    for i in order:  # first in priority order represents its hash group
        rep_of_hash.setdefault(hashes[i], i)
    reps = [i for i in order if rep_of_hash[hashes[i]] == i and hashes[i] not in prev_hash_to_kept]

    rep_shingles = shingles_of_normalised([normalised[i] for i in reps], shingle_size)
    rep_terms = [stories.story_features(titles[i], bodies[i]) for i in reps]
    pool = _Pool(
        article_id=prev_kept["article_id"].to_list() + [ids[i] for i in reps],
        content_hash=prev_kept["content_hash"].to_list() + [hashes[i] for i in reps],
        published_at=prev_kept["published_at"].to_list() + [published[i] for i in reps],
        word_count=prev_kept["word_count"].to_list() + [words[i] for i in reps],
        shingles=(_list_arrays(prev_kept["shingles"], np.uint32) if "shingles" in prev_kept.columns
                  else [_NOT_LOADED] * prev_kept.height) + rep_shingles,
        signatures=np.vstack(
            [
                np.frombuffer(b"".join(prev_kept["minhash"].to_list()), dtype="<u4").reshape(-1, num_perm),
                minhash_signatures(rep_shingles, num_perm),
            ]
        ),
        story_id=prev_kept["story_id"].to_list() + [None] * len(reps),
        story_terms=_list_arrays(prev_kept["story_terms"], np.uint32) + [t for t, _ in rep_terms],
        story_counts=_list_arrays(prev_kept["story_counts"], np.uint16) + [c for _, c in rep_terms],
        n_previous=prev_kept.height,
    )
    n_pool = len(pool.article_id)
    is_new = np.arange(n_pool) >= pool.n_previous

    bands, rows = lsh_bands(threshold, num_perm)
    candidates = lsh_candidate_pairs(pool.signatures, bands, rows, is_new)
    if "shingles" not in prev_kept.columns:
        _load_candidate_shingles(pool, candidates, previous_shingles)
    edges = verified_pairs(candidates, pool.shingles, threshold)

    prev_order = priority_order(pool.published_at[: pool.n_previous], pool.word_count[: pool.n_previous],
                                pool.article_id[: pool.n_previous])
    visit = prev_order + list(range(pool.n_previous, n_pool))  # reps are already in priority order
    near_of = star_clusters(visit, set(range(pool.n_previous)), edges)

    kept_nodes = [p for p in range(pool.n_previous, n_pool) if p not in near_of]
    story_of_node = stories.assign_stories(
        stories.StoryInput(
            terms=pool.story_terms,
            counts=pool.story_counts,
            published_at=pool.published_at,
            story_id=pool.story_id,
            article_id=pool.article_id,
        ),
        new_nodes=kept_nodes,
    )
    for node, (kept, _) in near_of.items():
        story_of_node[node] = story_of_node.get(kept) or pool.story_id[kept]

    node_of_id = {aid: p for p, aid in enumerate(pool.article_id)}
    decisions, kept_nodes_in_order = [], []
    for i, aid in enumerate(ids):
        h = hashes[i]
        if h in prev_hash_to_kept:
            kept_id, kind, sim, story = prev_hash_to_kept[h]
        else:
            node = node_of_id[ids[rep_of_hash[h]]]
            if node in near_of:
                kept_node, sim = near_of[node]
                kept_id, kind = pool.article_id[kept_node], "near"
            else:
                kept_id, kind, sim = pool.article_id[node], ("none" if i == rep_of_hash[h] else "exact"), None
                sim = None if kind == "none" else 1.0
            story = story_of_node[node]
        decisions.append((aid, h, None if kind == "none" else kept_id, kind, sim, story))
        if kind == "none":
            kept_nodes_in_order.append(node_of_id[aid])
    decision_frame = pl.concat(
        [pl.DataFrame(decisions, schema=DECISION_SCHEMA, orient="row"), replayed], how="vertical"
    )
    # Back to the caller's row order.
    decision_frame = new.select("article_id").join(decision_frame, on="article_id", how="left", maintain_order="left")
    fresh_decisions = pl.DataFrame(decisions, schema=DECISION_SCHEMA, orient="row")
    state = _state_rows(fresh_decisions, published, words, pool, kept_nodes_in_order, shingle_size, num_perm)
    return decision_frame, state


_NOT_LOADED = np.empty(0, dtype=np.uint32)


def _load_candidate_shingles(pool: _Pool, candidates: np.ndarray,
                             previous_shingles: Callable[[list[str]], dict[str, np.ndarray]] | None) -> None:
    """Fill in the shingle sets of the earlier articles among the candidate pairs (the others are
    never read)."""
    nodes = np.unique(candidates.ravel()) if len(candidates) else np.empty(0, np.int64)
    wanted = [int(n) for n in nodes if n < pool.n_previous]
    if not wanted:
        return
    if previous_shingles is None:
        raise ValueError("previous state without shingles needs previous_shingles")
    found = previous_shingles([pool.article_id[n] for n in wanted])
    for n in wanted:
        pool.shingles[n] = found[pool.article_id[n]]


def _list_column(arrays: list[np.ndarray], dtype, mask: np.ndarray) -> pl.Series:
    """A nullable list column from numpy arrays for the rows where `mask` is true (columnar, no per-row objects)."""
    lengths = np.zeros(len(mask), dtype=np.int32)
    lengths[mask] = [len(a) for a in arrays]
    offsets = pa.array(np.concatenate([[0], np.cumsum(lengths)]).astype(np.int32))
    values = pa.array(np.concatenate(arrays).astype(dtype) if arrays else np.empty(0, dtype))
    return pl.from_arrow(pa.ListArray.from_arrays(offsets, values, mask=pa.array(~mask)))


def _state_rows(decisions: pl.DataFrame, published: list, words: list[int], pool: _Pool, kept_nodes: list[int],
                shingle_size: int, num_perm: int) -> pl.DataFrame:
    """One state row per new article; signatures, shingles and story features for kept ones only."""
    if decisions.height == 0:
        return _empty_state()
    is_kept = (decisions["duplicate_kind"] == "none").to_numpy()
    signatures = [pool.signatures[n].astype("<u4").tobytes() for n in kept_nodes]
    minhash = np.full(decisions.height, None, dtype=object)
    minhash[is_kept] = signatures
    return pl.DataFrame(
        {
            "article_id": decisions["article_id"],
            "content_hash": decisions["content_hash"],
            "kept_id": decisions.select(pl.coalesce("duplicate_of", "article_id"))[:, 0],
            "duplicate_kind": decisions["duplicate_kind"],
            "similarity": decisions["similarity"],
            "story_id": decisions["story_id"],
            "published_at": pl.Series(published, dtype=pl.Datetime("us", "UTC")),
            "word_count": pl.Series(words, dtype=pl.Int64),
            "shingle_size": pl.repeat(shingle_size, decisions.height, dtype=pl.Int32, eager=True),
            "num_perm": pl.repeat(num_perm, decisions.height, dtype=pl.Int32, eager=True),
            "minhash": pl.Series(minhash.tolist(), dtype=pl.Binary),
            "shingles": _list_column([pool.shingles[n] for n in kept_nodes], np.uint32, is_kept),
            "story_terms": _list_column([pool.story_terms[n] for n in kept_nodes], np.uint32, is_kept),
            "story_counts": _list_column([pool.story_counts[n] for n in kept_nodes], np.uint16, is_kept),
        }
    ).cast(STATE_SCHEMA)


def _replayed_decisions(again: pl.DataFrame, previous: pl.DataFrame) -> pl.DataFrame:
    """Decisions for article_ids already in the state: the same as when they were first seen."""
    rows = again.select("article_id").join(
        previous.unique("article_id", keep="last"), on="article_id", how="left"
    )
    return rows.select(
        "article_id",
        "content_hash",
        pl.when(pl.col("duplicate_kind") == "none").then(None).otherwise(pl.col("kept_id")).alias("duplicate_of"),
        "duplicate_kind",
        "similarity",
        "story_id",
    ).cast(DECISION_SCHEMA)
