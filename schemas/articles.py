"""articles: one row per input document, duplicates included."""

from typing import Annotated

import pandera.polars as pa
import polars as pl

from newsfold.records import DUPLICATE_KINDS
from schemas.tables import Table


class ArticlesSchema(Table):
    article_id: str = pa.Field(unique=True, str_length={"min_value": 1})
    source_path: str
    source_record: str = pa.Field(nullable=True)
    title: str = pa.Field(nullable=True)
    outlet: str = pa.Field(nullable=True)
    url: str = pa.Field(nullable=True)
    section: str = pa.Field(nullable=True)
    published_at: Annotated[pl.Datetime, "us", "UTC"] = pa.Field(nullable=True)
    body: str = pa.Field(str_length={"min_value": 1})
    language: str
    word_count: int = pa.Field(ge=0)
    content_hash: str
    duplicate_of: str = pa.Field(nullable=True)
    duplicate_kind: str = pa.Field(isin=list(DUPLICATE_KINDS))
    similarity: float = pa.Field(nullable=True, ge=0.0, le=1.0)
    story_id: str
    run_id: str
    ingested_at: Annotated[pl.Datetime, "us", "UTC"]

    @pa.dataframe_check
    def duplicates_name_their_kept_copy(cls, data) -> pl.LazyFrame:
        # A duplicate must say of what; an original must not point anywhere.
        return data.lazyframe.select(
            (pl.col("duplicate_kind") == "none") == pl.col("duplicate_of").is_null()
        )
