"""`newsfold compact OUTPUT`: merge the part files of appended tables and of the state, atomically.

Every run adds one part file per appended table (`<table>/part-<run_id>.parquet`): an hourly
schedule makes 8,760 a year per table, and a reader opens every one. Compaction rewrites a table's
part files as one `part-<first run>--<last run>.parquet` (rows in the order `read_table` reads them,
so what a reader gets is unchanged), and swaps it in for the whole folder at once:

1. under the output lock (no run writes meanwhile), the merged file is written complete into
   `_staging/compact-<id>/<table>/` (a `.tmp` name, then renamed inside that folder);
2. a journal `_staging/compact-<id>/COMMIT.json` names the table;
3. the staged folder and `<out>/<table>` are exchanged in one `renameat2(RENAME_EXCHANGE)` (Linux):
   a reader lists either every old part file or the one merged file, never a mix;
4. the old part files, now in the staging folder, are removed with it.
A compaction killed before its journal leaves nothing visible; killed after it, the next run or
compaction finishes it (`recover_interrupted_runs`: the exchange is done once, the journal says which
files the table must hold). The quotes parts are merged too (a later run that changes a stored quote then
rewrites the merged file); people is one file already and is skipped.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from newsfold.store.output import (
    APPENDED_TABLES, JOURNAL, STAGING, STATE_TABLES, read_committed, table_dir, write_parquet_atomic,
)

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


@dataclass(frozen=True)
class Compacted:
    table: str
    files_before: int
    rows: int


def exchange(a: Path, b: Path) -> None:
    """Swap two directories atomically (Linux renameat2 RENAME_EXCHANGE)."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"cannot swap {a} and {b}: {os.strerror(errno)}")


def compact_table(output: Path, table: str, compaction_id: str, min_files: int = 2) -> Compacted | None:
    """Merge one table's part files into one (caller holds the output lock); None when it has fewer
    than `min_files`."""
    folder = table_dir(output, table)
    parts = sorted(folder.glob("*.parquet"))
    if len(parts) < min_files:
        return None
    merged = pl.concat([read_committed(p) for p in parts], how="diagonal_relaxed")
    staging = output / STAGING / f"compact-{compaction_id}"
    staged_table = staging / "table"
    runs = [p.stem.removeprefix("part-") for p in parts if p.stem.startswith("part-")] or [p.stem for p in parts]
    # `quotes/quotes.parquet` of an older version is no run's part: the name says the runs' range.
    name = f"part-{runs[0].split('--')[0]}--{runs[-1].split('--')[-1]}.parquet"
    write_parquet_atomic(merged, staged_table / name)
    journal = {"table": table, "folder": str(folder), "staged": str(staged_table), "file": name}
    tmp = staging / f"{JOURNAL}.tmp"
    tmp.write_text(json.dumps(journal), encoding="utf-8")
    os.replace(tmp, staging / JOURNAL)
    finish_compaction(staging)
    return Compacted(table, len(parts), merged.height)


def finish_compaction(staging: Path) -> None:
    """Do (or finish) the exchange a compaction journal names, then drop the old files."""
    journal = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
    folder, staged = Path(journal["folder"]), Path(journal["staged"])
    if not (folder / journal["file"]).exists():  # not exchanged yet
        exchange(staged, folder)
    shutil.rmtree(staging, ignore_errors=True)


def compact_output(output: Path, min_files: int = 2) -> list[Compacted]:
    """Every appended table and state table with at least `min_files` part files, merged."""
    from newsfold.ids import new_run_id

    done = []
    for table in (*APPENDED_TABLES, *STATE_TABLES):
        result = compact_table(Path(output), table, new_run_id(), min_files)
        if result is not None:
            done.append(result)
    return done
