"""Checks across tables: what a row says about another table must be true.

Each check returns the row positions (0-based) of the failing rows with a reason, so the validate
step can quarantine exactly those rows. Pure polars; no Pandera needed for joins.
"""

from __future__ import annotations

import polars as pl

from newsfold.records import PIECE_JOINER

SPAN_TABLES = ("quotes", "person_mentions", "numbers")


def unknown_article_rows(table: pl.DataFrame, article_ids: pl.Series) -> pl.DataFrame:
    """Rows whose article_id is not an article of the dataset."""
    indexed = table.with_row_index("row")
    bad = indexed.filter(~pl.col("article_id").is_in(article_ids.implode()))
    return bad.select(
        "row", pl.format("article_id {} is not in articles", pl.col("article_id")).alias("reason")
    )


def pieces_in_order(text: str, window: str) -> bool:
    """A split quote's text: its PIECE_JOINER pieces occur in `window` (body[start_char:end_char])
    in order, the first at its start and the last at its end."""
    pieces = text.split(PIECE_JOINER)
    if len(pieces) < 2 or not all(pieces) or not window.startswith(pieces[0]) or not window.endswith(pieces[-1]):
        return False
    at = len(pieces[0])
    for piece in pieces[1:-1]:
        found = window.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return len(window) - len(pieces[-1]) >= at


def span_mismatch_rows(table: pl.DataFrame, bodies: pl.DataFrame, *, split_pieces: bool = False) -> pl.DataFrame:
    """Rows where body[start_char:end_char] != text (bodies: article_id, body). With `split_pieces`
    (quotes), a text of pieces joined by PIECE_JOINER passes when each piece occurs in the slice in
    order (`pieces_in_order`); every other text must equal the slice exactly."""
    indexed = table.with_row_index("row").join(bodies, on="article_id", how="inner")
    sliced = indexed.with_columns(
        pl.col("body").str.slice(pl.col("start_char"), (pl.col("end_char") - pl.col("start_char")).clip(lower_bound=0))
        .alias("_slice")
    )
    bad = sliced.filter(pl.col("_slice") != pl.col("text"))
    if split_pieces and not bad.is_empty():
        split_ok = [pieces_in_order(t, w) for t, w in zip(bad["text"], bad["_slice"], strict=True)]
        bad = bad.filter(~pl.Series(split_ok, dtype=pl.Boolean))
    return bad.select("row", pl.lit("body[start_char:end_char] != text").alias("reason"))


def overlapping_quote_rows(quotes: pl.DataFrame) -> pl.DataFrame:
    """Quote rows that overlap an earlier row of their article (by start, then end): one row per
    attribution, so the later of two overlapping rows is quarantined."""
    ordered = quotes.with_row_index("row").sort("article_id", "start_char", "end_char", "row")
    ordered = ordered.with_columns(
        pl.col("end_char").cum_max().shift(1).over("article_id").alias("_reach")
    )
    bad = ordered.filter(pl.col("start_char") < pl.col("_reach")).sort("row")
    return bad.select("row", pl.lit("overlaps another quote row of its article").alias("reason"))


def speaker_span_mismatch_rows(quotes: pl.DataFrame, bodies: pl.DataFrame) -> pl.DataFrame:
    """Quotes whose speaker offsets do not point at speaker_text in the body."""
    indexed = quotes.with_row_index("row").filter(pl.col("speaker_start").is_not_null())
    joined = indexed.join(bodies, on="article_id", how="inner").with_columns(
        pl.col("body")
        .str.slice(pl.col("speaker_start"), (pl.col("speaker_end") - pl.col("speaker_start")).clip(lower_bound=0))
        .alias("_slice")
    )
    bad = joined.filter(pl.col("_slice") != pl.col("speaker_text"))
    return bad.select("row", pl.lit("body[speaker_start:speaker_end] != speaker_text").alias("reason"))


def unknown_person_rows(table: pl.DataFrame, person_ids: pl.Series, column: str) -> pl.DataFrame:
    """Rows naming a person_id that is not in people."""
    indexed = table.with_row_index("row").filter(pl.col(column).is_not_null())
    bad = indexed.filter(~pl.col(column).is_in(person_ids.implode()))
    return bad.select("row", pl.format(f"{column} {{}} is not in people", pl.col(column)).alias("reason"))


def unknown_duplicate_rows(articles: pl.DataFrame, known_ids: pl.Series) -> pl.DataFrame:
    """Articles whose duplicate_of names no article (of this batch or of earlier runs)."""
    ids = pl.concat([known_ids, articles["article_id"]]).implode()
    bad = articles.with_row_index("row").filter(
        pl.col("duplicate_of").is_not_null() & ~pl.col("duplicate_of").is_in(ids)
    )
    return bad.select("row", pl.format("duplicate_of {} is not in articles", pl.col("duplicate_of")).alias("reason"))
