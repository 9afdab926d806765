"""The index of stored quotes that lets a run group its new quotes without re-linking every stored one.

`group_quotes` links quotes that are equal, that share an 8-word run, or where one runs inside the other
(a contained quote shares its first trigram with its container). Each stored quote therefore leaves, as
64-bit hashes of its normalised words, the keys under which a new quote can reach it:

    TEXT   its whole text          (a new quote with the same words)
    RUN    each 8-word run         (a new quote sharing a long run)
    TRI    each trigram            (a new quote whose first trigram it holds: it may contain the new one)
    FIRST  its first trigram       (a new quote holding that trigram may contain it)

A run looks up only its new quotes' keys (`lookup_keys`); the stored quotes found are the candidates
`group_quotes` then links with the new ones, exactly as it would link them inside one table, so the
groups are those of one run over everything for the cases its docstring describes. For a stored quote a
new one may contain, the stored quotes containing it are candidates too (`container_keys`): whether it
joins the new quote's group depends on how many groups contain it.
Rows are keyed by quote_id, never by group: a group renamed later changes no index row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

import polars as pl

from newsfold.link.quote_groups import MIN_CONTAINED_WORDS, MIN_SHARED_RUN, normalise_quote, quoted_words

TEXT, RUN, TRI, FIRST = 0, 1, 2, 3
INDEX_SCHEMA = {"key": pl.Int64, "kind": pl.Int8, "quote_id": pl.String}
LOOKUP_SCHEMA = {"key": pl.Int64, "kind": pl.Int8}


def key_of(words: Sequence[str]) -> int:
    """A stable signed 64-bit hash of a run of words (the same in every run and every process)."""
    return int.from_bytes(hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest(),
                          "little", signed=True)


def quote_words(text: str) -> tuple[str, ...]:
    """What grouping compares of a row: its quoted words, normalised."""
    return normalise_quote(quoted_words(text))


def stored_keys(words: tuple[str, ...]) -> set[tuple[int, int]]:
    """(key, kind) under which a stored quote of these words can be found."""
    if not words:
        return set()
    keys = {(key_of(words), TEXT)}
    keys.update((key_of(words[j:j + MIN_SHARED_RUN]), RUN) for j in range(len(words) - MIN_SHARED_RUN + 1))
    keys.update((key_of(words[j:j + 3]), TRI) for j in range(len(words) - 2))
    if len(words) >= MIN_CONTAINED_WORDS:
        keys.add((key_of(words[:3]), FIRST))
    return keys


def lookup_keys(words: tuple[str, ...]) -> set[tuple[int, int]]:
    """(key, kind) of the stored quotes a new quote of these words can link with (see the module doc)."""
    if not words:
        return set()
    keys = {(key_of(words), TEXT)}
    keys.update((key_of(words[j:j + MIN_SHARED_RUN]), RUN) for j in range(len(words) - MIN_SHARED_RUN + 1))
    if len(words) >= MIN_CONTAINED_WORDS:
        keys.add((key_of(words[:3]), TRI))
    keys.update((key_of(words[j:j + 3]), FIRST) for j in range(len(words) - 2))
    return keys


def index_frame(quotes: Iterable[tuple[str, str]]) -> pl.DataFrame:
    """Index rows of (quote_id, text) pairs, sorted by key (Parquet statistics then skip row groups)."""
    keys, kinds, ids = [], [], []
    for quote_id, text in quotes:
        for key, kind in stored_keys(quote_words(text)):
            keys.append(key)
            kinds.append(kind)
            ids.append(quote_id)
    return pl.DataFrame({"key": keys, "kind": kinds, "quote_id": ids}, schema=INDEX_SCHEMA).sort("key", "kind")


def lookup_frame(texts: Iterable[str]) -> pl.DataFrame:
    """The (key, kind) pairs to look up for these new quotes."""
    keys: set[tuple[int, int]] = set()
    for text in texts:
        keys |= lookup_keys(quote_words(text))
    return pl.DataFrame(sorted(keys), schema=LOOKUP_SCHEMA, orient="row")


def container_keys(hits: pl.DataFrame) -> pl.DataFrame:
    """Second lookup: stored quotes found by FIRST (a new quote may contain them) are looked up by
    that first trigram as TRI, which finds the stored quotes that may contain them as well."""
    return (hits.filter(pl.col("kind") == FIRST).select("key").unique()
            .with_columns(pl.lit(TRI, pl.Int8).alias("kind")))


def find(index: pl.LazyFrame | None, lookup: pl.DataFrame) -> pl.DataFrame:
    """Index rows matching the (key, kind) pairs of `lookup`."""
    if index is None or lookup.is_empty():
        return pl.DataFrame(schema=INDEX_SCHEMA)
    keys = lookup["key"].unique()
    return (index.filter(pl.col("key").is_in(keys.implode())).collect()
            .join(lookup, on=["key", "kind"], how="semi"))


def candidates(index: pl.LazyFrame | None, new_texts: Sequence[str]) -> list[str]:
    """quote_ids of the stored quotes that the new quotes can link with, sorted."""
    hits = find(index, lookup_frame(new_texts))
    second = find(index, container_keys(hits))
    return sorted(set(hits["quote_id"]) | set(second["quote_id"]))


__all__ = ["INDEX_SCHEMA", "candidates", "container_keys", "find", "index_frame", "key_of", "lookup_frame",
           "lookup_keys", "quote_words", "stored_keys"]
