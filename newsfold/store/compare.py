"""Two output directories compared table by table, row for row (ids included): how the Dask run is
held to the in-process one (tests/flows/test_dask.py, bench/bench_scale.py)."""

from __future__ import annotations

from pathlib import Path

from newsfold.store.output import read_table

# Tables compared, with their key (rows are compared in key order, whatever the part files).
TABLE_KEYS = {
    "articles": ["article_id"],
    "rejects": ["source_path", "source_record", "reason"],
    "people": ["person_id"],
    "person_mentions": ["article_id", "start_char", "end_char", "person_id"],
    "quotes": ["quote_id"],
    "numbers": ["number_id"],
}
# What differs between two runs of the same inputs by design: which run wrote a row, and when.
RUN_COLUMNS = {"run_id", "ingested_at"}


def table_differences(left: Path, right: Path) -> list[str]:
    """One line per table that differs between two outputs (empty: identical, row for row)."""
    differences = []
    for table, key in TABLE_KEYS.items():
        a, b = read_table(Path(left), table), read_table(Path(right), table)
        if a is None or b is None:
            if (a is None) != (b is None) and (a if a is not None else b).height:
                differences.append(f"{table}: only in {left if a is not None else right}")
            continue
        columns = [c for c in a.columns if c not in RUN_COLUMNS]
        if sorted(columns) != sorted(c for c in b.columns if c not in RUN_COLUMNS):
            differences.append(f"{table}: columns differ")
            continue
        a, b = a.select(columns).sort(key, nulls_last=True), b.select(columns).sort(key, nulls_last=True)
        if a.height != b.height:
            differences.append(f"{table}: {a.height} rows against {b.height}")
        elif not a.equals(b):
            changed = sum(1 for x, y in zip(a.iter_rows(), b.iter_rows(), strict=True) if x != y)
            differences.append(f"{table}: {changed} of {a.height} rows differ")
    return differences
