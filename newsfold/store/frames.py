"""Typed polars frames for the output tables, with the column order and dtypes of the contract.

The dtypes come from the Pandera models in `schemas/`, so the contract is declared once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from itertools import accumulate

import polars as pl
import pyarrow as pa


@cache
def table_schema(table: str) -> dict[str, pl.DataType]:
    from schemas import TABLE_SCHEMAS

    columns = TABLE_SCHEMAS[table].to_schema().columns
    return {name: column.dtype.type for name, column in columns.items()}


def table_frame(table: str, rows: Iterable[Mapping[str, object]]) -> pl.DataFrame:
    """A frame of `table` from row dicts (extra keys ignored, missing keys null)."""
    schema = table_schema(table)
    rows = list(rows)
    return pl.DataFrame(
        {name: [row.get(name) for row in rows] for name in schema}, schema=schema
    )


def string_lists(lists: Sequence[Sequence[str]]) -> pl.Series:
    """A List(String) column from Python lists, built from one flat array and offsets (polars builds
    nested Python lists one inner Series at a time: seconds for the people table of a large output)."""
    offsets = [0, *accumulate(len(values) for values in lists)]
    flat = pa.array([value for values in lists for value in values], type=pa.string())
    return pl.Series(pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), flat)).cast(pl.List(pl.String))


def conform(table: str, frame: pl.DataFrame | None) -> pl.DataFrame:
    """`frame` cast to the table's contract (column order and dtypes); empty when None."""
    schema = table_schema(table)
    if frame is None:
        return pl.DataFrame(schema=schema)
    return frame.select(
        [
            (pl.col(name) if name in frame.columns else pl.lit(None)).cast(dtype).alias(name)
            for name, dtype in schema.items()
        ]
    )
