"""numbers: one row per quantity mentioned."""

import pandera.polars as pa
import polars as pl

from newsfold.records import NUMBER_KINDS, NUMBER_QUALIFIERS


class NumbersSchema(pa.DataFrameModel):
    number_id: str = pa.Field(unique=True)
    article_id: str
    text: str = pa.Field(str_length={"min_value": 1})
    start_char: int = pa.Field(ge=0)
    end_char: int = pa.Field(ge=0)
    value: float
    unit: str = pa.Field(nullable=True)
    kind: str = pa.Field(isin=list(NUMBER_KINDS))
    qualifier: str = pa.Field(isin=list(NUMBER_QUALIFIERS))
    value_max: float = pa.Field(nullable=True)
    counted: str = pa.Field(nullable=True)

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check
    def span_is_ordered(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("start_char") < pl.col("end_char"))

    @pa.dataframe_check
    def ranges_have_a_maximum(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(
            ((pl.col("qualifier") != "range") | (pl.col("value_max") >= pl.col("value"))).fill_null(False)
        )
