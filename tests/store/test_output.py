"""Atomic commits, recovery of interrupted runs, and the one-run-at-a-time lock."""

from __future__ import annotations

import json

import polars as pl
import pytest

from newsfold.errors import OutputLocked
from newsfold.store.output import (
    JOURNAL, Move, commit_run, destination, output_lock, read_table,
    stage_frame, staging_dir, write_parquet_atomic,
)
from newsfold.store.recovery import recover_interrupted_runs


def frame(n: int) -> pl.DataFrame:
    return pl.DataFrame({"article_id": [f"a{i}" for i in range(n)]})


def test_write_is_atomic_and_leaves_no_temporary(tmp_path):
    path = write_parquet_atomic(frame(3), tmp_path / "t" / "x.parquet")
    assert pl.read_parquet(path).height == 3
    assert [p.name for p in path.parent.iterdir()] == ["x.parquet"]


def test_commit_moves_every_staged_file_into_place(tmp_path):
    staging = staging_dir(tmp_path, "run-1")
    moves = [
        Move(stage_frame(staging, "articles", frame(2)), str(destination(tmp_path, "articles", "run-1"))),
        Move(stage_frame(staging, "people", frame(1)), str(destination(tmp_path, "people", "run-1"))),
    ]
    assert not list(tmp_path.rglob("*.parquet")), "staged files are invisible to a *.parquet glob"
    commit_run(tmp_path, "run-1", moves)
    assert read_table(tmp_path, "articles").height == 2
    assert (tmp_path / "people" / "people.parquet").exists()
    assert not (tmp_path / "_staging" / "run-1").exists()


def test_a_run_killed_before_its_journal_is_discarded(tmp_path):
    commit_run(tmp_path, "run-1", [Move(stage_frame(staging_dir(tmp_path, "run-1"), "a", frame(2)),
                                        str(destination(tmp_path, "articles", "run-1")))])
    stage_frame(staging_dir(tmp_path, "run-2"), "a", frame(5))  # killed here: no journal
    notes = recover_interrupted_runs(tmp_path)
    assert notes == ["discarded the uncommitted work of run-2"]
    assert read_table(tmp_path, "articles").height == 2


def test_a_run_killed_during_its_renames_is_rolled_forward(tmp_path):
    staging = staging_dir(tmp_path, "run-3")
    moves = [
        Move(stage_frame(staging, "articles", frame(2)), str(destination(tmp_path, "articles", "run-3"))),
        Move(stage_frame(staging, "numbers", frame(4)), str(destination(tmp_path, "numbers", "run-3"))),
    ]
    (staging / JOURNAL).write_text(json.dumps([m.__dict__ for m in moves]))
    # Killed after the first rename only.
    destination(tmp_path, "articles", "run-3").parent.mkdir(parents=True)
    (staging / "articles.parquet.tmp").rename(destination(tmp_path, "articles", "run-3"))
    assert recover_interrupted_runs(tmp_path) == ["finished the interrupted commit of run-3"]
    assert read_table(tmp_path, "articles").height == 2
    assert read_table(tmp_path, "numbers").height == 4


def test_only_one_run_at_a_time(tmp_path):
    with output_lock(tmp_path):
        with pytest.raises(OutputLocked):
            with output_lock(tmp_path):
                pass
    with output_lock(tmp_path):  # released
        pass


def test_read_table_is_none_without_files(tmp_path):
    assert read_table(tmp_path, "quotes") is None
