"""End to end: the Prefect flow over the seeds, Parquet read back by DuckDB, then an idempotent rerun."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed_run(prefect_harness, seeds_dir, tmp_path_factory):
    from flows.news_pipeline import news_pipeline

    inbox = tmp_path_factory.mktemp("inbox")
    for seed in seeds_dir.glob("*.txt"):
        shutil.copy(seed, inbox / seed.name)
    output = tmp_path_factory.mktemp("output")
    first = news_pipeline(inputs=[str(inbox)], output_dir=str(output))
    return inbox, output, first


def query(output: Path, sql: str) -> list[tuple]:
    """Run SQL where {t} names a table's Parquet files, the way a user reads them."""
    con = duckdb.connect()
    return con.execute(sql.format_map(_Tables(output))).fetchall()


class _Tables(dict):
    def __init__(self, output: Path):
        super().__init__()
        self.output = output

    def __missing__(self, table: str) -> str:
        return f"read_parquet('{self.output}/{table}/*.parquet')"


def test_tables_are_written_as_parquet(seed_run):
    _, output, _ = seed_run
    for table in ("articles", "quotes", "people", "person_mentions", "numbers", "runs"):
        assert list((output / table).glob("*.parquet")), table
    assert not list(output.rglob("*.tmp")), "no staging files may remain"


def test_seed_articles(seed_run):
    _, output, _ = seed_run
    rows = query(output, "select source_path, title, published_at, body, story_id from {articles} order by source_path")
    assert len(rows) == 5
    for _, _, _, body, _ in rows:
        for boilerplate in ("- Region:", "Today :", "Related Sources"):
            assert boilerplate not in body
    by_name = {Path(r[0]).name[:3]: r for r in rows}
    assert by_name["000"][1] and by_name["003"][1] and by_name["004"][1]
    assert by_name["003"][2].date().isoformat() == "2025-02-13"
    assert len({r[4] for r in rows}) == 1, "the five seeds report one story"


def test_people_are_one_row_per_person(seed_run):
    _, output, _ = seed_run
    people = query(output, "select name, aliases from {people}")
    names = [n for n, _ in people]
    assert len(people) >= 15
    zelensky = [(n, a) for n, a in people if "zelensk" in n.lower() or any("zelensk" in x.lower() for x in a)]
    assert len(zelensky) == 1
    assert {"Zelensky", "Zelenskyy"} <= {w for alias in zelensky[0][1] for w in alias.split()}
    for not_a_person in ("Kyiv", "Kremlin", "Truth Social", "NATO"):
        assert not any(not_a_person == n for n in names)


def speaker_of(output: Path, words: str) -> set[str]:
    rows = query(output, f"select speaker_name from {{quotes}} where text like '%{words}%'")
    return {r[0] for r in rows}


def test_quotes_are_attributed(seed_run):
    _, output, _ = seed_run
    assert query(output, "select count(*) from {quotes}")[0][0] >= 25
    assert any("Trump" in (s or "") for s in speaker_of(output, "It is time to stop this ridiculous war"))
    assert any("Zelensk" in (s or "") for s in speaker_of(output, "Security guarantees without America"))
    assert any("Peskov" in (s or "") for s in speaker_of(output, "Russia has never discussed"))
    assert any("Healey" in (s or "") for s in speaker_of(output, "there can be no negotiations on Ukraine"))


def test_repeated_quote_is_one_group(seed_run):
    """One row per attribution: where reported speech carries the fragment, the row is the clause
    (kind indirect); every row quoting it is in one group, attributed to Trump."""
    _, output, _ = seed_run
    groups = query(
        output,
        "select quote_group_id, count(distinct article_id), list(distinct speaker_name) from {quotes} "
        "where lower(text) like '%lengthy and highly productive%' group by 1",
    )
    assert len(groups) == 1 and groups[0][1] >= 4
    assert groups[0][2] == ["Donald Trump"]


def test_numbers_are_normalised(seed_run):
    _, output, _ = seed_run
    values = set(query(output, "select value, unit from {numbers}"))
    assert (4.5e9, "GBP") in values
    assert (5e11, "USD") in values
    assert (20.0, "percent") in values


def test_output_validates(seed_run):
    from newsfold.cli import main

    _, output, _ = seed_run
    assert main(["validate", str(output)]) == 0


def test_rerun_adds_nothing_and_new_file_adds_its_rows(seed_run, seeds_dir):
    from flows.news_pipeline import news_pipeline

    inbox, output, first = seed_run
    before = query(output, "select count(*) from {articles}")[0][0]
    again = news_pipeline(inputs=[str(inbox)], output_dir=str(output))
    assert again.run["articles_added"] == 0 and again.run["rejects_added"] == 0
    assert query(output, "select count(*) from {articles}")[0][0] == before
    (inbox / "late.txt").write_text(
        "Kremlin spokesman Dmitry Peskov said on Friday that talks would begin soon.\n", encoding="utf-8"
    )
    third = news_pipeline(inputs=[str(inbox)], output_dir=str(output))
    assert third.run["articles_added"] == 1
    assert query(output, "select count(*) from {articles}")[0][0] == before + 1
    assert query(output, "select count(*) from {runs}")[0][0] == 3
    peskov = query(output, "select count(*) from {people} where name like '%Peskov%'")[0][0]
    assert peskov == 1, "a person seen again keeps one row"
