"""Every output table is strict and coerces; every table with character offsets checks their order."""

import pandera.errors
import polars as pl
import pytest

from schemas import TABLE_SCHEMAS
from schemas.tables import SpanTable


@pytest.mark.parametrize("name", sorted(TABLE_SCHEMAS))
def test_every_table_is_strict_and_coerces(name):
    schema = TABLE_SCHEMAS[name].to_schema()
    assert schema.strict is True and schema.coerce is True


@pytest.mark.parametrize("name", sorted(TABLE_SCHEMAS))
def test_a_table_with_offsets_checks_their_order(name):
    model = TABLE_SCHEMAS[name]
    has_offsets = {"start_char", "end_char"} <= set(model.to_schema().columns)
    assert issubclass(model, SpanTable) == has_offsets


class Spans(SpanTable):
    start_char: int
    end_char: int


def test_a_backwards_span_and_an_undeclared_column_fail():
    with pytest.raises(pandera.errors.SchemaError, match="span_is_ordered"):
        Spans.validate(pl.DataFrame({"start_char": [5], "end_char": [2]}))
    with pytest.raises(pandera.errors.SchemaError):
        Spans.validate(pl.DataFrame({"start_char": [1], "end_char": [2], "extra": ["x"]}))
    assert Spans.validate(pl.DataFrame({"start_char": ["1"], "end_char": [2]})).dtypes == [pl.Int64, pl.Int64]
