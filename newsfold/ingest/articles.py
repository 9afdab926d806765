"""Article and reject rows from ingested documents: ids, word counts, run stamps."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime

import polars as pl

from newsfold.ids import article_id
from newsfold.records import RawDocument, Reject
from newsfold.store.frames import table_frame

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")

# Columns an article has before deduplication decides its duplicate_* and story_id fields.
PENDING_ARTICLE_COLUMNS = {
    "article_id": pl.String, "source_path": pl.String, "source_record": pl.String, "raw_sha256": pl.String,
    "title": pl.String, "outlet": pl.String, "url": pl.String, "section": pl.String,
    "published_at": pl.Datetime("us", "UTC"), "body": pl.String, "language": pl.String,
    "word_count": pl.Int64, "run_id": pl.String, "ingested_at": pl.Datetime("us", "UTC"),
}


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def pending_articles(docs: Sequence[RawDocument], run_id: str, ingested_at: datetime) -> pl.DataFrame:
    """One row per document, keyed by its stable article_id; the first of repeated ids wins."""
    rows = [
        {
            "article_id": article_id(d.source_path, d.source_record, d.raw_sha256),
            "source_path": d.source_path,
            "source_record": d.source_record,
            "raw_sha256": d.raw_sha256,
            "title": d.title,
            "outlet": d.outlet,
            "url": d.url,
            "section": d.section,
            "published_at": d.published_at,
            "body": d.body,
            "language": d.language,
            "word_count": count_words(d.body),
            "run_id": run_id,
            "ingested_at": ingested_at,
        }
        for d in docs
    ]
    frame = pl.DataFrame(rows, schema=PENDING_ARTICLE_COLUMNS)
    return frame.unique(subset="article_id", keep="first", maintain_order=True)


def drop_known_articles(pending: pl.DataFrame, known_ids: Iterable[str]) -> pl.DataFrame:
    """Articles already in the dataset are not added again (idempotent reruns)."""
    known = pl.Series("known", list(known_ids), dtype=pl.String)
    return pending.filter(~pl.col("article_id").is_in(known.implode()))


def reject_frame(rejects: Sequence[Reject], run_id: str) -> pl.DataFrame:
    return table_frame(
        "rejects",
        (
            {"source_path": r.source_path, "source_record": r.source_record, "reason": r.reason,
             "detail": r.detail, "run_id": run_id}
            for r in rejects
        ),
    )


def drop_known_rejects(new: pl.DataFrame, known: pl.DataFrame | None) -> pl.DataFrame:
    """A reject already recorded for the same input and reason is not recorded twice."""
    if known is None or known.is_empty():
        return new
    keys = ["source_path", "source_record", "reason"]
    return new.join(known.select(keys).unique(), on=keys, how="anti", nulls_equal=True)
