"""Pandera (polars) models of every output table, one module each, plus checks across tables.

`TABLE_SCHEMAS` maps a table name to its model (each on a base of `schemas.tables`);
`schemas.relations` checks what one table says about another (every article_id known,
`body[start_char:end_char] == text`).
"""

from schemas.articles import ArticlesSchema
from schemas.numbers import NumbersSchema
from schemas.people import PeopleSchema
from schemas.person_mentions import PersonMentionsSchema
from schemas.quotes import QuotesSchema
from schemas.rejects import RejectsSchema
from schemas.runs import RunsSchema

TABLE_SCHEMAS = {
    "articles": ArticlesSchema,
    "rejects": RejectsSchema,
    "quotes": QuotesSchema,
    "people": PeopleSchema,
    "person_mentions": PersonMentionsSchema,
    "numbers": NumbersSchema,
    "runs": RunsSchema,
}

__all__ = ["TABLE_SCHEMAS", *[m.__name__ for m in TABLE_SCHEMAS.values()]]
