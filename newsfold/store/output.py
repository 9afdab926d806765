"""Parquet I/O for the output dataset: reading tables, staging a run, committing it atomically.

Layout of an output directory:

    <out>/<table>/part-<run_id>.parquet    tables that grow by one part per run (articles, rejects, quotes, ...)
    <out>/people/people.parquet            the one table rewritten whole by each run (it is small)
    <out>/_state/<name>/part-<run_id>.parquet   what later runs need (dedup signatures, sources, the
                                           quote index: newsfold/link/quote_index.py)
    <out>/_quarantine/<table>/part-<run_id>.parquet   rows that failed validation, with the reason
    <out>/_staging/<run_id>/...            a run's work in progress (every file ends in .tmp)
    <out>/<table>/part-<run_a>--<run_b>.parquet   part files of runs a..b merged by `newsfold compact`

A stored quote row can change in a later run (its group merged with another, its speaker inherited, its
speaker's canonical name made fuller): that run rewrites only the quote part files holding such rows,
under the same names, in the same commit (newsfold/store/quote_parts.py). `quotes/quotes.parquet`, the
whole table as older versions wrote it, is read and rewritten as one more part.

Commit protocol (a run commits all its files or none):
1. every file of the run is written complete under `_staging/<run_id>/` with a `.tmp` name;
2. a journal `_staging/<run_id>/COMMIT.json` listing the moves is written atomically;
3. each staged file is renamed into place with `os.replace` (atomic on one filesystem);
4. the staging directory is removed.
A run killed before step 2 leaves nothing visible, and its staging directory is discarded by the next
run; killed during step 3, the next run finds the journal and finishes the moves (roll forward).
No file a `*.parquet` glob picks up is ever partially written.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from newsfold.errors import NOTHING_LOST, OutputDamaged, OutputLocked, unwritable

APPENDED_TABLES = ("articles", "rejects", "person_mentions", "numbers", "runs", "quotes")
REWRITTEN_TABLES = ("people",)
STATE_TABLES = ("dedup", "sources", "quote_index")
STAGING = "_staging"
STATE = "_state"
QUARANTINE = "_quarantine"
JOURNAL = "COMMIT.json"


def table_dir(output: Path, table: str) -> Path:
    if table in STATE_TABLES:
        return output / STATE / table
    return output / table


def read_table(output: Path, table: str, columns: list[str] | None = None) -> pl.DataFrame | None:
    """All committed Parquet files of a table as one frame (only `columns` when given: Parquet is
    columnar, so reading ids alone is cheap), or None when there are none."""
    files = sorted(table_dir(Path(output), table).glob("*.parquet"))
    if not files:
        return None
    return pl.concat([read_committed(f, columns) for f in files], how="diagonal_relaxed")


def read_committed(path: Path, columns: list[str] | None = None) -> pl.DataFrame:
    """One committed file; a file that cannot be read is a damaged output, said in one line."""
    try:
        return pl.read_parquet(path, columns=columns)
    except (OSError, pl.exceptions.PolarsError) as exc:
        raise OutputDamaged(
            f"{path} cannot be read ({str(exc).splitlines()[0][:120]}): the output is damaged; {NOTHING_LOST}; "
            f"move that file away or restore it, check with `newsfold validate`, then run again"
        ) from exc


def write_parquet_atomic(frame: pl.DataFrame, path: Path) -> Path:
    """Write `frame` to `path` so that readers see either nothing or the whole file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        frame.write_parquet(tmp, compression="zstd", statistics=True)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except (OSError, pl.exceptions.PolarsError) as exc:  # polars wraps I/O errors in ComputeError
        tmp.unlink(missing_ok=True)
        raise unwritable(exc, str(path.parent)) from exc
    return path


def staging_dir(output: Path, run_id: str) -> Path:
    path = Path(output) / STAGING / run_id
    path.mkdir(parents=True, exist_ok=True)
    return path


def stage_frame(staging: Path, name: str, frame: pl.DataFrame) -> str:
    """Write an intermediate or final frame into the run's staging area; returns its path."""
    path = staging / f"{name}.parquet.tmp"
    write_parquet_atomic(frame, path)
    return str(path)


def read_staged(path: str | Path) -> pl.DataFrame:
    return pl.read_parquet(Path(path))


def destination(output: Path, table: str, run_id: str, *, quarantine: bool = False) -> Path:
    """Where a committed table file of this run goes."""
    if quarantine:
        return Path(output) / QUARANTINE / table / f"part-{run_id}.parquet"
    if table in REWRITTEN_TABLES:
        return table_dir(Path(output), table) / f"{table}.parquet"
    return table_dir(Path(output), table) / f"part-{run_id}.parquet"


@dataclass(frozen=True)
class Move:
    src: str
    dst: str


def commit_run(output: Path, run_id: str, moves: list[Move]) -> None:
    """Publish staged files: journal first, then atomic renames, then drop the staging area."""
    staging = staging_dir(output, run_id)
    journal = staging / JOURNAL
    tmp = staging / f"{JOURNAL}.tmp"
    try:
        tmp.write_text(json.dumps([m.__dict__ for m in moves]), encoding="utf-8")
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, journal)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise unwritable(exc, str(output)) from exc
    apply_moves(moves)
    shutil.rmtree(staging, ignore_errors=True)
    remove_if_empty(staging.parent)


def remove_if_empty(directory: Path) -> None:
    try:
        directory.rmdir()
    except OSError:  # not empty (another run's leftovers, recovered next time) or already gone
        pass


def apply_moves(moves: list[Move]) -> None:
    for move in moves:
        src, dst = Path(move.src), Path(move.dst)
        if src.exists():  # already moved when rolling forward an interrupted commit
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)


def discard_run(output: Path, run_id: str) -> None:
    """Drop a failed run's staged files at once (a full disk gets its space back); a run whose
    journal was written is left for `newsfold.store.recovery.recover_interrupted_runs` to finish."""
    staging = Path(output) / STAGING / run_id
    if staging.is_dir() and not (staging / JOURNAL).exists():
        shutil.rmtree(staging, ignore_errors=True)
        remove_if_empty(staging.parent)


@contextmanager
def output_lock(output: Path) -> Iterator[None]:
    """One run at a time per output directory (a scheduled run may overlap a manual one)."""
    output = Path(output)
    try:
        output.mkdir(parents=True, exist_ok=True)
        handle = open(output / ".lock", "w")
    except OSError as exc:
        raise unwritable(exc, str(output)) from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise OutputLocked(f"another newsfold run is writing to {output}: wait for it to finish "
                               f"(nothing was lost), then run again") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

