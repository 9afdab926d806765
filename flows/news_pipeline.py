"""The `news-pipeline` flow: ingest -> deduplicate -> extract -> resolve -> validate -> export.

Each task is a thin wrapper over a stage in `newsfold.stages`; tasks pass Parquet paths, never
DataFrames. All configuration is a flow parameter, so a deployment or `newsfold run` can set it.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from newsfold import settings, stages
from newsfold.ids import new_run_id
from newsfold.errors import RunFailed
from newsfold.store.output import discard_run, output_lock, recover_interrupted_runs

# Stages are pure functions of their inputs and the committed output; Prefect-level caching would
# only hide reruns, so it is off and results are not persisted.
TASK_OPTIONS = {"cache_policy": NO_CACHE, "persist_result": False}


@task(name="recover", **TASK_OPTIONS)
def recover(output_dir: str) -> list[str]:
    return recover_interrupted_runs(Path(output_dir))


@task(name="ingest", **TASK_OPTIONS)
def ingest(ctx: stages.RunContext, inputs: list[str], max_bytes: int, max_chars: int) -> stages.Ingested:
    return stages.ingest_stage(ctx, inputs, max_bytes, max_chars)


@task(name="deduplicate", **TASK_OPTIONS)
def deduplicate(ctx: stages.RunContext, ingested: stages.Ingested, threshold: float,
                shingle_size: int) -> stages.Deduplicated:
    return stages.deduplicate_stage(ctx, ingested, threshold, shingle_size)


@task(name="extract", **TASK_OPTIONS)
def extract(ctx: stages.RunContext, deduped: stages.Deduplicated, model_name: str, batch_size: int,
            n_process: int) -> stages.Extracted:
    return stages.extract_stage(ctx, deduped, model_name, batch_size, n_process)


@task(name="resolve", **TASK_OPTIONS)
def resolve(ctx: stages.RunContext, extracted: stages.Extracted) -> stages.Resolved:
    return stages.resolve_stage(ctx, extracted)


@task(name="validate", **TASK_OPTIONS)
def validate(ctx: stages.RunContext, ingested: stages.Ingested, deduped: stages.Deduplicated,
             extracted: stages.Extracted, resolved: stages.Resolved) -> stages.Validated:
    return stages.validate_stage(ctx, ingested, deduped, extracted, resolved)


@task(name="export", **TASK_OPTIONS)
def export(ctx: stages.RunContext, ingested: stages.Ingested, extracted: stages.Extracted,
           deduped: stages.Deduplicated, validated: stages.Validated, parameters: dict,
           model_name: str) -> stages.RunResult:
    return stages.finish_run(ctx, ingested, extracted, deduped, validated, parameters,
                             str(flow_run.id) if flow_run.id else None, model_name)


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
) -> stages.RunResult:
    """Turn the news files under `inputs` into the tables of `output_dir`; returns the run row."""
    logger = get_run_logger()
    parameters = {"inputs": inputs, "output_dir": output_dir, "model_name": model_name,
                  "batch_size": batch_size, "n_process": n_process, "max_bytes": max_bytes, "max_chars": max_chars,
                  "near_threshold": near_threshold, "shingle_size": shingle_size}
    with output_lock(Path(output_dir)):
        for note in recover(output_dir):
            logger.warning(note)
        ctx = stages.RunContext(output_dir, new_run_id(), datetime.now(timezone.utc))
        try:
            ingested = ingest(ctx, inputs, max_bytes, max_chars)
            deduped = deduplicate(ctx, ingested, near_threshold, shingle_size)
            extracted = extract(ctx, deduped, model_name, batch_size, n_process)
            resolved = resolve(ctx, extracted)
            validated = validate(ctx, ingested, deduped, extracted, resolved)
            if validated.quarantined_rows:
                logger.warning("quarantined %d row(s):\n%s", validated.quarantined_rows, validated.report)
            result = export(ctx, ingested, extracted, deduped, validated, parameters, model_name)
        except BaseException as exc:
            discard_run(Path(output_dir), ctx.run_id)  # a full disk gets its space back at once
            if isinstance(exc, RunFailed):
                logger.error("run %s failed: %s", ctx.run_id, exc)
            raise
    create_table_artifact(
        key="news-pipeline-summary",
        table=result.summary,
        description=f"newsfold run {ctx.run_id}: counts added per table, rejects by reason",
    )
    logger.info("run %s committed: %s", ctx.run_id,
                ", ".join(f"{r['what']}={r['count']}" for r in result.summary))
    return result


if __name__ == "__main__":
    news_pipeline()
