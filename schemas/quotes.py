"""quotes: one row per attribution in an article (who said, thought, wanted or showed what); rows
of one article never overlap (checked across rows in `relations.overlapping_quote_rows`)."""

import pandera.polars as pa
import polars as pl

from newsfold.records import QUOTE_ACTS, QUOTE_KINDS
from schemas.tables import SpanTable


class QuotesSchema(SpanTable):
    quote_id: str = pa.Field(unique=True)
    article_id: str
    text: str = pa.Field(str_length={"min_value": 1})
    start_char: int = pa.Field(ge=0)
    end_char: int = pa.Field(ge=0)
    kind: str = pa.Field(isin=list(QUOTE_KINDS))
    speaker_text: str = pa.Field(nullable=True)
    speaker_start: int = pa.Field(nullable=True, ge=0)
    speaker_end: int = pa.Field(nullable=True, ge=0)
    speaker_person_id: str = pa.Field(nullable=True)
    # Canonical: the person's name, or for a speaker who is no person its fullest form ("Statistics Canada").
    speaker_name: str = pa.Field(nullable=True)
    cue: str = pa.Field(nullable=True)
    confidence: float = pa.Field(ge=0.0, le=1.0)
    quote_group_id: str
    act: str = pa.Field(isin=list(QUOTE_ACTS))

    @pa.dataframe_check
    def speaker_text_and_offsets_go_together(cls, data) -> pl.LazyFrame:
        # A speaker written in the article has its place; an inherited one (text null) has none.
        return data.lazyframe.select(
            (pl.col("speaker_text").is_null() == pl.col("speaker_start").is_null())
            & (pl.col("speaker_start").is_null() == pl.col("speaker_end").is_null())
            & (pl.col("speaker_start") < pl.col("speaker_end")).fill_null(True)
        )

    @pa.dataframe_check
    def person_speaker_has_a_name(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(
            pl.col("speaker_person_id").is_null() | pl.col("speaker_name").is_not_null()
        )
