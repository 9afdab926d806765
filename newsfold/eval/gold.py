"""Reading gold files: JSONL, one document (or sentence) a line, blank lines skipped."""

from __future__ import annotations

import json
from pathlib import Path


def read_gold(gold_path: Path | str, limit: int | None = None) -> list[dict]:
    """The first `limit` records of a JSONL gold file (all when None)."""
    records: list[dict] = []
    with open(gold_path, encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(records) >= limit:
                break
            if line.strip():
                records.append(json.loads(line))
    return records
