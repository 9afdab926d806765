"""Quotes as part files: narrow reads, changed rows found and rewritten in place, older layouts read."""

from __future__ import annotations

import polars as pl

from newsfold.store.frames import conform
from newsfold.store.output import read_table, write_parquet_atomic
from newsfold.store.quote_parts import CHANGING, full_rows, rewritten_parts, stored_narrow, stored_texts


def quotes(ids, group="qg_a", article="a1"):
    return conform("quotes", pl.DataFrame({
        "quote_id": ids, "article_id": [article] * len(ids), "text": [f"words of {i}" for i in ids],
        "start_char": list(range(0, 10 * len(ids), 10)), "end_char": list(range(5, 10 * len(ids) + 5, 10)),
        "kind": ["direct"] * len(ids), "confidence": [0.9] * len(ids), "quote_group_id": [group] * len(ids),
        "act": ["speech"] * len(ids),
    }))


def test_narrow_columns_say_which_part_holds_each_quote_and_an_older_whole_file_is_a_part(tmp_path):
    write_parquet_atomic(quotes(["q1", "q2"]).drop("act"), tmp_path / "quotes" / "quotes.parquet")  # older layout
    write_parquet_atomic(quotes(["q3"]), tmp_path / "quotes" / "part-run-2.parquet")
    narrow = stored_narrow(tmp_path)
    assert narrow.columns == ["quote_id", "speaker_text", *CHANGING, "file"]
    assert dict(zip(narrow["quote_id"], [f.rsplit("/", 1)[1] for f in narrow["file"]])) == {
        "q1": "quotes.parquet", "q2": "quotes.parquet", "q3": "part-run-2.parquet"}
    assert narrow.filter(pl.col("quote_id") == "q1")["act"].to_list() == [None]
    assert stored_texts(tmp_path, ["q3"]).rows() == [("q3", "words of q3")]
    assert stored_narrow(tmp_path / "none") is None


def test_changed_rows_are_rewritten_in_their_part_in_place_and_failed_ones_leave(tmp_path):
    write_parquet_atomic(quotes(["q1", "q2", "q3"]), tmp_path / "quotes" / "part-run-1.parquet")
    write_parquet_atomic(quotes(["q4"]), tmp_path / "quotes" / "part-run-2.parquet")
    narrow = stored_narrow(tmp_path)
    changes = (narrow.filter(pl.col("quote_id").is_in(["q2", "q3"]))
               .with_columns(pl.lit("qg_b").alias("quote_group_id")).select("quote_id", "file", *CHANGING))
    rows = full_rows(changes)
    assert rows["quote_id"].to_list() == ["q2", "q3"] and set(rows["quote_group_id"]) == {"qg_b"}
    assert rows["text"].to_list() == ["words of q2", "words of q3"]
    valid = rows.filter(pl.col("quote_id") == "q3")  # q2 failed validation: it is quarantined
    parts = rewritten_parts(changes, valid)
    assert list(parts) == [str(tmp_path / "quotes" / "part-run-1.parquet")]
    part = parts[str(tmp_path / "quotes" / "part-run-1.parquet")]
    assert part["quote_id"].to_list() == ["q1", "q3"]
    assert part["quote_group_id"].to_list() == ["qg_a", "qg_b"]
    write_parquet_atomic(part, tmp_path / "quotes" / "part-run-1.parquet")
    assert sorted(read_table(tmp_path, "quotes")["quote_id"]) == ["q1", "q3", "q4"]
