"""The deployment in prefect.yaml points at a real flow and has a valid schedule; the flow loads."""

from __future__ import annotations

import importlib
from pathlib import Path

import yaml
from cronsim import CronSim
from datetime import datetime

ROOT = Path(__file__).resolve().parent.parent


def test_deployment_entrypoint_and_schedule():
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    (deployment,) = config["deployments"]
    path, name = deployment["entrypoint"].split(":")
    assert (ROOT / path).is_file()
    module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
    flow = getattr(module, name)
    assert flow.name == "news-pipeline"
    assert set(deployment["parameters"]) <= set(flow.parameters.properties)
    (schedule,) = deployment["schedules"]
    next(CronSim(schedule["cron"], datetime(2025, 1, 1)))
    assert deployment["work_pool"]["name"]


def test_flow_tasks_are_the_pipeline_steps():
    from flows import news_pipeline as module

    for step in ("ingest", "deduplicate", "extract", "resolve", "validate", "export"):
        assert getattr(module, step).name == step


def test_deployment_parameters_agree_with_the_settings():
    """prefect.yaml writes the defaults again (a deployment must name its parameters): they must be
    the ones newsfold.settings defines, and the flow's and the CLI's defaults are those too."""
    import inspect

    from flows.news_pipeline import news_pipeline
    from newsfold import settings
    from newsfold.cli import build_parser

    expected = {"output_dir": settings.OUTPUT_DIR, "model_name": settings.MODEL_NAME,
                "batch_size": settings.BATCH_SIZE, "n_process": settings.N_PROCESS,
                "max_bytes": settings.MAX_BYTES, "max_chars": settings.MAX_CHARS, "near_threshold": settings.NEAR_THRESHOLD,
                "shingle_size": settings.SHINGLE_SIZE, "executor": settings.EXECUTOR,
                "dask_address": settings.DASK_ADDRESS, "n_workers": settings.N_WORKERS,
                "articles_per_task": settings.ARTICLES_PER_TASK}
    (deployment,) = yaml.safe_load((ROOT / "prefect.yaml").read_text())["deployments"]
    for name, value in deployment["parameters"].items():
        if name in expected:
            assert value == expected[name], f"prefect.yaml sets {name}={value!r}, settings say {expected[name]!r}"
    signature = inspect.signature(news_pipeline.fn)
    assert {n: signature.parameters[n].default for n in expected} == expected
    run = build_parser().parse_args(["run", "x"])
    cli = {"output_dir": run.output, "model_name": run.model, "batch_size": run.batch_size,
           "n_process": run.n_process, "max_bytes": run.max_bytes, "max_chars": run.max_chars,
           "near_threshold": run.near_threshold,
           "shingle_size": run.shingle_size, "executor": run.executor, "dask_address": run.dask_address,
           "n_workers": run.workers, "articles_per_task": run.articles_per_task}
    assert cli == expected
