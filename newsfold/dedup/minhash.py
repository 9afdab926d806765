"""Near-duplicate candidates: word k-shingles, MinHash signatures, LSH banding, and exact Jaccard
verification of every candidate pair (vectorised numpy, see bench/bench_dedup.py)."""

from __future__ import annotations

import hashlib
import math

import numpy as np

from newsfold.dedup.normalise import normalise_text
from newsfold.settings import NUM_PERM, SHINGLE_SIZE

# Fixed seed: signatures must stay comparable across runs and machines.
MINHASH_SEED = 20250213
_MERSENNE_61 = (1 << 61) - 1
_MAX_BUCKET_PAIRS = 64  # buckets larger than this get linear pairing (big_bucket_pairs)


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


def shingle_hashes_many(texts: list[str], shingle_size: int = SHINGLE_SIZE) -> list[np.ndarray]:
    """Sorted unique uint32 hashes of the lowercased word k-shingles of each text.

    A text with fewer words than `shingle_size` becomes one shingle (its whole word sequence), so
    that one-sentence articles still compare; an empty text has no shingles (exact hash only).
    """
    return shingles_of_normalised([normalise_text(t) for t in texts], shingle_size)


def shingles_of_normalised(normalised: list[str], shingle_size: int = SHINGLE_SIZE) -> list[np.ndarray]:
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


def minhash_signatures(shingle_sets: list[np.ndarray], num_perm: int = NUM_PERM) -> np.ndarray:
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


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    return 1.0 - (1.0 - similarity**rows) ** bands


def lsh_bands(threshold: float, num_perm: int, min_recall: float = 0.99) -> tuple[int, int]:
    """(bands, rows) so that a pair at exactly `threshold` is a candidate with >= min_recall,
    with the fewest false candidates below it (verification is exact, so recall matters most)."""
    best, best_cost = (num_perm, 1), math.inf
    grid = np.linspace(0.0, threshold, 200)
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        if candidate_probability(threshold, bands, rows) < min_recall:
            continue
        cost = float(np.mean([candidate_probability(s, bands, rows) for s in grid]))
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
            else:  # a huge bucket (a template family): linear cost, see big_bucket_pairs
                i, j = big_bucket_pairs(len(members))
            pairs = np.stack([members[i], members[j]], axis=1)
            found.append(pairs[is_new[pairs].any(axis=1)])
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    return np.unique(np.concatenate(found), axis=0)


def big_bucket_pairs(size: int, heads: int = 16, neighbours: int = 8) -> tuple[np.ndarray, np.ndarray]:
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
