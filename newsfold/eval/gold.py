"""Reading gold files: JSONL, one document (or sentence) a line, blank lines skipped."""

from __future__ import annotations

import json
from pathlib import Path

from newsfold.eval.splits import select


def read_gold(gold_path: Path | str, limit: int | None = None, split: str = "all") -> list[dict]:
    """The records of a JSONL gold file in one split (newsfold.eval.splits: all, tune, or the
    heldout part set aside; decided over the whole file), the first `limit` of them when given."""
    with open(gold_path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    if split != "all":
        records = select(records, split)
    return records if limit is None else records[:limit]
