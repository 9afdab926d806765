"""The pipeline's stages as plain functions over paths: read staged Parquet, call the pure logic,
stage the result. The Prefect tasks in `flows/` are one-line wrappers around these, so every stage can
be run and tested without Prefect, and only paths (never DataFrames) travel between tasks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from collections.abc import Callable

import numpy as np
import polars as pl

from newsfold import __version__
from newsfold.ingest.articles import drop_known_articles, drop_known_rejects, pending_articles, reject_frame
from newsfold.records import Reject
from newsfold.settings import MAX_CHARS
from newsfold.store.output import (
    APPENDED_TABLES, Move, commit_run, destination, read_staged,
    read_table, stage_frame, staging_dir, table_dir,
)
from newsfold.dedup.duplicates import STATE_SCHEMA, deduplicate_and_group
from newsfold.extract.articles import extract_articles, extraction_frames
from newsfold.ingest.discovery import absolute_path, discover_inputs, path_text
from newsfold.ingest.inputs import ingest_paths
from newsfold.nlp.pipeline import load_pipeline, model_version
from newsfold.link.quote_index import index_frame
from newsfold.link.resolve import NO_STORED_QUOTES, resolve
from newsfold.link.stored_quotes import has_quote_index, open_stored_quotes
from newsfold.store.quote_parts import full_rows, rewritten_parts
from newsfold.ingest.sources import drop_known_sources, fingerprint_sources, known_sources
from newsfold.store.frames import conform, table_frame
from newsfold.validate import format_failures, validate_tables


@dataclass(frozen=True)
class RunContext:
    output: str
    run_id: str
    started_at: datetime

    @property
    def staging(self) -> Path:
        return staging_dir(Path(self.output), self.run_id)

    def stage(self, name: str, frame: pl.DataFrame) -> str:
        return stage_frame(self.staging, name, frame)


# What each stage hands the next: staged Parquet paths (never frames) and a few counts.

@dataclass(frozen=True)
class Ingested:
    pending_articles: str  # new documents as article rows, duplicates not yet decided
    rejects: str  # inputs that became no article, with a reason
    sources: str  # fingerprints of the input files read this run
    input_files: int
    new_articles: int
    new_rejects: int

    def describe(self, seconds: float) -> str:
        """The stage's log line."""
        return (f"ingest: {self.input_files} input file(s) read -> {self.new_articles} new article(s), "
                f"{self.new_rejects} new reject(s) in {seconds:.2f} s")


@dataclass(frozen=True)
class Deduplicated:
    articles: str  # pending articles with content_hash, duplicate_* and story_id decided
    dedup: str  # signatures of this run's articles (the state later runs compare against)
    article_count: int
    duplicate_count: int
    words_to_parse: int  # words of the articles that are no duplicate

    def describe(self, seconds: float) -> str:
        """The stage's log line."""
        return (f"deduplicate: {self.article_count} article(s), {self.duplicate_count} duplicate(s), "
                f"{self.words_to_parse} word(s) to parse in {seconds:.2f} s")


@dataclass(frozen=True)
class Extracted:
    article_people: str
    mentions: str
    quotes: str
    numbers: str
    failures: str  # articles that could not be parsed or extracted: article_id, reason, detail
    model_version: str
    parsed_articles: int
    failed_articles: int
    found: dict[str, int]  # records found per kind: quotes, mentions, numbers

    def describe(self, seconds: float, words: int, where: str = "") -> str:
        """The stage's log line: what was parsed and found, in what time."""
        per_second = max(seconds, 1e-9)
        return (f"extract: {self.parsed_articles} article(s) parsed{where} ({self.failed_articles} failed) -> "
                f"{self.found['quotes']} quote(s), {self.found['mentions']} person mention(s), "
                f"{self.found['numbers']} number(s) in {seconds:.2f} s "
                f"({self.parsed_articles / per_second:.1f} articles/s, {words / per_second:.0f} words/s)")


@dataclass(frozen=True)
class Resolved:
    people: str  # the whole table (canonical names are decided across the dataset)
    person_mentions: str  # this run's mentions
    quotes: str  # this run's quotes, and the stored rows that change (with their new values)
    quote_changes: str  # the stored rows that change: quote_id, file (the part to rewrite), new values
    quote_index: str  # index rows of this run's quotes (and of every stored one if the output had none)
    numbers: str


@dataclass(frozen=True)
class Validated:
    valid: dict[str, str]  # table -> staged rows that passed
    quarantined: dict[str, str]  # table -> staged rows that failed, with a reason column
    quote_changes: str  # from Resolved: the stored quote rows to rewrite in their part files
    quote_index: str  # from Resolved: the index rows to commit
    quarantined_rows: int
    report: str  # the failures, readable

    def describe(self, seconds: float) -> str:
        """The stage's log line (the failures themselves are `report`)."""
        return f"validate: every table checked, {self.quarantined_rows} row(s) quarantined in {seconds:.2f} s"


@dataclass(frozen=True)
class RunResult:
    run: dict  # the row added to `runs`
    summary: list[dict]  # {what, count} rows shown in the Prefect UI and the CLI
    rejects: list[dict]  # this run's rejects: source_path, source_record, reason, detail


def ingest_stage(ctx: RunContext, inputs: list[str], max_bytes: int, max_chars: int = MAX_CHARS) -> Ingested:
    """Inputs -> pending articles (new ones only) and rejects; input files fingerprinted."""
    out = Path(ctx.output)
    files, discovery_rejects = discover_inputs(inputs)
    # Hash before reading: a file still being written when the run reads it is then recorded with an
    # older hash than its final bytes, so the next run reads it again instead of skipping it for good.
    fingerprints = fingerprint_sources([str(f) for f in files], ctx.run_id)
    changed = drop_known_sources(fingerprints, known_sources(read_table(out, "sources")))
    unchanged = set(fingerprints["source_path"]) - set(changed["source_path"])
    docs, rejects = ingest_paths([f for f in files if path_text(f) not in unchanged], max_bytes=max_bytes,
                                 max_chars=max_chars)
    docs = [replace(d, source_path=path_text(d.source_path)) for d in docs]
    rejects = [replace(r, source_path=path_text(r.source_path)) for r in discovery_rejects + rejects]
    known_ids = read_table(out, "articles", ["article_id"])
    pending = pending_articles(docs, ctx.run_id, datetime.now(timezone.utc))
    if known_ids is not None:
        pending = drop_known_articles(pending, known_ids["article_id"])
    new_rejects = drop_known_rejects(reject_frame(rejects, ctx.run_id), read_table(out, "rejects"))
    seen = {d.source_path for d in docs} | {r.source_path for r in rejects}
    return Ingested(
        pending_articles=ctx.stage("pending_articles", pending),
        rejects=ctx.stage("rejects", new_rejects),
        sources=ctx.stage("sources", changed.filter(pl.col("source_path").is_in(list(seen)))),
        input_files=len(seen),
        new_articles=pending.height,
        new_rejects=new_rejects.height,
    )


def outstanding_rejects(output: str, inputs: list[str]) -> pl.DataFrame:
    """Rejects recorded for inputs that are still there under `inputs` and not fixed since.

    A rerun skips inputs it already rejected, so "did this inbox hold a bad input?" (`--strict`)
    is answered from the rejects table, not from what the run added.
    """
    rejects = read_table(Path(output), "rejects")
    if rejects is None:
        return reject_frame([], "")
    roots = [str(absolute_path(p)) for p in inputs]
    under_inputs = pl.any_horizontal(
        [(pl.col("source_path") == r) | pl.col("source_path").str.starts_with(r.rstrip("/") + "/") for r in roots]
    )
    present = rejects.filter(under_inputs)
    present = present.filter(pl.col("source_path").map_elements(lambda p: Path(p).exists(), return_dtype=pl.Boolean))
    articles = read_table(Path(output), "articles", ["source_path", "run_id"])
    if articles is None:
        return present
    # A file fixed after its reject gives an article in a later run: that reject is settled.
    latest = articles.group_by("source_path").agg(pl.col("run_id").max().alias("article_run"))
    return present.join(latest, on="source_path", how="left").filter(
        pl.col("article_run").is_null() | (pl.col("article_run") <= pl.col("run_id"))
    ).drop("article_run")


def deduplicate_stage(ctx: RunContext, ingested: Ingested, threshold: float, shingle_size: int) -> Deduplicated:
    """Pending articles -> articles with content_hash, duplicate_* and story_id decided."""

    pending = read_staged(ingested.pending_articles)
    out = Path(ctx.output)
    # Every column but the shingle sets (the largest): verification asks for the few it compares.
    columns = [c for c in STATE_SCHEMA if c != "shingles"]
    decisions, state = deduplicate_and_group(
        pending.select("article_id", "body", "title", "published_at", "word_count"),
        read_table(out, "dedup", columns) if pending.height else None,
        threshold=threshold,
        shingle_size=shingle_size,
        previous_shingles=lambda ids: state_shingles(out, ids),
    )
    articles = conform("articles", pending.join(decisions, on="article_id", how="left"))
    originals = articles.filter(pl.col("duplicate_kind") == "none")
    return Deduplicated(articles=ctx.stage("articles", articles), dedup=ctx.stage("dedup", state),
                        article_count=articles.height, duplicate_count=articles.height - originals.height,
                        words_to_parse=int(originals["word_count"].sum() or 0))


def state_shingles(output: Path, article_ids: list[str]) -> dict[str, np.ndarray]:
    """The stored shingle sets of these earlier articles (a filtered scan: only their rows)."""
    files = sorted(table_dir(output, "dedup").glob("*.parquet"))
    found = (pl.scan_parquet(files, missing_columns="insert", extra_columns="ignore")
             .select("article_id", "shingles").filter(pl.col("article_id").is_in(article_ids))
             .unique("article_id", keep="first").collect())
    return {aid: np.asarray(sh if sh is not None else [], dtype=np.uint32)
            for aid, sh in zip(found["article_id"], found["shingles"].to_list(), strict=True)}


def extract_stage(ctx: RunContext, deduped: Deduplicated, model_name: str, batch_size: int, n_process: int,
                  on_progress: Callable[[int, int], None] | None = None) -> Extracted:
    """One spaCy pass over the articles that are not duplicates -> extracted records;
    `on_progress(done, total)` after each article."""

    articles = read_staged(deduped.articles)
    originals = articles.filter(pl.col("duplicate_kind") == "none")
    pairs = list(zip(originals["article_id"], originals["body"], strict=True))
    version = "not loaded (nothing new to parse)"
    extractions = {}
    if pairs:  # a rerun with nothing new never pays for loading the model
        nlp = load_pipeline(model_name)
        version = model_version(nlp)
        extractions = extract_articles(nlp, pairs, batch_size=batch_size, n_process=n_process,
                                       on_progress=on_progress)
    return stage_extracted(ctx, extraction_frames(extractions), version, len(pairs))


def stage_extracted(ctx: RunContext, frames: dict[str, pl.DataFrame], model_version: str,
                    parsed_articles: int) -> Extracted:
    """Stage the extracted frames of a run and say what they hold."""
    staged = {name: ctx.stage(f"extracted_{name}", frame) for name, frame in frames.items()}
    return Extracted(**staged, model_version=model_version, parsed_articles=parsed_articles,
                     failed_articles=frames["failures"].height,
                     found={name: frames[name].height for name in ("quotes", "mentions", "numbers")})


def resolve_stage(ctx: RunContext, extracted: Extracted) -> Resolved:
    """Extracted records -> people (whole table), person_mentions (new), quotes (new and changed)."""

    out = Path(ctx.output)
    frames = {name: read_staged(getattr(extracted, name)) for name in ("article_people", "mentions", "quotes")}
    if all(f.is_empty() for f in frames.values()) and has_quote_index(out):
        stored, built = NO_STORED_QUOTES, index_frame([])  # nothing new: no stored quote is read
    else:
        stored, built = open_stored_quotes(out)
    resolved = resolve(frames["article_people"], frames["mentions"], frames["quotes"], read_table(out, "people"),
                       read_table(out, "person_mentions", ["article_id", "person_id", "text"]), stored)
    new_index = index_frame(zip(resolved.quotes["quote_id"], resolved.quotes["text"], strict=True))
    return Resolved(
        people=ctx.stage("people", resolved.people),
        person_mentions=ctx.stage("person_mentions", resolved.person_mentions),
        quotes=ctx.stage("quotes", pl.concat([resolved.quotes, full_rows(resolved.changes)])),
        quote_changes=ctx.stage("quote_changes", resolved.changes),
        quote_index=ctx.stage("quote_index", pl.concat([built, new_index])),
        numbers=extracted.numbers,
    )


def validate_stage(ctx: RunContext, ingested: Ingested, deduped: Deduplicated, extracted: Extracted,
                   resolved: Resolved) -> Validated:
    """Every new or rewritten row through its table's Pandera model and the cross-table checks; bad rows
    quarantined. An article that failed extraction is no article: it becomes a reject with the reason."""

    articles, failed = split_failed_articles(read_staged(deduped.articles), read_staged(extracted.failures))
    tables = {
        "articles": articles,
        "rejects": pl.concat([read_staged(ingested.rejects), reject_frame(failed, ctx.run_id)]),
        **{t: read_staged(getattr(resolved, t)) for t in ("people", "person_mentions", "quotes", "numbers")},
    }
    # Rows point at this run's articles or, for rewritten stored quotes, at their own: only those
    # earlier bodies are read (every earlier id is, for the duplicates that point at one).
    rewritten = tables["quotes"].join(articles.select("article_id"), on="article_id", how="anti")
    earlier = earlier_articles(Path(ctx.output), rewritten["article_id"].unique().to_list())
    result = validate_tables(tables, {"articles": earlier} if earlier is not None else None)
    staged = {t: ctx.stage(f"valid_{t}", f) for t, f in result.valid.items()}
    quarantined = {t: ctx.stage(f"quarantine_{t}", f) for t, f in result.quarantined.items()}
    return Validated(
        valid=staged,
        quarantined=quarantined,
        quote_changes=resolved.quote_changes,
        quote_index=resolved.quote_index,
        quarantined_rows=sum(f.height for f in result.quarantined.values()),
        report=format_failures(result.failures, limit=20),
    )


def earlier_articles(output: Path, with_body: list[str]) -> pl.DataFrame | None:
    """Every committed article_id, with its body for the articles in `with_body` (null for the rest)."""
    ids = read_table(output, "articles", ["article_id"])
    if ids is None:
        return None
    if not with_body:
        return ids.with_columns(pl.lit(None, pl.String).alias("body"))
    files = sorted(table_dir(output, "articles").glob("*.parquet"))
    bodies = (pl.scan_parquet(files).select("article_id", "body")
              .filter(pl.col("article_id").is_in(pl.Series(with_body, dtype=pl.String).implode())).collect())
    return ids.join(bodies, on="article_id", how="left", maintain_order="left")


def split_failed_articles(articles: pl.DataFrame, failures: pl.DataFrame) -> tuple[pl.DataFrame, list[Reject]]:
    """The articles that were extracted, and a reject for each one that failed (by its input)."""
    if failures.is_empty():
        return articles, []
    failed = articles.join(failures, on="article_id", how="inner")
    rejects = [Reject(row["source_path"], row["source_record"], row["reason"],
                      f"{FAILURE_DETAILS.get(row['reason'], 'failed')} ({row['detail']}); the rest of the run was kept")
               for row in failed.iter_rows(named=True)]
    return articles.join(failures, on="article_id", how="anti"), rejects


# How a failed article's reject reads: what happened, and what to do.
FAILURE_DETAILS = {
    "too_long": "the article is too long to parse in one piece: split it or raise --max-chars",
    "parse_failed": "spaCy could not parse the article",
    "extract_failed": "an extractor failed on this article (a newsfold bug: report it with this line)",
}


def run_summary(ctx: RunContext, ingested: Ingested, extracted: Extracted, validated: Validated,
                parameters: dict, flow_run_id: str | None, model_name: str) -> pl.DataFrame:
    """The row this run adds to `runs`."""
    valid = {t: read_staged(p) for t, p in validated.valid.items()}
    articles = valid["articles"]
    rejects = valid["rejects"].height
    quotes_added = (valid["quotes"]["article_id"].is_in(articles["article_id"].implode())).sum()
    row = {
        "run_id": ctx.run_id,
        "flow_run_id": flow_run_id,
        "started_at": ctx.started_at,
        "finished_at": datetime.now(timezone.utc),
        "status": "completed_with_rejects" if rejects else "completed",
        "input_files": ingested.input_files,
        "articles_added": articles.height,
        "rejects_added": rejects,
        "duplicates_added": articles.filter(pl.col("duplicate_kind") != "none").height,
        "quotes_added": int(quotes_added),
        "person_mentions_added": valid["person_mentions"].height,
        "numbers_added": valid["numbers"].height,
        "people_total": valid["people"].height,
        "words_parsed": int(articles.filter(pl.col("duplicate_kind") == "none")["word_count"].sum()),
        "quarantined_rows": validated.quarantined_rows,
        "parameters": json.dumps(parameters, sort_keys=True, default=str),
        "code_version": __version__,
        "model_name": model_name,
        "model_version": extracted.model_version,
    }
    return table_frame("runs", [row])


def export_stage(ctx: RunContext, ingested: Ingested, deduped: Deduplicated, validated: Validated,
                 run_row: pl.DataFrame) -> dict[str, str]:
    """Commit the run: every table file, the state and the quarantine, all or nothing."""
    out = Path(ctx.output)
    files: dict[str, str] = dict(validated.valid)
    files["runs"] = ctx.stage("valid_runs", run_row)
    moves: list[Move] = []
    changes = read_staged(validated.quote_changes)
    valid_quotes = read_staged(files["quotes"])
    # Rewritten stored rows go back into their own part files; this run's rows make its part.
    for n, (path, content) in enumerate(rewritten_parts(changes, valid_quotes).items()):
        moves.append(Move(ctx.stage(f"rewritten_quotes_{n}", content), path))
    files["quotes"] = ctx.stage("new_quotes", valid_quotes.join(changes.select("quote_id"), on="quote_id",
                                                                how="anti"))
    for table, path in files.items():
        if table in APPENDED_TABLES and read_staged(path).is_empty():
            continue  # an empty part file adds nothing but clutter
        moves.append(Move(path, str(destination(out, table, ctx.run_id))))
    for table, path in validated.quarantined.items():
        moves.append(Move(path, str(destination(out, table, ctx.run_id, quarantine=True))))
    index = read_staged(validated.quote_index)
    if "quotes" in validated.quarantined:  # a quarantined quote leaves no key
        index = index.join(read_staged(validated.quarantined["quotes"]).select("quote_id"), on="quote_id", how="anti")
    if not index.is_empty():
        moves.append(Move(ctx.stage("valid_quote_index", index), str(destination(out, "quote_index", ctx.run_id))))
    # Dedup state only for articles that were committed: a quarantined article must not become the
    # kept copy that later duplicates point at.
    kept_ids = read_staged(files["articles"])["article_id"].implode()
    state = read_staged(deduped.dedup).filter(pl.col("article_id").is_in(kept_ids))
    if not state.is_empty():
        moves.append(Move(ctx.stage("valid_dedup", state), str(destination(out, "dedup", ctx.run_id))))
    if not read_staged(ingested.sources).is_empty():
        moves.append(Move(ingested.sources, str(destination(out, "sources", ctx.run_id))))
    commit_run(out, ctx.run_id, moves)
    return {m.dst: m.src for m in moves}


def finish_run(ctx: RunContext, ingested: Ingested, extracted: Extracted, deduped: Deduplicated,
               validated: Validated, parameters: dict, flow_run_id: str | None, model_name: str) -> RunResult:
    """Record the run, commit it, and return what the caller reports: the run row, the summary rows
    and this run's rejects."""
    run_row = run_summary(ctx, ingested, extracted, validated, parameters, flow_run_id, model_name)
    rejects = read_staged(validated.valid["rejects"])
    export_stage(ctx, ingested, deduped, validated, run_row)
    return RunResult(run=run_row.row(0, named=True), summary=summary_rows(run_row, rejects),
                     rejects=rejects.select("source_path", "source_record", "reason", "detail").to_dicts())


def summary_rows(run_row: pl.DataFrame, rejects: pl.DataFrame) -> list[dict]:
    """Rows of the run summary shown in the Prefect UI and the CLI."""
    row = run_row.row(0, named=True)
    rows = [{"what": k.removesuffix("_added").replace("_", " "), "count": row[k]}
            for k in ("input_files", "articles_added", "duplicates_added", "rejects_added", "quotes_added",
                      "person_mentions_added", "numbers_added", "people_total", "quarantined_rows")]
    for (reason,), group in rejects.group_by("reason", maintain_order=True):
        rows.append({"what": f"rejected: {reason}", "count": group.height})
    return rows


