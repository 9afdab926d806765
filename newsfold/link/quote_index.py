"""The index of stored quotes that lets a run group its new quotes without re-linking every stored one.

`group_quotes` links quotes that are equal, that share an 8-word run, or where a shorter one (3 to 7
words: a longer one shares a run with its container anyway) runs inside a longer one. Each stored quote
therefore leaves, as 64-bit hashes of its normalised words, the keys under which a new quote can reach it:

    TEXT   its whole text            (a new quote with the same words, or one it runs inside)
    RUN    each 8-word run           (a new quote sharing a long run)
    TRI    each trigram, with its position   (a short quote it contains: all of the short quote's
                                              trigrams at consecutive positions)

A run looks up only its new quotes' keys (`candidates`): their whole texts and their 3- to 7-word
n-grams as TEXT (stored quotes equal to or inside a new one), their 8-word runs as RUN, and the
trigrams of the short new quotes, and of the short stored quotes just found inside a new one, as TRI
(the stored quotes containing them: whether a short quote joins a group depends on how many groups
contain it). Containment is decided on hashes, so only true candidates are read and compared; they
are linked with the new quotes by `group_quotes` exactly as inside one table, which gives the groups of
one run over everything for the cases its docstring describes.
Rows are keyed by quote_id, never by group: a group renamed later changes no index row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

import polars as pl

from newsfold.link.quote_groups import MIN_CONTAINED_WORDS, MIN_SHARED_RUN, quote_words

TEXT, RUN, TRI = 0, 1, 2
INDEX_SCHEMA = {"key": pl.Int64, "kind": pl.Int8, "pos": pl.Int32, "quote_id": pl.String}
LOOKUP_SCHEMA = {"key": pl.Int64, "kind": pl.Int8}


def key_of(words: Sequence[str]) -> int:
    """A stable signed 64-bit hash of a run of words (the same in every run and every process)."""
    return int.from_bytes(hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest(),
                          "little", signed=True)


def stored_keys(words: tuple[str, ...]) -> set[tuple[int, int, int]]:
    """(key, kind, pos) under which a stored quote of these words can be found (pos: a trigram's)."""
    if not words:
        return set()
    keys = {(key_of(words), TEXT, 0)}
    keys.update((key_of(words[j:j + MIN_SHARED_RUN]), RUN, 0) for j in range(len(words) - MIN_SHARED_RUN + 1))
    keys.update((key_of(words[j:j + 3]), TRI, j) for j in range(len(words) - 2))
    return keys


def short(words: tuple[str, ...]) -> bool:
    """A quote that can be inside another without sharing an 8-word run with it."""
    return MIN_CONTAINED_WORDS <= len(words) < MIN_SHARED_RUN


def index_frame(quotes: Iterable[tuple[str, str]]) -> pl.DataFrame:
    """Index rows of (quote_id, text) pairs, sorted by key."""
    rows = [(key, kind, pos, quote_id) for quote_id, text in quotes
            for key, kind, pos in stored_keys(quote_words(text))]
    return pl.DataFrame(rows, schema=INDEX_SCHEMA, orient="row").sort("key", "kind", "pos")


def lookup_keys(words: tuple[str, ...]) -> dict[tuple[int, int], tuple[str, ...]]:
    """(key, kind) -> the words it stands for, of the stored quotes equal to or inside a new quote of
    these words (TEXT) or sharing a run with it (RUN)."""
    if not words:
        return {}
    keys = {(key_of(words), TEXT): words}
    for n in range(MIN_CONTAINED_WORDS, min(len(words), MIN_SHARED_RUN)):
        keys.update(((key_of(words[j:j + n]), TEXT), words[j:j + n]) for j in range(len(words) - n + 1))
    keys.update(((key_of(words[j:j + MIN_SHARED_RUN]), RUN), words[j:j + MIN_SHARED_RUN])
                for j in range(len(words) - MIN_SHARED_RUN + 1))
    return keys


def find(index: pl.LazyFrame | None, lookup: pl.DataFrame) -> pl.DataFrame:
    """Index rows matching the (key, kind) pairs of `lookup`."""
    if index is None or lookup.is_empty():
        return pl.DataFrame(schema=INDEX_SCHEMA)
    return (index.filter(pl.col("key").is_in(lookup["key"].unique().implode())).collect()
            .join(lookup, on=["key", "kind"], how="semi"))


def containing(index: pl.LazyFrame | None, phrases: Sequence[tuple[str, ...]]) -> pl.DataFrame:
    """(phrase, quote_id): the stored quotes containing each of these short phrases (by number in
    `phrases`), every trigram of the phrase found in the quote at consecutive positions."""
    rows = [(n, k, key_of(phrase[k:k + 3])) for n, phrase in enumerate(phrases) for k in range(len(phrase) - 2)]
    if index is None or not rows:
        return pl.DataFrame(schema={"phrase": pl.Int64, "quote_id": pl.String})
    wanted = pl.DataFrame(rows, schema={"phrase": pl.Int64, "k": pl.Int64, "key": pl.Int64}, orient="row")
    hits = (index.filter(pl.col("key").is_in(wanted["key"].unique().implode()) & (pl.col("kind") == TRI))
            .select("key", "pos", "quote_id").collect())
    needed = wanted.group_by("phrase").agg(pl.len().alias("needed"))
    placed = (wanted.join(hits, on="key").with_columns((pl.col("pos") - pl.col("k")).alias("start"))
              .group_by("phrase", "quote_id", "start").agg(pl.col("k").n_unique().alias("found"))
              .join(needed, on="phrase").filter(pl.col("found") == pl.col("needed")))
    return placed.select("phrase", "quote_id").unique().sort("phrase", "quote_id")


# A short quote inside quotes of this many stored groups is ambiguous whatever one run adds ("one of the"
# is inside thousands): the containers in this many groups decide it as well as all of them. All of a
# group's containers are kept: a group joined by containment holds several first-pass groups, and each
# counts for `group_quotes`.
CONTAINER_GROUPS = 3


def candidates(index: pl.LazyFrame | None, new_texts: Sequence[str], groups: pl.DataFrame | None = None) -> list[str]:
    """quote_ids of the stored quotes that the new quotes can link with, sorted. With `groups`
    (quote_id, quote_group_id of the stored quotes) a short phrase's containers are thinned to those
    of CONTAINER_GROUPS groups."""
    words = [quote_words(t) for t in new_texts]
    keys: dict[tuple[int, int], tuple[str, ...]] = {}
    for w in words:
        keys.update(lookup_keys(w))
    hits = find(index, pl.DataFrame(list(keys), schema=LOOKUP_SCHEMA, orient="row"))
    found_inside = {keys[(key, TEXT)] for key in hits.filter(pl.col("kind") == TEXT)["key"].unique()}
    phrases = sorted({w for w in words if short(w)} | {w for w in found_inside if short(w)})
    containers = containing(index, phrases)
    if groups is not None:
        grouped = containers.join(groups.select("quote_id", "quote_group_id"), on="quote_id")
        kept = (grouped.select("phrase", "quote_group_id").unique().sort("phrase", "quote_group_id")
                .group_by("phrase", maintain_order=True).head(CONTAINER_GROUPS))
        containers = grouped.join(kept, on=["phrase", "quote_group_id"], how="semi")
    return sorted(set(hits["quote_id"]) | set(containers["quote_id"]))


__all__ = ["INDEX_SCHEMA", "candidates", "containing", "find", "index_frame", "key_of", "lookup_keys",
           "short", "stored_keys"]
