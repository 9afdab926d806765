"""What every output table model shares: declared columns only, values coerced to their types, and
character spans that run forward."""

import pandera.polars as pa
import polars as pl


class Table(pa.DataFrameModel):
    """An output table: a column nobody declared is an error, not a silent extra."""

    class Config:
        strict = True
        coerce = True


class SpanTable(Table):
    """A table whose rows point into an article body by `start_char`/`end_char`."""

    @pa.dataframe_check
    def span_is_ordered(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("start_char") < pl.col("end_char"))
