import polars as pl

from newsfold.store.frames import conform, table_frame, table_schema


def test_schema_follows_the_pandera_models():
    assert table_schema("people")["aliases"] == pl.List(pl.String)
    assert table_schema("articles")["published_at"] == pl.Datetime("us", "UTC")


def test_table_frame_fills_missing_columns_with_nulls():
    frame = table_frame("rejects", [{"source_path": "/x", "reason": "empty", "detail": "empty file", "run_id": "r"}])
    assert frame.columns == list(table_schema("rejects")) and frame["source_record"].to_list() == [None]


def test_conform_orders_casts_and_makes_empty_tables():
    assert conform("numbers", None).is_empty()
    frame = conform("numbers", pl.DataFrame({"value": [1], "extra": ["dropped"]}))
    assert frame.columns == list(table_schema("numbers")) and frame["value"].dtype == pl.Float64
