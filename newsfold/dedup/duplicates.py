"""Exact and near-duplicate detection, and story grouping, across runs.

Exact duplicates share a `content_hash` (normalised text). Near duplicates are pairs whose
lowercased word k-shingles have a Jaccard similarity >= threshold; candidates come from MinHash
with LSH banding (vectorised numpy, see bench/bench_dedup.py) and every candidate pair is verified
with the real Jaccard of the shingle sets before it is accepted.

Kept-copy rule (documented contract, used by `deduplicate_and_group`):
1. an article kept in an earlier run stays kept (its NLP is already done), whatever its date;
2. otherwise, among new articles, the kept copy is the earliest published (undated articles come
   after dated ones), then the longest (word_count), then the smallest article_id.
Clusters are stars: every duplicate points at its cluster's kept copy, which is kept itself (no
chains), and for near duplicates the reported similarity is the verified Jaccard with that kept
copy, so it is always >= threshold.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import polars as pl
import pyarrow as pa

from newsfold.dedup import stories

# Fixed seed: signatures must stay comparable across runs and machines.
MINHASH_SEED = 20250213
_MERSENNE_61 = (1 << 61) - 1
_MAX_BUCKET_PAIRS = 64  # buckets larger than this get linear pairing (_big_bucket_pairs)

# Lines that are site furniture rather than content; matched only on short lines so that an
# article sentence containing "subscribe" is never dropped.
_BOILERPLATE_LINE = re.compile(
    r"^\W*(?:copyright\b|©|\(c\)\s|all rights reserved|related (?:sources|articles|stories|topics|links)"
    r"|read more\b|see also\b|more on this story|share this\b|follow us\b|sign up\b|subscribe\b"
    r"|click here\b|advertisement\W*$|image (?:source|caption)|reporting by\b|editing by\b"
    r"|this article (?:was|is|first)\b)",
    re.IGNORECASE,
)
_BOILERPLATE_ANYWHERE = re.compile(r"all rights reserved|©", re.IGNORECASE)
# Cheap substring tests on the lowercased text first: most articles have no such line, and the
# per-line regex loop (or one big case-insensitive alternation) costs far more.
_BOILERPLATE_HINTS = (
    "copyright", "©", "(c)", "rights reserved", "related", "read more", "see also", "more on this", "share this",
    "follow us", "sign up", "subscribe", "click here", "advertisement", "image source", "image caption",
    "reporting by", "editing by", "this article",
)
_BOILERPLATE_MAX_WORDS = 20
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


# --------------------------------------------------------------------------- normalisation


def strip_boilerplate(text: str) -> str:
    """Drop short lines that are copyright notices, share/subscribe prompts, bylines and the like."""
    lowered = text.lower()
    if not any(hint in lowered for hint in _BOILERPLATE_HINTS):
        return text
    kept = []
    for line in text.splitlines():
        short = len(line.split()) <= _BOILERPLATE_MAX_WORDS
        if short and (_BOILERPLATE_LINE.match(line) or _BOILERPLATE_ANYWHERE.search(line)):
            continue
        kept.append(line)
    return "\n".join(kept)


def normalise_text(text: str) -> str:
    """Lowercase words separated by single spaces: no punctuation, no boilerplate lines.

    NFKC folds compatibility forms (full-width letters, ligatures, non-breaking spaces) so that
    two encodings of the same article normalise alike.
    """
    text = unicodedata.normalize("NFKC", text)
    text = strip_boilerplate(text)
    return _NON_WORD.sub(" ", text.casefold()).strip()


def content_hash(body: str) -> str:
    """Hash of the normalised body: equal for copies differing only in case, spacing, punctuation, boilerplate."""
    return _digest(normalise_text(body))


def _digest(normalised: str) -> str:
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=16).hexdigest()


# --------------------------------------------------------------------------- shingles


class _TokenHashes(dict):
    """word -> stable 64-bit hash (Python's hash() is salted per process), computed on first use.

    A dict subclass so that lookups of known words stay in C (`map(cache.__getitem__, words)`).
    """

    limit = 2_000_000

    def __missing__(self, token: str) -> int:
        if len(self) > self.limit:
            self.clear()
        value = int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little")
        self[token] = value
        return value


_TOKEN_HASHES = _TokenHashes()


def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads a polynomial combination of token hashes over all 64 bits."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


_SHINGLE_MULTIPLIERS = _mix64(np.arange(1, 65, dtype=np.uint64))  # one odd-ish multiplier per position


def _combine_windows(token_hashes: np.ndarray, width: int) -> np.ndarray:
    """Hash of every window of `width` consecutive tokens (order-sensitive), as uint32."""
    n = len(token_hashes) - width + 1
    acc = np.zeros(n, dtype=np.uint64)
    for pos in range(width):  # wrap-around uint64 arithmetic is intended
        acc += token_hashes[pos : pos + n] * _SHINGLE_MULTIPLIERS[pos % 64]
    return (_mix64(acc) >> np.uint64(32)).astype(np.uint32)


def shingle_hashes_many(texts: list[str], shingle_size: int = 5) -> list[np.ndarray]:
    """Sorted unique uint32 hashes of the lowercased word k-shingles of each text.

    A text with fewer words than `shingle_size` becomes one shingle (its whole word sequence), so
    that one-sentence articles still compare; an empty text has no shingles (exact hash only).
    """
    return shingles_of_normalised([normalise_text(t) for t in texts], shingle_size)


def shingles_of_normalised(normalised: list[str], shingle_size: int = 5) -> list[np.ndarray]:
    """`shingle_hashes_many` for texts already passed through `normalise_text`."""
    texts = normalised
    lengths = np.array([t.count(" ") + 1 if t else 0 for t in normalised], dtype=np.int64)
    words = " ".join(t for t in normalised if t).split(" ")  # one split for all documents
    flat = np.fromiter(map(_TOKEN_HASHES.__getitem__, words), dtype=np.uint64, count=int(lengths.sum()))
    starts = np.concatenate([[0], np.cumsum(lengths)])
    out: list[np.ndarray] = [np.empty(0, dtype=np.uint32)] * len(texts)
    long_docs = np.flatnonzero(lengths >= shingle_size)
    if len(long_docs):
        # All windows of the concatenation at once, then keep those that start and end in one doc.
        windows = _combine_windows(flat, shingle_size) if len(flat) >= shingle_size else np.empty(0, np.uint32)
        doc_of_window = np.repeat(np.arange(len(texts)), lengths)[: len(windows)]
        valid_end = np.repeat(starts[1:] - shingle_size, lengths)[: len(windows)]
        keep = np.arange(len(windows)) <= valid_end
        keyed = (doc_of_window[keep].astype(np.uint64) << np.uint64(32)) | windows[keep].astype(np.uint64)
        keyed.sort()  # by doc, then hash; then drop repeats (cheaper than np.unique's hashing)
        keyed = keyed[np.r_[True, keyed[1:] != keyed[:-1]]]
        docs = (keyed >> np.uint64(32)).astype(np.int64)
        hashes = (keyed & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        bounds = np.searchsorted(docs, np.arange(len(texts) + 1))
        for d in long_docs:
            out[d] = hashes[bounds[d] : bounds[d + 1]]
    for d in np.flatnonzero((lengths > 0) & (lengths < shingle_size)):
        out[d] = _combine_windows(flat[starts[d] : starts[d + 1]], int(lengths[d]))
    return out


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two sorted unique hash arrays (0.0 when both are empty)."""
    if len(a) == 0 and len(b) == 0:
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


# --------------------------------------------------------------------------- MinHash + LSH


def _minhash_params(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(MINHASH_SEED)
    a = rng.integers(1, _MERSENNE_61, size=num_perm, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, _MERSENNE_61, size=num_perm, dtype=np.uint64)
    return a, b


def minhash_signatures(shingle_sets: list[np.ndarray], num_perm: int = 128) -> np.ndarray:
    """(n_docs, num_perm) uint32 MinHash signatures, vectorised over documents.

    Permutation i is multiply-add-shift, h_i(x) = ((a_i x + b_i) mod 2^64) >> 32, a strongly
    universal family for 32-bit keys. Empty sets get the all-max signature (never matched).
    Documents are processed in chunks of ~8k shingles: the (num_perm x chunk) work matrix then
    stays in cache (measured 4x faster than 32k chunks), and is reused in place.
    """
    a, b = _minhash_params(num_perm)
    sigs = np.full((len(shingle_sets), num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    sizes = np.array([len(s) for s in shingle_sets], dtype=np.int64)
    non_empty = np.flatnonzero(sizes > 0)
    if len(non_empty) == 0:
        return sigs
    chunk_budget = 8192
    cumulative = np.cumsum(sizes[non_empty])
    work = np.empty((num_perm, chunk_budget + int(sizes.max())), dtype=np.uint64)
    start = 0
    while start < len(non_empty):
        done = int(cumulative[start - 1]) if start else 0
        end = max(int(np.searchsorted(cumulative, done + chunk_budget, side="right")), start + 1)
        docs = non_empty[start:end]
        values = np.concatenate([shingle_sets[d] for d in docs]).astype(np.uint64)
        hashed = work[:, : len(values)]
        np.multiply(a[:, None], values[None, :], out=hashed)  # wraps mod 2^64, as intended
        hashed += b[:, None]
        hashed >>= np.uint64(32)
        offsets = np.concatenate([[0], np.cumsum(sizes[docs])[:-1]])
        sigs[docs] = np.minimum.reduceat(hashed, offsets, axis=1).T
        start = end
    return sigs


def _candidate_probability(similarity: float, bands: int, rows: int) -> float:
    return 1.0 - (1.0 - similarity**rows) ** bands


def lsh_bands(threshold: float, num_perm: int, min_recall: float = 0.99) -> tuple[int, int]:
    """(bands, rows) so that a pair at exactly `threshold` is a candidate with >= min_recall,
    with the fewest false candidates below it (verification is exact, so recall matters most)."""
    best, best_cost = (num_perm, 1), math.inf
    grid = np.linspace(0.0, threshold, 200)
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if _candidate_probability(threshold, bands, rows) < min_recall:
            continue
        cost = float(np.mean([_candidate_probability(s, bands, rows) for s in grid]))
        if cost < best_cost:
            best, best_cost = (bands, rows), cost
    return best


def lsh_candidate_pairs(signatures: np.ndarray, bands: int, rows: int, is_new: np.ndarray) -> np.ndarray:
    """(m, 2) int64 pairs (i < j) sharing at least one LSH band, at least one of them new."""
    n = len(signatures)
    if n < 2:
        return np.empty((0, 2), dtype=np.int64)
    valid = ~(signatures == np.iinfo(np.uint32).max).all(axis=1)
    found: list[np.ndarray] = []
    for band in range(bands):
        cols = signatures[:, band * rows : (band + 1) * rows].astype(np.uint64)
        key = np.zeros(n, dtype=np.uint64)
        for c in range(rows):
            key = _mix64(key ^ cols[:, c] ^ np.uint64(band << 40))
        order = np.argsort(key, kind="stable")
        order = order[valid[order]]
        sorted_keys = key[order]
        run_starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
        run_ends = np.r_[run_starts[1:], len(order)]
        for start, end in zip(run_starts[run_ends - run_starts > 1], run_ends[run_ends - run_starts > 1]):
            members = np.sort(order[start:end])
            if not is_new[members].any():
                continue
            if len(members) <= _MAX_BUCKET_PAIRS:
                i, j = np.triu_indices(len(members), k=1)
            else:  # a huge bucket (a template family): linear cost, see _big_bucket_pairs
                i, j = _big_bucket_pairs(len(members))
            pairs = np.stack([members[i], members[j]], axis=1)
            found.append(pairs[is_new[pairs].any(axis=1)])
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    return np.unique(np.concatenate(found), axis=0)


def _big_bucket_pairs(size: int, heads: int = 16, neighbours: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i < j) for a bucket too big for all pairs: every member with the first `heads`
    members, and with its next `neighbours`. Pool order is priority order (earlier runs' kept
    articles, then this run's by the kept-copy rule), so the heads are the likely kept copies."""
    i = np.concatenate([np.repeat(np.arange(heads), size), np.repeat(np.arange(size), neighbours)])
    following = (np.arange(size)[:, None] + np.arange(1, neighbours + 1)).ravel()
    j = np.concatenate([np.tile(np.arange(size), heads), following])
    keep = (i < j) & (j < size)
    return i[keep], j[keep]


def verified_pairs(
    pairs: np.ndarray, shingle_sets: list[np.ndarray], threshold: float
) -> list[tuple[int, int, float]]:
    """Candidate pairs whose real Jaccard is >= threshold, with that Jaccard."""
    accepted = []
    for i, j in pairs.tolist():
        a, b = shingle_sets[i], shingle_sets[j]
        small, large = sorted((len(a), len(b)))
        if large == 0 or small / large < threshold:  # Jaccard <= |small| / |large|
            continue
        sim = jaccard(a, b)
        if sim >= threshold:
            accepted.append((i, j, sim))
    return accepted


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
    threshold: float = 0.8,
    shingle_size: int = 5,
    num_perm: int = 128,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Decide exact/near duplicates and story ids for this run's articles, given earlier runs' state.

    Returns (decisions, new_state): one decision row per new article (DECISION_SCHEMA), and the
    rows to append to the persistent state (STATE_SCHEMA). An article_id already in the state
    (the same input ingested again) gets its earlier decision and no new state row.
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
    hashes = [_digest(t) for t in normalised]

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
        shingles=_list_arrays(prev_kept["shingles"], np.uint32) + rep_shingles,
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
