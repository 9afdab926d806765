"""Hostile inputs, generated here (no binary fixtures): nothing is lost, nothing doubled, one bad input
never stops a run or the runs after it, and every failure of a whole run is one line with its exit code.

The end-to-end runs go through `newsfold run` in a subprocess, as a user (or the schedule) runs it.
"""

from __future__ import annotations

import gzip
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

from newsfold.errors import OutputLocked, OutputUnwritable

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("the minister said talks would resume after a lengthy call with officials in the capital on "
         "monday while critics warned that the plan could fail").split()
GOOD = "Talks resume\n\nNegotiators met again on Thursday after a lengthy call, officials said.\n"


def prose(n_words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(n_words))


def build_hostile_inbox(inbox: Path) -> dict[str, str | None]:
    """Files of every hostile kind; -> name: the reject reason expected (None: an article)."""
    inbox.mkdir(parents=True)
    expected: dict[str, str | None] = {}

    def put(name: str | bytes, data: bytes | str, reason: str | None) -> None:
        path = os.path.join(os.fsencode(inbox), name) if isinstance(name, bytes) else inbox / name
        Path(os.fsdecode(path)).write_bytes(data.encode() if isinstance(data, str) else data)
        expected[os.fsdecode(name) if isinstance(name, bytes) else name] = reason

    put("good.txt", GOOD, None)
    # Oversized and long: a 9 MB line under the 10 MB byte limit, a 1 MB article, a file over the limit.
    put("one_line_9mb.txt", prose(1_500_000)[:9_000_000], "too_long")
    put("article_1mb.txt", "A long read\n\n" + "\n\n".join(
        f'"We will win," the minister said. {prose(60, seed=i)}.' for i in range(2_500)), "too_long")
    put("over_limit.txt", b"a" * 10_000_001, "too_large")
    # Garbage: random bytes, one repeated non-ASCII character, control-character soup, one word.
    put("random.txt", random.Random(7).randbytes(50_000), "binary")
    put("roman.txt", "ⅴ" * 1400, "not_text")
    put("controls.txt", "".join(chr(c) for c in range(1, 32) if c not in (9, 10, 13)) * 200 + "ab", "binary")
    put("one_word.txt", "buffalo " * 400, "not_text")
    # Archives that expand without end: gzip bombs, plain and JSONL (one endless record).
    put("bomb.txt.gz", gzip.compress(b"\0" * 60_000_000, compresslevel=9), "too_large")
    put("bomb.jsonl.gz", gzip.compress(b'{"body": "' + b"a" * 60_000_000, compresslevel=9), "too_large")
    # Pathological HTML: nesting 100,000 deep, a page of unclosed tags.
    put("nested.html", "<html><body>" + "<div>" * 100_000 + "text" + "</div>" * 100_000 + "</body></html>",
        "no_text")
    put("unclosed.html", "<html><body>" + "<p><b><i>" * 20_000 + "</body>", "no_text")
    # Odd names: not UTF-8, a newline, a leading dash, 240 characters, a JSON lone surrogate.
    put(b"caf\xe9.txt", GOOD.replace("Thursday", "Friday"), None)
    put("new\nline.txt", GOOD.replace("Thursday", "Monday"), None)
    put("-dash.txt", GOOD.replace("Thursday", "Tuesday"), None)
    put("x" * 236 + ".txt", GOOD.replace("Thursday", "Sunday"), None)
    put("surrogate.jsonl", '{"id": "s1", "body": "Officials said \\ud800 the talks would resume."}\n', None)
    # Symlink loops: a folder linking to its parent, a link to itself.
    (inbox / "sub").mkdir()
    (inbox / "sub" / "up").symlink_to(inbox)
    (inbox / "self.txt").symlink_to(inbox / "self.txt")
    expected["self.txt"] = "unreadable"
    expected["sub"] = "empty_dir"  # holds nothing but the loop back
    return expected


def run_newsfold(inputs: list[Path], output: Path, home: Path, *extra: str, timeout: float = 300,
                 wait: bool = True) -> subprocess.CompletedProcess | subprocess.Popen:
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    command = [sys.executable, "-m", "newsfold.cli", "run", *map(str, inputs), "--output", str(output), *extra]
    if not wait:  # output to a file: an unread pipe that fills up would stall the run
        log = open(home.parent / f"{home.name}.log", "w")  # noqa: SIM115 - closed with the process
        # Its own session, so what a killed run leaves running (its Prefect server) can be ended too.
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def last_line(stderr: str) -> str:
    return [line for line in stderr.splitlines() if line.strip()][-1]


def outcomes(output: Path) -> pl.DataFrame:
    """source_path -> what became of it, over articles and rejects."""
    frames = [pl.read_parquet(output / t / "*.parquet").select("source_path", pl.lit(t).alias("table"), *(
        ["reason"] if t == "rejects" else [pl.lit(None, pl.String).alias("reason")]))
        for t in ("articles", "rejects") if list((output / t).glob("*.parquet"))]
    return pl.concat(frames)


@pytest.mark.slow
def test_a_hostile_inbox_commits_every_input_once_and_the_next_run_goes_on(tmp_path):
    inbox, output = tmp_path / "inbox", tmp_path / "out"
    expected = build_hostile_inbox(inbox)
    started = time.monotonic()
    done = run_newsfold([inbox], output, tmp_path / "prefect")
    assert done.returncode == 0, done.stderr[-3000:]
    assert time.monotonic() - started < 120
    found = outcomes(output)
    assert found["source_path"].n_unique() == found.height, "an input became two rows"
    by_name = {Path(p).name if "\n" not in p else p.rsplit("/", 1)[1]: r for p, r in
               found.select("source_path", "reason").iter_rows()}
    names = {n.replace("\udce9", "\\xe9") for n in expected}
    assert set(by_name) == names, set(by_name) ^ names
    for name, reason in expected.items():
        assert by_name[name.replace("\udce9", "\\xe9")] == reason, name
    articles = pl.read_parquet(output / "articles" / "*.parquet")
    assert "\ufffd" in articles.filter(pl.col("source_record") == "s1")["body"][0]
    # The bad inputs stay in the inbox; the next scheduled run still takes in a new good file.
    (inbox / "later.txt").write_text(GOOD.replace("Thursday", "Saturday"), encoding="utf-8")
    again = run_newsfold([inbox], output, tmp_path / "prefect")
    assert again.returncode == 0, again.stderr[-3000:]
    later = pl.read_parquet(output / "articles" / "*.parquet").filter(pl.col("source_path").str.ends_with("later.txt"))
    assert later.height == 1
    assert outcomes(output).height == found.height + 1, "a rerun doubled something"


def can_mount_tmpfs(where: Path) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None or os.geteuid() != 0:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


@pytest.mark.slow
def test_a_full_disk_fails_in_one_line_and_keeps_the_earlier_commit(tmp_path, seeds_dir):
    disk = tmp_path / "disk"
    if not can_mount_tmpfs(disk):
        pytest.skip("cannot mount a small tmpfs here (needs root and mount): full-disk test not run")
    try:
        output = disk / "out"
        first = run_newsfold([seeds_dir], output, tmp_path / "prefect")
        assert first.returncode == 0, first.stderr[-3000:]
        before = pl.read_parquet(output / "quotes" / "*.parquet").sort("quote_id")
        filler = disk / "filler"
        subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=64k"], capture_output=True)  # until full
        extra = tmp_path / "new"
        extra.mkdir()
        (extra / "new.txt").write_text(GOOD, encoding="utf-8")
        full = run_newsfold([seeds_dir, extra], output, tmp_path / "prefect")
        assert full.returncode == OutputUnwritable.exit_code, full.stderr[-3000:]
        line = last_line(full.stderr)
        assert line.startswith("newsfold: the disk holding") and "is full" in line
        assert "nothing of this run was committed" in line and "free some space" in line
        assert pl.read_parquet(output / "quotes" / "*.parquet").sort("quote_id").equals(before)
        assert not list(output.rglob("*.tmp")), "the failed run's staged files were left on the full disk"
        filler.unlink()
        after = run_newsfold([seeds_dir, extra], output, tmp_path / "prefect")
        assert after.returncode == 0, after.stderr[-3000:]
        assert pl.read_parquet(output / "articles" / "*.parquet").height == 6
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)


def bbc_inbox(shared_dir: Path, inbox: Path, count: int, skip: int = 0) -> list[Path]:
    files = sorted((shared_dir / "corpora" / "bbc").glob("*/*.txt"))[skip:skip + count]
    if len(files) < count:
        pytest.skip("BBC corpus not found")
    inbox.mkdir()
    for i, f in enumerate(files):
        shutil.copy(f, inbox / f"{skip + i:04d}.txt")
    return files


@pytest.mark.slow
def test_a_run_while_another_writes_the_output_says_so_and_a_retry_adds_everything(tmp_path, seeds_dir):
    """The running run is stood for by its lock (what a run holds from start to commit), so the
    overlap is certain rather than a race against the other process's start-up."""
    from newsfold.store.output import output_lock

    output = tmp_path / "out"
    with output_lock(output):
        blocked = run_newsfold([seeds_dir], output, tmp_path / "prefect")
    assert blocked.returncode == OutputLocked.exit_code, blocked.stderr[-3000:]
    assert last_line(blocked.stderr).startswith(f"newsfold: another newsfold run is writing to {output}")
    assert not list(output.glob("articles/*.parquet"))
    retry = run_newsfold([seeds_dir], output, tmp_path / "prefect")
    assert retry.returncode == 0, retry.stderr[-3000:]
    assert pl.read_parquet(output / "articles" / "*.parquet").height == 5


@pytest.mark.slow
def test_sigterm_mid_run_leaves_readable_output_and_a_rerun_completes(tmp_path, shared_dir):
    inbox, output = tmp_path / "inbox", tmp_path / "out"
    files = bbc_inbox(shared_dir, inbox, 80)
    running = run_newsfold([inbox], output, tmp_path / "prefect", wait=False)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and running.poll() is None and not (output / "_staging").exists():
        time.sleep(0.2)
    time.sleep(1.0)
    running.send_signal(signal.SIGTERM)
    try:
        assert running.wait(timeout=120) != 0
    finally:
        try:
            os.killpg(running.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    for part in output.rglob("*.parquet"):
        pl.read_parquet(part)
    finished = run_newsfold([inbox], output, tmp_path / "prefect")
    assert finished.returncode == 0, finished.stderr[-3000:]
    articles = pl.read_parquet(output / "articles" / "*.parquet")
    assert articles.height == len(files) and articles["article_id"].n_unique() == len(files)
    assert not list(output.rglob("*.tmp"))
