"""Story grouping: articles reporting the same story share a story_id, even in different words.

Each kept article is a bag of hashed features: content words of title and body (title words
count extra) plus its capitalised names (a separate feature, top hash bit set: a shared name counts twice).
Features are weighted by sublinear TF x IDF over the kept articles in reach (this run's, and
earlier runs' within the time window when dates exist; weights are recomputed each run from the
stored raw counts, and IDF is phased in with collection size) and compared by cosine.

Grouping is incremental average-linkage: articles are visited in priority order (earliest first)
and an article joins the existing story whose members it is, on average, most similar to, when
that average is high enough and they share a name; otherwise it founds a new story. Average
linkage (not single linkage) stops chaining: a story grows only with articles close to most of it.
A story's id derives from its founding article, so it never changes when later articles join.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import timedelta
from functools import cache

import numpy as np
import scipy.sparse as sp

# Words frequent in any news text that say nothing about which story it is.
_NEWS_STOP_WORDS = frozenset(
    "said says told tell year years new week weeks month months day days time times people like just "
    "also would could including according added reported report reports statement mr mrs ms "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday percent cent".split()
)
_WORD = re.compile(r"[^\W\d_]{3,}")  # letters only: "Ford's" gives "ford", "anti-war" gives "anti", "war"
# A capitalised word not at a sentence or line start: a cheap proper-name detector.
_NAME = re.compile(r"(?<=[\w,;:)] )(?:[A-Z][a-z]+|[A-Z]{2,6}\b)")

TITLE_WEIGHT = 3
MIN_EDGE_SIMILARITY = 0.2  # below this a pair is not evidence of anything
MIN_JOIN_SIMILARITY = 0.3  # average similarity to a story's members needed to join it
IDF_FULL_FROM = 100  # articles in the collection from which IDF weighs fully (see tfidf_matrix)
STORY_WINDOW = timedelta(days=7)  # dated articles further apart are different stories

_NAME_BIT = 0x80000000  # name features have the top bit set, words have it clear


class _FeatureHashes(dict):
    """feature -> stable 31-bit hash, computed on first use (lookups of known features stay in C)."""

    limit = 2_000_000

    def __missing__(self, feature: str) -> int:
        if len(self) > self.limit:
            self.clear()
        value = int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=4).digest(), "little")
        self[feature] = value & ~_NAME_BIT
        return self[feature]


_FEATURE_HASHES = _FeatureHashes()


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words plus news filler; imported on first use (importing spaCy is slow)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(w.lower() for w in STOP_WORDS) | _NEWS_STOP_WORDS


def content_words(text: str) -> list[str]:
    """Lowercased content words: letters only, at least 3 of them, no stop words."""
    stop = stop_words()
    return [w for w in _WORD.findall(text.lower()) if w not in stop]


def capitalised_names(text: str) -> list[str]:
    """Capitalised words that do not start a sentence or line: names of people, places, bodies."""
    stop = stop_words()
    return [n for n in map(str.lower, _NAME.findall(text)) if n not in stop]


def story_features(title: str | None, body: str) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique uint32 feature hashes of an article and their uint16 counts.

    Title words count TITLE_WEIGHT times; names (top bit set) are taken from the body only, as
    headline case capitalises every word.
    """
    lookup = _FEATURE_HASHES.__getitem__
    words = np.fromiter(map(lookup, content_words(body)), dtype=np.uint32)
    title_words = np.fromiter(map(lookup, content_words(title or "")), dtype=np.uint32)
    names = np.fromiter(map(lookup, capitalised_names(body)), dtype=np.uint32) | np.uint32(_NAME_BIT)
    every = np.concatenate([words, np.tile(title_words, TITLE_WEIGHT), names])
    terms, counts = np.unique(every, return_counts=True)
    return terms.astype(np.uint32), np.minimum(counts, 65535).astype(np.uint16)


def _feature_hash(feature: str, is_name: bool = False) -> int:
    value = _FEATURE_HASHES[feature]
    return value | _NAME_BIT if is_name else value


@dataclass
class StoryInput:
    """Kept articles (earlier runs first, then this run's), aligned lists; story_id None when new."""

    terms: list[np.ndarray]
    counts: list[np.ndarray]
    published_at: list
    story_id: list[str | None]
    article_id: list[str]


def story_id_for(founder_article_id: str) -> str:
    return "story-" + hashlib.blake2b(founder_article_id.encode("utf-8"), digest_size=8).hexdigest()


def tfidf_matrix(terms: list[np.ndarray], counts: list[np.ndarray]) -> sp.csr_matrix:
    """Rows L2-normalised, sublinear TF x smoothed IDF, columns = distinct feature hashes.

    IDF needs a collection: over a handful of articles that all tell one story (the seeds) it
    would mark the story's own words as common and push same-story cosines down to the join
    threshold. So IDF is phased in with the collection size, from plain TF (stop words already
    gone) to full IDF at IDF_FULL_FROM articles (earlier runs' kept articles count).
    """
    sizes = np.array([len(t) for t in terms], dtype=np.int64)
    flat_terms = np.concatenate(terms) if len(terms) else np.empty(0, np.uint32)
    flat_counts = np.concatenate(counts).astype(np.float64) if len(terms) else np.empty(0)
    vocab, columns = np.unique(flat_terms, return_inverse=True)
    rows = np.repeat(np.arange(len(terms)), sizes)
    df = np.bincount(columns, minlength=len(vocab))
    idf = 1.0 + np.log((1 + len(terms)) / (1 + df)) * min(1.0, len(terms) / IDF_FULL_FROM)
    values = (1.0 + np.log(np.maximum(flat_counts, 1.0))) * idf[columns]
    matrix = sp.csr_matrix((values, (rows, columns)), shape=(len(terms), len(vocab)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix)


def _within_window(a, b) -> bool:
    return a is None or b is None or abs(a - b) <= STORY_WINDOW


def similar_pairs(
    matrix: sp.csr_matrix,
    query_rows: list[int],
    min_similarity: float,
    published_at: list | None = None,
    *,
    window: timedelta = STORY_WINDOW,
    max_df_fraction: float = 0.05,
) -> dict[int, dict[int, float]]:
    """For each query row, the other rows with cosine >= min_similarity.

    Kept near-linear by two cuts: (1) candidates come from a product without the features held
    by more than max(50, max_df_fraction * rows) articles (they dominate the cost and weigh
    little after IDF), and the candidates' cosine is then computed exactly on all features;
    (2) dated queries, in date order, are compared only with rows dated within `window` of their
    block (and with undated rows).
    """
    n_rows = matrix.shape[0]
    result: dict[int, dict[int, float]] = {}
    if not query_rows or n_rows == 0:
        return result
    df = np.diff(matrix.tocsc().indptr)
    rare = (df <= max(50, int(max_df_fraction * n_rows))).astype(np.float64)
    pruned = sp.csr_matrix(matrix @ sp.diags(rare))
    pruned.eliminate_zeros()

    seconds = np.array([ts.timestamp() if ts is not None else np.nan for ts in (published_at or [None] * n_rows)])
    queries = np.array(query_rows)[np.argsort(seconds[query_rows], kind="stable")]  # NaN (undated) last
    dated = np.flatnonzero(~np.isnan(seconds))
    dated = dated[np.argsort(seconds[dated], kind="stable")]
    undated = np.flatnonzero(np.isnan(seconds))
    all_rows = np.arange(n_rows)
    block = 256
    for start in range(0, len(queries), block):
        rows = queries[start : start + block]
        times = seconds[rows]
        if np.isnan(times).any():
            targets = all_rows
        else:
            lo, hi = np.searchsorted(seconds[dated], [times.min() - window.total_seconds(),
                                                       times.max() + window.total_seconds()], side="left")
            hi = np.searchsorted(seconds[dated], times.max() + window.total_seconds(), side="right")
            targets = np.sort(np.concatenate([dated[lo:hi], undated]))
        candidates = (pruned[rows] @ pruned[targets].T).tocoo()
        keep = candidates.data >= min_similarity / 2
        query_of, target_of = rows[candidates.row[keep]], targets[candidates.col[keep]]
        distinct = query_of != target_of
        query_of, target_of = query_of[distinct], target_of[distinct]
        if len(query_of) == 0:
            continue
        exact = np.asarray(matrix[query_of].multiply(matrix[target_of]).sum(axis=1)).ravel()
        for q, t, sim in zip(query_of.tolist(), target_of.tolist(), exact.tolist()):
            if sim >= min_similarity:
                result.setdefault(q, {})[t] = sim
    return result


def name_features(terms: np.ndarray) -> frozenset[int]:
    """The capitalised-name features of an article (top bit set)."""
    return frozenset(terms[terms >= _NAME_BIT].tolist())


def shares_name(terms_a: np.ndarray, terms_b: np.ndarray) -> bool:
    """Whether two feature arrays have a capitalised name in common."""
    return not name_features(terms_a).isdisjoint(name_features(terms_b))


def _earlier_in_reach(data: StoryInput, new_nodes: list[int], story_of: dict[int, str]) -> list[int]:
    """Earlier articles a new one could join: all of them, unless every new article is dated;
    then only those undated or within STORY_WINDOW of the new ones (bounds the work per run)."""
    new_dates = [data.published_at[n] for n in new_nodes]
    if any(d is None for d in new_dates):
        return list(story_of)
    lo, hi = min(new_dates) - STORY_WINDOW, max(new_dates) + STORY_WINDOW
    return [n for n in story_of if data.published_at[n] is None or lo <= data.published_at[n] <= hi]


def assign_stories(
    data: StoryInput,
    new_nodes: list[int],
    *,
    min_edge: float = MIN_EDGE_SIMILARITY,
    min_join: float = MIN_JOIN_SIMILARITY,
) -> dict[int, str]:
    """story_id of each new node (visited in the given order), joining earlier stories when close."""
    story_of: dict[int, str] = {i: s for i, s in enumerate(data.story_id) if s is not None}
    if not new_nodes:
        return {}
    active = sorted(set(_earlier_in_reach(data, new_nodes, story_of)) | set(new_nodes))
    local = {node: k for k, node in enumerate(active)}
    matrix = tfidf_matrix([data.terms[n] for n in active], [data.counts[n] for n in active])
    neighbours = similar_pairs(matrix, [local[n] for n in new_nodes], min_edge,
                               [data.published_at[n] for n in active])
    names_cache: dict[int, frozenset[int]] = {}

    def names_of(node: int) -> frozenset[int]:
        if node not in names_cache:
            names_cache[node] = name_features(data.terms[node])
        return names_cache[node]

    members: dict[str, int] = {}
    for sid in story_of.values():
        members[sid] = members.get(sid, 0) + 1
    assigned: dict[int, str] = {}
    for node in new_nodes:
        totals: dict[str, float] = {}
        for other_local, sim in neighbours.get(local[node], {}).items():
            other = active[other_local]
            sid = story_of.get(other)
            if sid is None or not _within_window(data.published_at[node], data.published_at[other]):
                continue
            if names_of(node).isdisjoint(names_of(other)):
                continue
            totals[sid] = totals.get(sid, 0.0) + sim
        best = max(totals, key=lambda s: (totals[s] / members[s], s), default=None)
        if best is not None and totals[best] / members[best] >= min_join:
            sid = best
        else:
            sid = story_id_for(data.article_id[node])
        story_of[node] = sid
        members[sid] = members.get(sid, 0) + 1
        assigned[node] = sid
    return assigned
