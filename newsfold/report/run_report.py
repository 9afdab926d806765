"""The report of one run, as markdown for the Prefect UI: what came in and what became of it, what
was rejected or quarantined and why, each stage's time and throughput, the stories the run touched,
the most quoted speakers, the quotes repeated across outlets, health against earlier runs, and where
the tables are. `collect_run_facts` reads the committed output; `render_report` only formats."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from newsfold.report.health import Rate, check_health
from newsfold.store.output import QUARANTINE, read_table, table_dir

TABLES = ("articles", "rejects", "quotes", "people", "person_mentions", "numbers", "runs")
FIRST_FILES = 5  # files listed per reject reason
TOP = 10  # stories, speakers and repeated quotes listed


@dataclass(frozen=True)
class StageTime:
    stage: str
    seconds: float
    items: int  # what the stage worked through (files, articles)
    unit: str  # "files", "articles"
    words: int | None = None  # words parsed, for the stages that read text


@dataclass
class RunFacts:
    run: dict
    rejects: list[dict]
    quarantined: dict[str, int] = field(default_factory=dict)  # reason -> rows
    stories: list[dict] = field(default_factory=list)
    speakers: list[dict] = field(default_factory=list)
    repeated_quotes: list[dict] = field(default_factory=list)
    health: list[Rate] = field(default_factory=list)
    tables: dict[str, str] = field(default_factory=dict)  # table -> folder


def collect_run_facts(output: str | Path, run: Mapping, rejects: Sequence[dict]) -> RunFacts:
    """What the committed output says about run `run["run_id"]` (reads only the columns it needs)."""
    out = Path(output).resolve()
    run_id = run["run_id"]
    facts = RunFacts(run=dict(run), rejects=list(rejects))
    quarantine = sorted((out / QUARANTINE).glob(f"*/part-{run_id}.parquet"))
    if quarantine:
        reasons = pl.concat([pl.read_parquet(f, columns=["reason"]) for f in quarantine])
        facts.quarantined = dict(reasons["reason"].value_counts(sort=True).iter_rows())
    articles = read_table(out, "articles", ["article_id", "story_id", "title", "outlet", "run_id",
                                            "duplicate_kind", "published_at"])
    if articles is not None:
        facts.stories = touched_stories(articles, run_id)
        if list(table_dir(out, "quotes").glob("*.parquet")):
            scan = pl.scan_parquet(table_dir(out, "quotes") / "*.parquet", missing_columns="insert")
            # Only the groups this run's articles touch: both lists are about them (the text of every
            # stored quote is not decoded).
            new_ids = articles.filter(pl.col("run_id") == run_id)["article_id"].implode()
            groups = scan.filter(pl.col("article_id").is_in(new_ids)).select("quote_group_id").unique().collect()
            quotes = scan.filter(pl.col("quote_group_id").is_in(groups["quote_group_id"].implode())).select(
                "article_id", "speaker_name", "speaker_text", "text", "quote_group_id",
                *(["act"] if "act" in scan.collect_schema() else [])).collect()
            facts.speakers = top_speakers(quotes, articles, run_id)
            facts.repeated_quotes = repeated_quotes(quotes, articles, run_id)
    history = read_table(out, "runs")
    if history is not None:
        history = history.filter(pl.col("run_id") != run_id)
    facts.health = check_health(run, history)
    facts.tables = {t: str(table_dir(out, t)) for t in TABLES if table_dir(out, t).is_dir()}
    return facts


def touched_stories(articles: pl.DataFrame, run_id: str) -> list[dict]:
    """Stories with an article from this run: headline, articles (in all runs), outlets."""
    touched = articles.filter(pl.col("run_id") == run_id)["story_id"].unique()
    stories = (
        articles.filter(pl.col("story_id").is_in(touched.implode()))
        .sort("published_at", nulls_last=True)
        .group_by("story_id", maintain_order=True)
        .agg(pl.col("title").drop_nulls().first().alias("headline"),
             pl.len().alias("articles"),
             (pl.col("run_id") == run_id).sum().alias("new"),
             pl.col("outlet").drop_nulls().unique().sort().alias("outlets"))
        .sort(["articles", "story_id"], descending=[True, False])
    )
    return stories.head(TOP).to_dicts()


def top_speakers(quotes: pl.DataFrame, articles: pl.DataFrame, run_id: str) -> list[dict]:
    """The most quoted speakers in this run's articles (speech only where the act is known)."""
    new_ids = articles.filter(pl.col("run_id") == run_id)["article_id"].implode()
    mine = quotes.filter(pl.col("article_id").is_in(new_ids))
    if "act" in mine.columns:
        mine = mine.filter(pl.col("act") == "speech")
    named = mine.with_columns(pl.coalesce("speaker_name", "speaker_text").alias("speaker")).drop_nulls("speaker")
    return (named.group_by("speaker").agg(pl.len().alias("quotes"), pl.col("article_id").n_unique().alias("articles"))
            .sort(["quotes", "speaker"], descending=[True, False]).head(TOP).to_dicts())


def repeated_quotes(quotes: pl.DataFrame, articles: pl.DataFrame, run_id: str) -> list[dict]:
    """Quote groups this run touched that stand in two or more articles (with the outlets known)."""
    new_ids = articles.filter(pl.col("run_id") == run_id)["article_id"].implode()
    touched = quotes.filter(pl.col("article_id").is_in(new_ids))["quote_group_id"].unique().implode()
    with_outlets = quotes.filter(pl.col("quote_group_id").is_in(touched)).join(
        articles.select("article_id", "outlet"), on="article_id", how="left")
    groups = (with_outlets.group_by("quote_group_id")
              .agg(pl.col("text").sort_by(pl.col("text").str.len_chars()).first().alias("quote"),
                   pl.col("speaker_name").drop_nulls().first().alias("speaker"),
                   pl.col("outlet").drop_nulls().unique().sort().alias("outlets"),
                   pl.col("article_id").n_unique().alias("articles"))
              .filter(pl.col("articles") >= 2)
              .sort(["articles", "quote_group_id"], descending=[True, False]))
    return groups.head(TOP).to_dicts()


def cell(value: object) -> str:
    """Text safe inside a markdown table cell."""
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")[:160]


def table_or_note(header: str, align: str, rows: list[str], empty: str) -> list[str]:
    """A markdown table of `rows`, or the sentence saying there are none."""
    return [header, align, *rows] if rows else [empty]


def rate_cell(name: str, value: float | None) -> str:
    """A health rate as shown: shares as percents, rates with two decimals, a dash when unknown."""
    if value is None:
        return "–"
    return f"{value:.0%}" if "share" in name else f"{value:.2f}"


def render_report(facts: RunFacts, stages: Sequence[StageTime]) -> str:
    run = facts.run
    lines = [f"# newsfold run `{run['run_id']}`", ""]
    warnings = [rate.warning for rate in facts.health if rate.warning]
    if warnings:
        lines += ["> **Warning**", *[f"> - {w}" for w in warnings], ""]
    lines += ["## Inputs and what became of them", "",
              "| inputs read | articles added | of which duplicates | rejected | rows quarantined |",
              "|---:|---:|---:|---:|---:|",
              f"| {run['input_files']} | {run['articles_added']} | {run['duplicates_added']} | "
              f"{run['rejects_added']} | {run['quarantined_rows']} |", "",
              f"Found: {run['quotes_added']} quotes, {run['person_mentions_added']} person mentions, "
              f"{run['numbers_added']} numbers; {run['people_total']} people in the whole dataset.", ""]
    lines += ["## Rejects by reason", ""]
    if facts.rejects:
        by_reason: dict[str, list[dict]] = {}
        for reject in facts.rejects:
            by_reason.setdefault(reject["reason"], []).append(reject)
        lines += ["| reason | inputs | first files (detail) |", "|---|---:|---|"]
        for reason, rows in sorted(by_reason.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            shown = "<br>".join(
                f"`{cell(r['source_path'])}`{' [' + cell(r['source_record']) + ']' if r.get('source_record') else ''}"
                f": {cell(r['detail'])}" for r in rows[:FIRST_FILES])
            more = f"<br>… and {len(rows) - FIRST_FILES} more" if len(rows) > FIRST_FILES else ""
            lines.append(f"| `{reason}` | {len(rows)} | {shown}{more} |")
    else:
        lines.append("No input was rejected.")
    lines += ["", "## Quarantined rows by reason", ""]
    lines += table_or_note("| reason | rows |", "|---|---:|",
                           [f"| {cell(r)} | {n} |" for r, n in facts.quarantined.items()], "No row failed validation.")
    lines += ["", "## Stages", "", "| stage | seconds | throughput |", "|---|---:|---|"]
    for stage in stages:
        rate = f"{stage.items / stage.seconds:,.1f} {stage.unit}/s" if stage.seconds > 0 and stage.items else "–"
        if stage.words and stage.seconds > 0:
            rate += f", {stage.words / stage.seconds:,.0f} words/s"
        lines.append(f"| {stage.stage} | {stage.seconds:.2f} | {rate} ({stage.items:,} {stage.unit}) |")
    lines += ["", "## Stories this run touched", ""]
    lines += table_or_note(
        "| headline | articles (new) | outlets |", "|---|---:|---|",
        [f"| {cell(s['headline'])} | {s['articles']} ({s['new']}) | {cell(', '.join(s['outlets']))} |"
         for s in facts.stories], "No new article.")
    lines += ["", "## Most quoted speakers", ""]
    lines += table_or_note("| speaker | quotes | articles |", "|---|---:|---:|",
                           [f"| {cell(s['speaker'])} | {s['quotes']} | {s['articles']} |" for s in facts.speakers],
                           "No quote with a speaker in this run's articles.")
    lines += ["", "## Quotes repeated across articles", ""]
    lines += table_or_note(
        "| quote | speaker | outlets | articles |", "|---|---|---|---:|",
        [f"| “{cell(q['quote'])}” | {cell(q['speaker'])} | {cell(', '.join(q['outlets']))} | {q['articles']} |"
         for q in facts.repeated_quotes], "No quote of this run stands in two articles.")
    lines += ["", "## Health against earlier runs", "", "| rate | this run | usual (median) | |", "|---|---:|---:|---|"]
    for rate in facts.health:
        shown, usual = rate_cell(rate.name, rate.value), rate_cell(rate.name, rate.usual)
        lines.append(f"| {rate.name} | {shown} | {usual} | {'⚠ ' + rate.warning if rate.warning else 'ok'} |")
    lines += ["", "## Output tables", ""]
    lines += [f"- [{t}](file://{path}) `{path}/*.parquet`" for t, path in facts.tables.items()]
    if facts.tables:
        any_table = next(iter(facts.tables.values()))
        lines += ["", "Read them with DuckDB: "
                  f"`select * from read_parquet('{Path(any_table).parent}/quotes/*.parquet')`"]
    return "\n".join(lines) + "\n"
