"""rejects: one row per input (file or JSONL record) that did not become an article."""

import pandera.polars as pa

from newsfold.records import REJECT_REASONS
from schemas.tables import Table


class RejectsSchema(Table):
    source_path: str
    source_record: str = pa.Field(nullable=True)
    reason: str = pa.Field(isin=REJECT_REASONS)  # short code
    detail: str = pa.Field(str_length={"min_value": 1})
    run_id: str
