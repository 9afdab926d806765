"""Quotes stored as part files: what a run reads of them, and how it rewrites the few parts it changes.

Each run adds its new quotes as `quotes/part-<run_id>.parquet`. Stored rows change when a new quote
bridges two groups (renamed), when a group's speaker is inherited, or when a person's canonical name
gets fuller: only the parts holding such rows are rewritten (same name, atomic replace by the run's
commit). Finding them reads narrow columns of every part (no text), which is cheap. A
`quotes/quotes.parquet` written whole by an older version is one part like the others.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from newsfold.store.frames import conform
from newsfold.store.output import read_committed, table_dir

# The columns a run may change in a stored quote row, and those it needs to decide it.
CHANGING = ("quote_group_id", "speaker_person_id", "speaker_name", "confidence", "act")
NARROW = ("quote_id", "speaker_text", *CHANGING)


def quote_files(output: Path) -> list[Path]:
    return sorted(table_dir(Path(output), "quotes").glob("*.parquet"))


def stored_narrow(output: Path) -> pl.DataFrame | None:
    """Every stored quote's NARROW columns and the part file holding it (`file`), or None."""
    frames = []
    for path in quote_files(output):
        present = pl.read_parquet_schema(path)
        frame = read_committed(path, [c for c in NARROW if c in present])
        frames.append(frame.with_columns(pl.lit(str(path)).alias("file")))
    if not frames:
        return None
    narrow = pl.concat(frames, how="diagonal_relaxed")
    schema = conform("quotes", None).schema
    return narrow.select([(pl.col(c) if c in narrow.columns else pl.lit(None)).cast(schema[c]).alias(c)
                          for c in NARROW] + [pl.col("file")])


def stored_texts(output: Path, quote_ids: list[str]) -> pl.DataFrame:
    """quote_id and text of these stored quotes (a filtered scan: text is read, only these are kept)."""
    files = quote_files(output)
    if not files or not quote_ids:
        return pl.DataFrame(schema={"quote_id": pl.String, "text": pl.String})
    return (pl.scan_parquet(files).select("quote_id", "text")
            .filter(pl.col("quote_id").is_in(pl.Series(quote_ids, dtype=pl.String).implode())).collect())


def full_rows(changes: pl.DataFrame) -> pl.DataFrame:
    """The stored rows named by `changes` (quote_id, file, CHANGING columns) with their new values."""
    if changes.is_empty():
        return conform("quotes", None)
    parts = []
    for (path,), wanted in changes.group_by("file", maintain_order=True):
        rows = conform("quotes", read_committed(Path(path)))
        parts.append(rows.join(wanted.select("quote_id"), on="quote_id", how="semi"))
    rows = pl.concat(parts).drop(CHANGING)
    return conform("quotes", rows.join(changes.drop("file"), on="quote_id", how="left"))


def rewritten_parts(changes: pl.DataFrame, valid: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Each part file holding a changed row -> its new content: the changed rows that passed
    validation replace their old versions in place; those that failed leave the table (they are
    quarantined, as a whole-table validation would have done)."""
    return {path: with_changes(conform("quotes", read_committed(Path(path))), wanted["quote_id"], valid)
            for (path,), wanted in changes.group_by("file", maintain_order=True)}


def with_changes(rows: pl.DataFrame, changed_ids: pl.Series, updated: pl.DataFrame) -> pl.DataFrame:
    """`rows` with the rows of `changed_ids` replaced in place by their version in `updated` (full
    rows); a changed row missing from `updated` leaves."""
    rows = rows.with_row_index("_order")
    kept = rows.filter(~pl.col("quote_id").is_in(changed_ids.implode()))
    replaced = (rows.filter(pl.col("quote_id").is_in(changed_ids.implode())).select("_order", "quote_id")
                .join(updated, on="quote_id", how="inner"))
    return pl.concat([kept, replaced.select(kept.columns)]).sort("_order").drop("_order")


__all__ = ["CHANGING", "NARROW", "full_rows", "quote_files", "rewritten_parts", "stored_narrow", "stored_texts", "with_changes"]
