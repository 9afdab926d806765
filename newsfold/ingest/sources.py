"""Fingerprints of input files, so a rerun over the same inbox skips what it already ingested."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import polars as pl

from newsfold.ingest.digests import sha256_file
from newsfold.ingest.discovery import path_text

SOURCES_COLUMNS = {"source_path": pl.String, "file_sha256": pl.String, "run_id": pl.String}


def file_sha256(path: Path, max_bytes: int | None = None) -> str | None:
    """sha256 of a regular file's bytes; None when it is unreadable or larger than max_bytes."""
    try:
        if not path.is_file() or (max_bytes is not None and path.stat().st_size > max_bytes):
            return None
        return sha256_file(path)
    except OSError:
        return None


def fingerprint_sources(paths: Iterable[str], run_id: str, max_bytes: int | None = None) -> pl.DataFrame:
    """One row per distinct readable input file of this run (larger than max_bytes: not hashed),
    recorded by `path_text`."""
    rows = []
    for path in sorted(set(paths)):
        sha = file_sha256(Path(path), max_bytes)
        if sha is not None:
            rows.append({"source_path": path_text(path), "file_sha256": sha, "run_id": run_id})
    return pl.DataFrame(rows, schema=SOURCES_COLUMNS)


def known_sources(state: pl.DataFrame | None) -> dict[str, str]:
    """source_path -> the file hash last ingested from it."""
    if state is None or state.is_empty():
        return {}
    latest = state.sort("run_id").unique(subset="source_path", keep="last")
    return dict(zip(latest["source_path"], latest["file_sha256"], strict=True))


def drop_known_sources(sources: pl.DataFrame, known: dict[str, str]) -> pl.DataFrame:
    """Fingerprints already recorded with the same hash are not recorded again."""
    if not known:
        return sources
    recorded = pl.col("source_path").replace_strict(known, default=None, return_dtype=pl.String)
    return sources.filter(recorded.is_null() | (recorded != pl.col("file_sha256")))
