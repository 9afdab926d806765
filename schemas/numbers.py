"""numbers: one row per quantity mentioned."""

import pandera.polars as pa
import polars as pl

from newsfold.records import NUMBER_KINDS, NUMBER_QUALIFIERS
from schemas.tables import SpanTable


class NumbersSchema(SpanTable):
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

    @pa.dataframe_check
    def ranges_have_a_maximum(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(
            ((pl.col("qualifier") != "range") | (pl.col("value_max") >= pl.col("value"))).fill_null(False)
        )
