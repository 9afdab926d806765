"""person_mentions: every reference to a person in an article, with offsets."""

import pandera.polars as pa

from schemas.tables import SpanTable


class PersonMentionsSchema(SpanTable):
    article_id: str
    person_id: str
    text: str = pa.Field(str_length={"min_value": 1})
    start_char: int = pa.Field(ge=0)
    end_char: int = pa.Field(ge=0)

    class Config:
        unique = ["article_id", "start_char", "end_char"]
