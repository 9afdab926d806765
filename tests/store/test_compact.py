"""`newsfold compact`: part files merged into one per table, the rows a reader gets unchanged, and an
interrupted compaction finished by the next run."""

from __future__ import annotations

import json

import polars as pl

from newsfold.store.compact import compact_output, compact_table
from newsfold.store.output import (
    JOURNAL, STAGING, read_table, write_parquet_atomic,
)
from newsfold.store.recovery import recover_interrupted_runs


def write_runs(output, table="articles", runs=3):
    for n in range(runs):
        write_parquet_atomic(pl.DataFrame({"article_id": [f"r{n}a", f"r{n}b"], "n": [n, n]}),
                             output / table / f"part-run-{n}.parquet")


def test_compaction_merges_part_files_and_keeps_the_rows_in_order(tmp_path):
    write_runs(tmp_path)
    write_runs(tmp_path, "numbers", 1)
    write_parquet_atomic(pl.DataFrame({"article_id": ["x"]}), tmp_path / "_state" / "dedup" / "part-run-0.parquet")
    write_parquet_atomic(pl.DataFrame({"article_id": ["y"]}), tmp_path / "_state" / "dedup" / "part-run-1.parquet")
    before = read_table(tmp_path, "articles")
    done = {c.table: c for c in compact_output(tmp_path)}
    assert set(done) == {"articles", "dedup"}, "one part file is left alone"
    assert done["articles"].files_before == 3 and done["articles"].rows == 6
    assert [p.name for p in (tmp_path / "articles").iterdir()] == ["part-run-0--run-2.parquet"]
    assert read_table(tmp_path, "articles").equals(before)
    assert read_table(tmp_path, "dedup")["article_id"].to_list() == ["x", "y"]
    assert not (tmp_path / STAGING).exists() or not any((tmp_path / STAGING).iterdir())
    # Later runs add part files after the merged one, and compaction merges again.
    write_parquet_atomic(pl.DataFrame({"article_id": ["r3a"], "n": [3]}), tmp_path / "articles" / "part-run-3.parquet")
    compact_table(tmp_path, "articles", "c2")
    assert read_table(tmp_path, "articles")["article_id"].to_list()[-1] == "r3a"
    assert len(list((tmp_path / "articles").iterdir())) == 1


def test_an_interrupted_compaction_is_finished_by_the_next_run(tmp_path):
    write_runs(tmp_path)
    before = read_table(tmp_path, "articles")
    staging = tmp_path / STAGING / "compact-c1"
    staged = staging / "table"
    write_parquet_atomic(before, staged / "part-run-0--run-2.parquet")
    (staging / JOURNAL).write_text(json.dumps({"table": "articles", "folder": str(tmp_path / "articles"),
                                               "staged": str(staged), "file": "part-run-0--run-2.parquet"}))
    # Killed here, after the journal, before the exchange.
    assert recover_interrupted_runs(tmp_path) == ["finished the interrupted compact-c1"]
    assert [p.name for p in (tmp_path / "articles").iterdir()] == ["part-run-0--run-2.parquet"]
    assert read_table(tmp_path, "articles").equals(before)
    assert not staging.exists()


def test_a_compaction_killed_before_its_journal_leaves_nothing(tmp_path):
    write_runs(tmp_path)
    write_parquet_atomic(pl.DataFrame({"article_id": ["z"]}),
                         tmp_path / STAGING / "compact-c1" / "table" / "part-run-0--run-2.parquet")
    assert recover_interrupted_runs(tmp_path) == ["discarded the uncommitted work of compact-c1"]
    assert len(list((tmp_path / "articles").iterdir())) == 3


def test_quote_parts_and_an_older_whole_quotes_file_are_merged_with_the_runs_range_as_name(tmp_path):
    write_parquet_atomic(pl.DataFrame({"quote_id": ["q0"]}), tmp_path / "quotes" / "quotes.parquet")  # older layout
    write_runs(tmp_path, "quotes", 2)
    before = sorted(read_table(tmp_path, "quotes")["quote_id"].drop_nulls())
    done = {c.table: c for c in compact_output(tmp_path)}
    assert done["quotes"].files_before == 3
    assert [p.name for p in (tmp_path / "quotes").iterdir()] == ["part-run-0--run-1.parquet"]
    assert sorted(read_table(tmp_path, "quotes")["quote_id"].drop_nulls()) == before
