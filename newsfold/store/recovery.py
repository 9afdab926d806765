"""Recovery at the start of a run: finish what an interrupted run or compaction had journalled,
discard what it had not (see newsfold/store/output.py for the commit protocol)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from newsfold.store.compact import finish_compaction
from newsfold.store.output import JOURNAL, STAGING, Move, apply_moves, remove_if_empty


def recover_interrupted_runs(output: Path) -> list[str]:
    """Finish commits that had written their journal; discard runs that had not. Returns notes."""
    root = Path(output) / STAGING
    notes: list[str] = []
    if not root.is_dir():
        return notes
    for staging in sorted(p for p in root.iterdir() if p.is_dir()):
        journal = staging / JOURNAL
        if journal.exists() and staging.name.startswith("compact-"):
            finish_compaction(staging)
            notes.append(f"finished the interrupted {staging.name}")
            continue
        if journal.exists():
            moves = [Move(**m) for m in json.loads(journal.read_text(encoding="utf-8"))]
            apply_moves(moves)
            notes.append(f"finished the interrupted commit of {staging.name}")
        else:
            notes.append(f"discarded the uncommitted work of {staging.name}")
        shutil.rmtree(staging, ignore_errors=True)
    remove_if_empty(root)
    return notes
