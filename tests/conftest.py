"""Shared fixtures: one spaCy model per test session, paths to the seeds and ../shared."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

# Tests assert behaviour, never speed: hypothesis's 200 ms per-example deadline failed at random on a
# loaded two-core machine (tests/ingest/test_documents.py while a model trained beside it).
hypothesis_settings.register_profile("newsfold", deadline=None)
hypothesis_settings.load_profile("newsfold")

# Prefect reads its settings at import: tests get a throwaway home, never the user's or the project's.
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="newsfold-prefect-")
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
# Subprocess runs start a temporary server each (see newsfold.settings.PREFECT_STARTUP_SECONDS).
from newsfold import settings  # noqa: E402 - settings imports nothing of Prefect
from newsfold.settings import PREFECT_STARTUP_SECONDS  # noqa: E402

os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", str(PREFECT_STARTUP_SECONDS))
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"
SHARED_DIR = Path(os.environ.get("NEWSFOLD_SHARED", PROJECT_ROOT.parent / "shared"))
MODEL_NAME = os.environ.get("NEWSFOLD_MODEL", settings.MODEL_NAME)


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline as the pipeline loads it, once for the whole session."""
    from newsfold.nlp.pipeline import load_pipeline

    return load_pipeline(MODEL_NAME)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS_DIR


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Raw text of each seed file, keyed by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))}


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (corpora and gold sets); tests that need it skip when it is missing."""
    if not SHARED_DIR.exists():
        pytest.skip(f"shared data not found at {SHARED_DIR}")
    return SHARED_DIR


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test server for the whole session (each start costs 10-20 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
