"""The command line as a user runs it: validate, eval arguments, and a run killed mid-way."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import polars as pl
import pytest

from newsfold.cli import build_parser, main
from newsfold.errors import READER_GONE_EXIT
from newsfold.store.output import write_parquet_atomic
from newsfold.store.frames import table_frame

ROOT = Path(__file__).resolve().parent.parent


def test_parser_knows_the_commands():
    parser = build_parser()
    args = parser.parse_args(["run", "seeds", "--output", "out", "--strict", "--model", "x"])
    assert args.paths == ["seeds"] and args.output == "out" and args.strict and args.model == "x"
    assert parser.parse_args(["eval", "quotes", "--gold", "g.jsonl"]).what == "quotes"


def _write_article(out: Path) -> None:
    write_parquet_atomic(
        table_frame("articles", [{"article_id": "a1", "source_path": "/x", "body": "Text.", "language": "en",
                                  "word_count": 1, "content_hash": "h", "duplicate_kind": "none",
                                  "story_id": "s", "run_id": "r",
                                  "ingested_at": datetime(2025, 1, 1, tzinfo=timezone.utc)}]),
        out / "articles" / "part-r.parquet",
    )


def _write_number_of_no_article(out: Path) -> None:
    write_parquet_atomic(
        table_frame("numbers", [{"number_id": "n1", "article_id": "missing", "text": "Text", "start_char": 0,
                                 "end_char": 4, "value": 1.0, "kind": "count", "qualifier": "exact"}]),
        out / "numbers" / "part-r.parquet",
    )


def test_validate_reports_and_fails_on_bad_rows(tmp_path, capsys):
    _write_article(tmp_path)
    assert main(["validate", str(tmp_path)]) == 0
    _write_number_of_no_article(tmp_path)
    assert main(["validate", str(tmp_path)]) == 1
    assert "missing is not in articles" in capsys.readouterr().out


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """`newsfold validate ... | head -1`: the pipe closes before the report is written."""
    _write_article(tmp_path)
    _write_number_of_no_article(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "newsfold.cli", "validate", str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == READER_GONE_EXIT  # cut short: neither success nor the bad row's 1
    assert "Traceback" not in err and "BrokenPipeError" not in err


def test_validate_needs_an_output_dir(tmp_path):
    assert main(["validate", str(tmp_path / "nowhere")]) == 1


@pytest.mark.slow
def test_a_killed_run_leaves_readable_output_and_a_rerun_completes(tmp_path, shared_dir):
    """SIGKILL at any moment: every Parquet file stays readable; the next run ends with each input once."""
    bbc = sorted((shared_dir / "corpora" / "bbc").glob("*/*.txt"))[:120]
    if not bbc:
        pytest.skip("BBC corpus not found")
    inbox, output = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    for i, f in enumerate(bbc):
        shutil.copy(f, inbox / f"{i:04d}.txt")
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect")}
    command = [sys.executable, "-m", "newsfold.cli", "run", str(inbox), "--output", str(output)]
    # Its own session, so the temporary Prefect server it starts can be ended with it afterwards.
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.monotonic() + 120
    # Kill as soon as the run has started staging its work (or at the deadline).
    while time.monotonic() < deadline and process.poll() is None and not (output / "_staging").exists():
        time.sleep(0.2)
    time.sleep(1.0)
    process.send_signal(signal.SIGKILL)
    process.wait()
    try:
        os.killpg(process.pid, signal.SIGKILL)  # what the killed run left running (its Prefect server)
    except ProcessLookupError:
        pass
    for part in output.rglob("*.parquet"):
        pl.read_parquet(part)  # readable at every point
    finished = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr[-2000:]
    articles = pl.read_parquet(output / "articles" / "*.parquet")
    assert articles.height == len(bbc) and articles["article_id"].n_unique() == len(bbc)
    assert not list(output.rglob("*.tmp"))
