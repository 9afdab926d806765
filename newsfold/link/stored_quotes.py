"""Opening the stored quotes for a run: their narrow columns, their index, their texts on demand.

An output written before the index existed (quotes rewritten whole as `quotes/quotes.parquet`) gets
the index built once from every stored quote; the run commits it with its own files, so the next run
finds it.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from newsfold.link.quote_index import INDEX_SCHEMA, index_frame
from newsfold.link.resolve import NO_STORED_QUOTES, Resolved, StoredQuotes
from newsfold.store.frames import conform
from newsfold.store.output import table_dir
from newsfold.store.quote_parts import CHANGING, NARROW, quote_files, stored_narrow, stored_texts, with_changes


def open_stored_quotes(output: Path) -> tuple[StoredQuotes, pl.DataFrame]:
    """The stored quotes, and the index rows this run must commit for them (empty unless the output
    had no index yet)."""
    output = Path(output)
    narrow = stored_narrow(output)
    if narrow is None:
        return NO_STORED_QUOTES, pl.DataFrame(schema=INDEX_SCHEMA)
    built = pl.DataFrame(schema=INDEX_SCHEMA)
    files = sorted(table_dir(output, "quote_index").glob("*.parquet"))
    if files:
        index = pl.scan_parquet(files)
    else:  # an older layout: index every stored quote, once
        texts = pl.concat([pl.read_parquet(f, columns=["quote_id", "text"]) for f in quote_files(output)])
        built = index_frame(zip(texts["quote_id"], texts["text"], strict=True))
        index = built.lazy()
    return StoredQuotes(narrow, index, lambda ids: stored_texts(output, ids)), built


def stored_from_frame(quotes: pl.DataFrame | None, file: str = "stored") -> StoredQuotes:
    """Stored quotes held in memory (one `file`): what `open_stored_quotes` gives for an output whose
    quotes table is `quotes`."""
    if quotes is None or quotes.is_empty():
        return NO_STORED_QUOTES
    quotes = conform("quotes", quotes)
    narrow = quotes.select(*NARROW, pl.lit(file).alias("file"))
    index = index_frame(zip(quotes["quote_id"], quotes["text"], strict=True)).lazy()
    return StoredQuotes(narrow, index, lambda ids: quotes.select("quote_id", "text").filter(pl.col("quote_id").is_in(ids)))


def whole_table(stored: pl.DataFrame | None, resolved: Resolved) -> pl.DataFrame:
    """The quotes table after a run, in memory: the stored rows with their changes applied as export
    applies them to the part files (`with_changes`), then the new rows."""
    stored = conform("quotes", stored)
    changes = resolved.changes.drop("file")
    updated = conform("quotes", stored.drop(CHANGING).join(changes, on="quote_id", how="inner"))
    return pl.concat([with_changes(stored, changes["quote_id"], updated), resolved.quotes])


def has_quote_index(output: Path) -> bool:
    """Whether the output needs no index built (it has one, or no quote at all)."""
    output = Path(output)
    return bool(list(table_dir(output, "quote_index").glob("*.parquet"))) or not quote_files(output)


__all__ = ["has_quote_index", "open_stored_quotes", "stored_from_frame", "whole_table"]
