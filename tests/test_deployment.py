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
