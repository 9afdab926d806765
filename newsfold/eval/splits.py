"""The part of each dev set that is set aside: never looked into while rules and models are chosen,
scored only for the figures a closing note reports.

The documents of a gold file are ranked by the sha256 of their ids and the first quarter (rounded
up) is set aside: the choice is fixed by the ids alone (stable across runs and machines, exactly a
quarter even of a small set) and independent of anything the extractors do. `tune` is the rest of dev: error analysis and choosing between variants
happen there. Training data (PolNeAR train) is never split: it is all for fitting.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

SPLITS = ("all", "tune", "heldout")
HELDOUT_SHARE = 4  # one document in this many is set aside


def gold_id(doc: dict) -> str:
    """The id a gold document is known by in every gold layout (PolNeAR, the tracker, NewsQuant)."""
    for key in ("doc_id", "id"):
        if doc.get(key):
            return str(doc[key])
    raise ValueError("gold document without an id ('doc_id' or 'id')")


def rank_key(doc_id: str) -> bytes:
    return hashlib.sha256(f"newsfold-heldout:{doc_id}".encode("utf-8")).digest()


def heldout_ids(ids: Iterable[str]) -> set[str]:
    """The ids set aside among `ids`: a quarter, rounded up, of the lowest hashes."""
    ranked = sorted(set(ids), key=rank_key)
    return set(ranked[:-(-len(ranked) // HELDOUT_SHARE)])


def select(docs: Iterable[dict], split: str) -> list[dict]:
    """The documents of `split`: all of them, the tuning part, or the part set aside."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; one of {', '.join(SPLITS)}")
    docs = list(docs)
    if split == "all":
        return docs
    aside = heldout_ids(gold_id(d) for d in docs)
    return [d for d in docs if (gold_id(d) in aside) == (split == "heldout")]
