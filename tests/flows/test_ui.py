"""What a user sees of a run in the Prefect UI, against a real `prefect server` on a free port: the
report, summary and progress artifacts and each task's log line through the API, then the run page and
the report in headless Chromium (Debian's, driven by Playwright)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# As the machine's probe starts it: no sandbox as root, no network beyond localhost.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    """A real Prefect server for this module; yields its base URL (stopped at the end)."""
    home = tmp_path_factory.mktemp("prefect-home")
    port = free_port()
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_API_URL": f"http://127.0.0.1:{port}/api"}
    env.pop("PREFECT_API_URL", None)
    log = open(home / "server.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if server.poll() is not None:
            pytest.fail(f"prefect server exited: {(home / 'server.log').read_text()[-2000:]}")
        time.sleep(0.5)
    else:
        server.terminate()
        pytest.fail("prefect server did not answer within 120 s")
    yield url
    server.terminate()
    server.wait(timeout=30)
    log.close()


@pytest.fixture(scope="module")
def seed_run(prefect_server, tmp_path_factory, seeds_dir):
    """`newsfold run` over the seeds and one bad input, reporting to the server; -> (flow run id, output)."""
    root = tmp_path_factory.mktemp("ui-run")
    inbox = root / "inbox"
    shutil.copytree(seeds_dir, inbox)
    (inbox / "garbage.txt").write_text("ⅴ" * 1400, encoding="utf-8")
    env = {**os.environ, "PREFECT_API_URL": f"{prefect_server}/api", "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_LOGGING_LEVEL": "INFO"}  # the test session quiets Prefect to WARNING
    done = subprocess.run([sys.executable, "-m", "newsfold.cli", "run", str(inbox), "--output", str(root / "out")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    runs = httpx.post(f"{prefect_server}/api/flow_runs/filter", json={"limit": 5}).json()
    (flow_run,) = [r for r in runs if r["state_type"] == "COMPLETED"]
    return flow_run["id"], root / "out"


def artifacts(url: str, flow_run_id: str) -> dict[str, dict]:
    found = httpx.post(f"{url}/api/artifacts/filter",
                       json={"artifacts": {"flow_run_id": {"any_": [flow_run_id]}}}).json()
    return {a["key"]: a for a in found}


@pytest.mark.slow
def test_the_run_shows_its_report_summary_progress_and_stage_logs(prefect_server, seed_run):
    flow_run_id, _ = seed_run
    found = artifacts(prefect_server, flow_run_id)
    report = found["news-pipeline-report"]
    assert report["type"] == "markdown"
    for part in ("## Inputs and what became of them", "## Rejects by reason", "`not_text`", "garbage.txt",
                 "## Stages", "words/s", "## Stories this run touched", "## Most quoted speakers",
                 "Donald Trump", "## Health against earlier runs", "## Output tables"):
        assert part in report["data"], part
    assert found["news-pipeline-summary"]["type"] == "table"
    progress = found["news-pipeline-progress"]
    assert progress["type"] == "progress" and float(progress["data"]) == 100.0
    logs = httpx.post(f"{prefect_server}/api/logs/filter",
                      json={"logs": {"flow_run_id": {"any_": [flow_run_id]}}, "limit": 200}).json()
    messages = [entry["message"] for entry in logs]
    for stage in ("ingest", "deduplicate", "extract", "resolve", "validate", "export", "report"):
        assert any(m.startswith(f"{stage}: ") for m in messages), (stage, messages[:40])
    assert any("5 article(s) parsed" in m for m in messages)


@pytest.mark.slow
def test_a_browser_finds_the_run_and_its_report(prefect_server, seed_run, tmp_path):
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (apt-get install chromium; .ci/run installs it)")
    from playwright.sync_api import sync_playwright

    flow_run_id, _ = seed_run
    report_id = artifacts(prefect_server, flow_run_id)["news-pipeline-report"]["id"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{prefect_server}/runs/flow-run/{flow_run_id}", timeout=60_000)
        page.get_by_text("news-pipeline").first.wait_for(timeout=60_000)
        page.get_by_text("Completed").first.wait_for(timeout=60_000)
        page.screenshot(path=str(tmp_path / "run.png"))
        page.goto(f"{prefect_server}/artifacts/artifact/{report_id}", timeout=60_000)
        page.get_by_text("Rejects by reason").first.wait_for(timeout=60_000)
        assert page.get_by_text("garbage.txt").count() >= 1
        assert page.get_by_text("Most quoted speakers").count() >= 1
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        browser.close()
