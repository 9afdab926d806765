"""Forked parse workers exit cleanly beside a running Prefect service (spaCy warning W127 otherwise)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A Prefect queue service running in the parent, as the flow's log worker does, then a parse over two
# forked workers: each worker's exit code is checked by spaCy, which warns W127 when one is not 0.
PARSE_BESIDE_A_SERVICE = """
import warnings, spacy
from prefect._internal.concurrency.services import QueueService
class Echo(QueueService[int]):
    async def _handle(self, item):
        pass
Echo.instance().send(1)
from newsfold.nlp.pipeline import parse_texts
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    docs = list(parse_texts(spacy.blank("en"), ["One text.", "Two texts.", "Three."] * 4, batch_size=2, n_process=2))
print(len(docs), sum("W127" in str(w.message) for w in caught))
"""


def test_forked_parse_workers_exit_cleanly_beside_a_prefect_service():
    out = subprocess.run([sys.executable, "-c", PARSE_BESIDE_A_SERVICE], cwd=ROOT, capture_output=True,
                         text=True, timeout=300, check=True).stdout.split()
    assert out[-2:] == ["12", "0"]
