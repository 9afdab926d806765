"""people: one row per real person across the whole dataset."""

import pandera.polars as pa
import polars as pl
from schemas.tables import Table


class PeopleSchema(Table):
    person_id: str = pa.Field(unique=True)
    name: str = pa.Field(str_length={"min_value": 1})
    aliases: list[str]
    roles: list[str]
    mention_count: int = pa.Field(ge=0)
    article_count: int = pa.Field(ge=0)
    quote_count: int = pa.Field(ge=0)  # speech rows (quotes.act == "speech") the person is the speaker of

    @pa.dataframe_check
    def articles_need_mentions(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("article_count") <= pl.col("mention_count"))
