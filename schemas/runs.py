"""runs: one row per pipeline run, with its counts, parameters and versions."""

from typing import Annotated, Optional

import pandera.polars as pa
import polars as pl
from schemas.tables import Table


class RunsSchema(Table):
    run_id: str = pa.Field(unique=True)
    flow_run_id: str = pa.Field(nullable=True)
    started_at: Annotated[pl.Datetime, "us", "UTC"]
    finished_at: Annotated[pl.Datetime, "us", "UTC"]
    status: str = pa.Field(isin=["completed", "completed_with_rejects", "failed"])
    input_files: int = pa.Field(ge=0)
    articles_added: int = pa.Field(ge=0)
    rejects_added: int = pa.Field(ge=0)
    duplicates_added: int = pa.Field(ge=0)
    quotes_added: int = pa.Field(ge=0)
    person_mentions_added: int = pa.Field(ge=0)
    numbers_added: int = pa.Field(ge=0)
    people_total: int = pa.Field(ge=0)
    # Words of the articles parsed (duplicates are not): the base of the per-run health rates.
    # Optional: runs committed before it existed have no such column.
    words_parsed: Optional[int] = pa.Field(nullable=True, ge=0)
    quarantined_rows: int = pa.Field(ge=0)
    parameters: str  # JSON
    code_version: str
    model_name: str
    model_version: str
