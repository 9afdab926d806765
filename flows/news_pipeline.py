"""The `news-pipeline` flow: ingest -> deduplicate -> extract -> resolve -> validate -> export -> report.

Each task is a thin wrapper over a stage in `newsfold.stages`; tasks pass Parquet paths, never
DataFrames. All configuration is a flow parameter, so a deployment or `newsfold run` can set it.
What a user sees of a run lives here too: one log line per task with its counts and time, a live
progress artifact while articles are parsed, and a markdown report per run (`newsfold.report`).
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_progress_artifact, create_table_artifact, \
    update_progress_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.server.api.server import SubprocessASGIServer
from prefect.settings import get_current_settings

from newsfold import batches, settings, stages
from newsfold.errors import RunFailed
from newsfold.ids import new_run_id
from newsfold.report.progress import TerminalBar, Throttled
from newsfold.report.run_report import StageTime, collect_run_facts, render_report
from newsfold.store.output import discard_run, output_lock
from newsfold.store.recovery import recover_interrupted_runs

# Stages are pure functions of their inputs and the committed output; Prefect-level caching would
# only hide reruns, so it is off and results are not persisted.
TASK_OPTIONS = {"cache_policy": NO_CACHE, "persist_result": False}
# Artifact keys stay the same across runs, so the Artifacts page keeps each one's history.
REPORT_KEY = "news-pipeline-report"
PROGRESS_KEY = "news-pipeline-progress"
SUMMARY_KEY = "news-pipeline-summary"


@task(name="recover", **TASK_OPTIONS)
def recover(output_dir: str) -> list[str]:
    return recover_interrupted_runs(Path(output_dir))


@task(name="ingest", **TASK_OPTIONS)
def ingest(ctx: stages.RunContext, inputs: list[str], max_bytes: int, max_chars: int) -> stages.Ingested:
    started = time.perf_counter()
    ingested = stages.ingest_stage(ctx, inputs, max_bytes, max_chars)
    get_run_logger().info(ingested.describe(time.perf_counter() - started))
    return ingested


@task(name="deduplicate", **TASK_OPTIONS)
def deduplicate(ctx: stages.RunContext, ingested: stages.Ingested, threshold: float,
                shingle_size: int) -> stages.Deduplicated:
    started = time.perf_counter()
    deduped = stages.deduplicate_stage(ctx, ingested, threshold, shingle_size)
    get_run_logger().info(deduped.describe(time.perf_counter() - started))
    return deduped


@task(name="extract", **TASK_OPTIONS)
def extract(ctx: stages.RunContext, deduped: stages.Deduplicated, model_name: str, batch_size: int,
            n_process: int) -> stages.Extracted:
    started = time.perf_counter()
    progress_id = create_progress_artifact(progress=0.0, key=PROGRESS_KEY,
                                           description=f"articles parsed in run {ctx.run_id}")
    to_ui = Throttled(lambda done, total: update_progress_artifact(
        progress_id, 100.0 * done / total, description=f"{done:,} of {total:,} articles parsed in run {ctx.run_id}"))
    bar = TerminalBar("extract")

    def on_progress(done: int, total: int) -> None:
        to_ui(done, total)
        bar(done, total)

    extracted = stages.extract_stage(ctx, deduped, model_name, batch_size, n_process, on_progress)
    if not extracted.parsed_articles:
        update_progress_artifact(progress_id, 100.0, description=f"nothing new to parse in run {ctx.run_id}")
    get_run_logger().info(extracted.describe(time.perf_counter() - started, deduped.words_to_parse))
    return extracted


@task(name="extract-batch", **TASK_OPTIONS)
def extract_batch(batch_path: str, model_name: str, batch_size: int) -> batches.ExtractedPart:
    """One batch of articles parsed on a Dask worker; only paths go in and out."""
    return batches.extract_batch(batch_path, model_name, batch_size)


def dask_task_runner(dask_address: str | None, n_workers: int):
    """Prefect's Dask task runner: on the scheduler at `dask_address`, or on a local cluster of
    `n_workers` single-threaded worker processes (spaCy holds the GIL: processes, not threads)."""
    from prefect_dask import DaskTaskRunner

    if dask_address:  # its workers report to the Prefect API their own environment names
        return DaskTaskRunner(address=dask_address)
    # The local workers report task runs to this flow's API; a temporary server is only known to this
    # process, so its address goes into the workers' environment.
    api_url = get_current_settings().api.url
    if not api_url:
        server = SubprocessASGIServer()
        api_url = server.api_url if server.running else None
    return DaskTaskRunner(cluster_class="distributed.LocalCluster",
                          cluster_kwargs={"n_workers": n_workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None,
                                          "env": {"PREFECT_API_URL": api_url} if api_url else {}})


@flow(name="extract-on-dask")
def extract_on_dask(ctx: stages.RunContext, deduped: stages.Deduplicated, model_name: str, batch_size: int,
                    articles_per_task: int) -> stages.Extracted:
    """Extraction fanned out: one `extract-batch` task per staged batch on the flow's Dask task runner,
    then the merge into the one `Extracted` the in-process path gives (same rows, same order)."""
    started = time.perf_counter()
    batch_paths = batches.stage_extract_batches(ctx, deduped, articles_per_task)
    progress_id = create_progress_artifact(progress=0.0, key=PROGRESS_KEY,
                                           description=f"batches parsed in run {ctx.run_id}")
    futures = [extract_batch.submit(path, model_name, batch_size) for path in batch_paths]
    parts: list[batches.ExtractedPart] = []
    for done, future in enumerate(futures, start=1):  # in batch order: the merge keeps article order
        parts.append(future.result())
        update_progress_artifact(progress_id, 100.0 * done / len(futures),
                                 description=f"{done} of {len(futures)} batches parsed in run {ctx.run_id}")
    extracted = batches.merge_extracted(ctx, parts)
    get_run_logger().info(extracted.describe(time.perf_counter() - started, deduped.words_to_parse,
                                             where=f" in {len(batch_paths)} task(s) on Dask"))
    return extracted


@task(name="resolve", **TASK_OPTIONS)
def resolve(ctx: stages.RunContext, extracted: stages.Extracted) -> stages.Resolved:
    started = time.perf_counter()
    resolved = stages.resolve_stage(ctx, extracted)
    get_run_logger().info("resolve: people, speakers and quote groups linked across the dataset in %.2f s",
                          time.perf_counter() - started)
    return resolved


@task(name="validate", **TASK_OPTIONS)
def validate(ctx: stages.RunContext, ingested: stages.Ingested, deduped: stages.Deduplicated,
             extracted: stages.Extracted, resolved: stages.Resolved) -> stages.Validated:
    started = time.perf_counter()
    validated = stages.validate_stage(ctx, ingested, deduped, extracted, resolved)
    logger = get_run_logger()
    logger.info(validated.describe(time.perf_counter() - started))
    if validated.quarantined_rows:
        logger.warning("quarantined %d row(s):\n%s", validated.quarantined_rows, validated.report)
    return validated


@task(name="export", **TASK_OPTIONS)
def export(ctx: stages.RunContext, ingested: stages.Ingested, extracted: stages.Extracted,
           deduped: stages.Deduplicated, validated: stages.Validated, parameters: dict,
           model_name: str) -> stages.RunResult:
    started = time.perf_counter()
    result = stages.finish_run(ctx, ingested, extracted, deduped, validated, parameters,
                               str(flow_run.id) if flow_run.id else None, model_name)
    get_run_logger().info("export: run %s committed to %s in %.2f s", ctx.run_id, ctx.output,
                          time.perf_counter() - started)
    return result


@task(name="report", **TASK_OPTIONS)
def report(ctx: stages.RunContext, result: stages.RunResult, timings: list[StageTime]) -> list[str]:
    """The run's markdown report as an artifact; returns the health warnings (also logged)."""
    started = time.perf_counter()
    facts = collect_run_facts(ctx.output, result.run, result.rejects)
    create_markdown_artifact(key=REPORT_KEY, markdown=render_report(facts, timings),
                             description=f"newsfold run {ctx.run_id}: inputs, rejects, stages, stories, "
                                         f"speakers, health")
    create_table_artifact(key=SUMMARY_KEY, table=result.summary,
                          description=f"newsfold run {ctx.run_id}: counts added per table, rejects by reason")
    logger = get_run_logger()
    warnings = [rate.warning for rate in facts.health if rate.warning]
    for warning in warnings:
        logger.warning("health: %s", warning)
    logger.info("report: written as artifact %r in %.2f s (%d health warning(s))", REPORT_KEY,
                time.perf_counter() - started, len(warnings))
    return warnings


@flow(name="news-pipeline", log_prints=True)
def news_pipeline(
    inputs: list[str] = list(settings.INPUTS),  # noqa: B006 (Prefect needs a JSON default)
    output_dir: str = settings.OUTPUT_DIR,
    model_name: str = settings.MODEL_NAME,
    batch_size: int = settings.BATCH_SIZE,
    n_process: int = settings.N_PROCESS,
    max_bytes: int = settings.MAX_BYTES,
    max_chars: int = settings.MAX_CHARS,
    near_threshold: float = settings.NEAR_THRESHOLD,
    shingle_size: int = settings.SHINGLE_SIZE,
    executor: str = settings.EXECUTOR,
    dask_address: str | None = settings.DASK_ADDRESS,
    n_workers: int = settings.N_WORKERS,
    articles_per_task: int = settings.ARTICLES_PER_TASK,
) -> stages.RunResult:
    """Turn the news files under `inputs` into the tables of `output_dir`; returns the run row."""
    logger = get_run_logger()
    if executor not in ("local", "dask"):
        raise ValueError(f"executor must be 'local' or 'dask', not {executor!r}")
    parameters = {"inputs": inputs, "output_dir": output_dir, "model_name": model_name,
                  "batch_size": batch_size, "n_process": n_process, "max_bytes": max_bytes, "max_chars": max_chars,
                  "near_threshold": near_threshold, "shingle_size": shingle_size, "executor": executor,
                  "dask_address": dask_address, "n_workers": n_workers, "articles_per_task": articles_per_task}
    timings: list[StageTime] = []

    def timed(stage: str, unit: str, items, words=None):
        """Record a stage's wall time and what it worked through (items and words: callables of its result)."""
        def run(call, *args):
            started = time.perf_counter()
            result = call(*args)
            timings.append(StageTime(stage, time.perf_counter() - started, items(result), unit,
                                     words(result) if words else None))
            return result
        return run

    with output_lock(Path(output_dir)):
        for note in recover(output_dir):
            logger.warning(note)
        ctx = stages.RunContext(output_dir, new_run_id(), datetime.now(timezone.utc))
        try:
            ingested = timed("ingest", "files", lambda r: r.input_files)(ingest, ctx, inputs, max_bytes, max_chars)
            deduped = timed("deduplicate", "articles", lambda r: r.article_count)(
                deduplicate, ctx, ingested, near_threshold, shingle_size)
            timed_extract = timed("extract", "articles", lambda r: r.parsed_articles,
                                  lambda r: deduped.words_to_parse)
            if batches.runs_on_dask(executor, deduped, articles_per_task):
                distributed = extract_on_dask.with_options(task_runner=dask_task_runner(dask_address, n_workers))
                extracted = timed_extract(distributed, ctx, deduped, model_name, batch_size, articles_per_task)
            else:
                extracted = timed_extract(extract, ctx, deduped, model_name, batch_size, n_process)
            resolved = timed("resolve", "articles", lambda r: extracted.parsed_articles)(resolve, ctx, extracted)
            validated = timed("validate", "articles", lambda r: deduped.article_count)(
                validate, ctx, ingested, deduped, extracted, resolved)
            result = timed("export", "articles", lambda r: deduped.article_count)(
                export, ctx, ingested, extracted, deduped, validated, parameters, model_name)
        except BaseException as exc:
            discard_run(Path(output_dir), ctx.run_id)  # a full disk gets its space back at once
            if isinstance(exc, RunFailed):
                logger.error("run %s failed: %s", ctx.run_id, exc)
            raise
    report(ctx, result, timings)
    logger.info("run %s committed: %s", ctx.run_id,
                ", ".join(f"{r['what']}={r['count']}" for r in result.summary))
    return result


if __name__ == "__main__":
    news_pipeline()
