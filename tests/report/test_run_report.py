"""The run report: read from a committed output, rendered as markdown."""

from __future__ import annotations

import polars as pl
import pytest

from newsfold.report.run_report import StageTime, collect_run_facts, render_report
from newsfold.settings import MODEL_NAME


@pytest.fixture(scope="module")
def seeds_output(tmp_path_factory, seeds_dir, nlp):
    """The seeds and one bad file through the stages (no Prefect), committed."""
    import shutil
    from datetime import datetime, timezone

    from newsfold import stages

    root = tmp_path_factory.mktemp("report")
    inbox = root / "inbox"
    shutil.copytree(seeds_dir, inbox)
    (inbox / "garbage.txt").write_text("ⅴ" * 500, encoding="utf-8")
    ctx = stages.RunContext(str(root / "out"), "run-1", datetime.now(timezone.utc))
    ingested = stages.ingest_stage(ctx, [str(inbox)], 10_000_000)
    deduped = stages.deduplicate_stage(ctx, ingested, 0.8, 5)
    extracted = stages.extract_stage(ctx, deduped, MODEL_NAME, 32, 1)
    validated = stages.validate_stage(ctx, ingested, deduped, extracted, stages.resolve_stage(ctx, extracted))
    result = stages.finish_run(ctx, ingested, extracted, deduped, validated, {}, None, MODEL_NAME)
    return root / "out", result


def test_the_report_has_every_part(seeds_output):
    output, result = seeds_output
    facts = collect_run_facts(output, result.run, result.rejects)
    markdown = render_report(facts, [StageTime("extract", 2.0, 5, "articles", 3000)])
    for heading in ("Inputs and what became of them", "Rejects by reason", "Quarantined rows by reason",
                    "Stages", "Stories this run touched", "Most quoted speakers",
                    "Quotes repeated across articles", "Health against earlier runs", "Output tables"):
        assert f"## {heading}" in markdown
    assert "`not_text`" in markdown and "garbage.txt" in markdown
    assert "Trump Initiates Peace Talks With Putin For Ukraine War" in markdown  # the one story
    assert "| Donald Trump |" in markdown
    assert "lengthy and highly productive" in markdown  # quoted by several articles
    assert "2.5 articles/s, 1,500 words/s" in markdown
    assert f"{output.resolve()}/quotes" in markdown


def test_a_run_whose_quotes_fall_to_zero_is_flagged_at_the_top(seeds_output):
    output, result = seeds_output
    history = pl.read_parquet(output / "runs" / "*.parquet")
    earlier = pl.concat([history.with_columns(pl.lit(f"run-0{i}").alias("run_id")) for i in range(3)])
    earlier.write_parquet(output / "runs" / "part-history.parquet")
    try:
        quiet = {**result.run, "run_id": "run-2", "quotes_added": 0}
        markdown = render_report(collect_run_facts(output, quiet, []), [])
    finally:
        (output / "runs" / "part-history.parquet").unlink()
    assert markdown.split("\n")[2] == "> **Warning**"
    assert "quotes per 1,000 words is 0.00, far below" in markdown
