"""Validation of the output tables: Pandera models per table, then the checks across tables.

Rows that fail are split off with the reason (they go to `_quarantine/<table>/`), so one bad row
never blocks a run; a failure that is not about rows (a missing column, a wrong dtype) is a bug in
the pipeline and makes the whole validation fail.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pandera.polars as pa
import polars as pl

from schemas import TABLE_SCHEMAS
from schemas import relations

# Order matters: a table is checked against the already-validated tables it refers to.
VALIDATION_ORDER = ("articles", "rejects", "people", "person_mentions", "quotes", "numbers", "runs")
FAILURE_COLUMNS = {"table": pl.String, "row": pl.Int64, "column": pl.String, "check": pl.String,
                   "failure_case": pl.String, "reason": pl.String}


class TableInvalid(ValueError):
    """A table fails as a whole (schema, not rows)."""


@dataclass
class ValidationResult:
    valid: dict[str, pl.DataFrame] = field(default_factory=dict)
    quarantined: dict[str, pl.DataFrame] = field(default_factory=dict)  # failing rows + `reason`
    failures: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=FAILURE_COLUMNS))

    @property
    def ok(self) -> bool:
        return self.failures.is_empty()


def schema_failures(table: str, frame: pl.DataFrame) -> pl.DataFrame:
    """Pandera failure cases of one table as FAILURE_COLUMNS rows (row is null for table-level ones)."""
    try:
        TABLE_SCHEMAS[table].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
        return pl.DataFrame(
            {
                "table": [table] * cases.height,
                "row": cases["index"].cast(pl.Int64),
                "column": cases["column"].cast(pl.String),
                "check": cases["check"].cast(pl.String),
                "failure_case": cases["failure_case"].cast(pl.String),
                "reason": (cases["column"].cast(pl.String).fill_null("<table>") + ": "
                           + cases["check"].cast(pl.String)),
            },
            schema=FAILURE_COLUMNS,
        )
    return pl.DataFrame(schema=FAILURE_COLUMNS)


def relation_failures(table: str, frame: pl.DataFrame, valid: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """Rows of `table` that contradict the validated tables they refer to."""
    found: list[pl.DataFrame] = []
    articles = valid.get("articles")
    if table == "articles":
        known = articles["article_id"] if articles is not None else pl.Series("article_id", [], pl.String)
        found.append(relations.unknown_duplicate_rows(frame, known))
    if table in relations.SPAN_TABLES and articles is not None:
        bodies = articles.select("article_id", "body")
        found.append(relations.unknown_article_rows(frame, articles["article_id"]))
        found.append(relations.span_mismatch_rows(frame, bodies, split_pieces=table == "quotes"))
        if table == "quotes":
            found.append(relations.speaker_span_mismatch_rows(frame, bodies))
    if table == "quotes":
        found.append(relations.overlapping_quote_rows(frame))
    people = valid.get("people")
    if people is not None and table == "person_mentions":
        found.append(relations.unknown_person_rows(frame, people["person_id"], "person_id"))
    if people is not None and table == "quotes":
        found.append(relations.unknown_person_rows(frame, people["person_id"], "speaker_person_id"))
    if not found:
        return pl.DataFrame(schema=FAILURE_COLUMNS)
    rows = pl.concat(found)
    return rows.select(
        pl.lit(table).alias("table"), pl.col("row").cast(pl.Int64), pl.lit(None, pl.String).alias("column"),
        pl.lit("relation").alias("check"), pl.lit(None, pl.String).alias("failure_case"), "reason",
    )


def validate_tables(
    tables: Mapping[str, pl.DataFrame], references: Mapping[str, pl.DataFrame] | None = None
) -> ValidationResult:
    """Validate every given table; split failing rows off. Raises TableInvalid on table-level failures.

    `references` holds rows already committed by earlier runs (e.g. their articles) that the new
    rows may point at; they are looked up, not validated again.
    """
    result = ValidationResult()
    lookup: dict[str, pl.DataFrame] = dict(references or {})
    all_failures = []
    for table in VALIDATION_ORDER:
        frame = tables.get(table)
        if frame is None:
            continue
        expected = list(TABLE_SCHEMAS[table].to_schema().columns)
        if sorted(frame.columns) != sorted(expected):
            raise TableInvalid(
                f"table {table} has columns {sorted(frame.columns)}, the contract says {sorted(expected)}"
            )
        failures = schema_failures(table, frame)
        table_level = failures.filter(pl.col("row").is_null())
        if not table_level.is_empty():
            raise TableInvalid(f"table {table} is invalid as a whole:\n{format_failures(table_level)}")
        failures = pl.concat([failures, relation_failures(table, frame, lookup)])
        reasons = failures.group_by("row").agg(pl.col("reason").unique().sort().str.join("; "))
        indexed = frame.with_row_index("row")
        bad = indexed.join(reasons.with_columns(pl.col("row").cast(pl.UInt32)), on="row", how="inner")
        result.valid[table] = indexed.join(bad.select("row"), on="row", how="anti").drop("row")
        if not bad.is_empty():
            result.quarantined[table] = bad.drop("row")
        earlier = lookup.get(table)
        lookup[table] = (
            result.valid[table] if earlier is None
            else pl.concat([earlier, result.valid[table]], how="diagonal_relaxed")
        )
        all_failures.append(failures)
    if all_failures:
        result.failures = pl.concat(all_failures)
    return result


def format_failures(failures: pl.DataFrame, limit: int = 50) -> str:
    """A readable report: one line per failure case, grouped by table."""
    if failures.is_empty():
        return "all tables valid"
    lines = []
    for (table,), group in failures.group_by("table", maintain_order=True):
        lines.append(f"{table}: {group.height} failure case(s)")
        for row in group.head(limit).iter_rows(named=True):
            where = "table" if row["row"] is None else f"row {row['row']}"
            case = "" if row["failure_case"] is None else f" (value: {row['failure_case'][:80]!r})"
            lines.append(f"  {where}: {row['reason']}{case}")
        if group.height > limit:
            lines.append(f"  ... and {group.height - limit} more")
    return "\n".join(lines)
