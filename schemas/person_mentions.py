"""person_mentions: every reference to a person in an article, with offsets."""

import pandera.polars as pa
import polars as pl


class PersonMentionsSchema(pa.DataFrameModel):
    article_id: str
    person_id: str
    text: str = pa.Field(str_length={"min_value": 1})
    start_char: int = pa.Field(ge=0)
    end_char: int = pa.Field(ge=0)

    class Config:
        strict = True
        coerce = True
        unique = ["article_id", "start_char", "end_char"]

    @pa.dataframe_check
    def span_is_ordered(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("start_char") < pl.col("end_char"))
