"""rejects: one row per input (file or JSONL record) that did not become an article."""

import pandera.polars as pa


class RejectsSchema(pa.DataFrameModel):
    source_path: str
    source_record: str = pa.Field(nullable=True)
    reason: str = pa.Field(str_matches=r"^[a-z][a-z0-9_]*$")  # short code
    detail: str = pa.Field(str_length={"min_value": 1})
    run_id: str

    class Config:
        strict = True
        coerce = True
