"""The set-aside part of dev is fixed by the document id alone."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, strategies as st

from newsfold.eval.splits import gold_id, heldout_ids, select


@given(st.lists(st.text(min_size=1), unique=True, max_size=40))
def test_tune_and_heldout_partition_all(ids):
    docs = [{"doc_id": i} for i in ids]
    tune, heldout = select(docs, "tune"), select(docs, "heldout")
    assert len(tune) + len(heldout) == len(docs)
    assert {d["doc_id"] for d in tune}.isdisjoint(d["doc_id"] for d in heldout)
    assert select(docs, "all") == docs


def test_the_choice_depends_on_the_id_only():
    assert heldout_ids(["a", "b", "c", "d", "e"]) == heldout_ids(["e", "d", "c", "b", "a"])
    assert len(heldout_ids(["a", "b", "c", "d", "e"])) == 2
    assert gold_id({"id": "nq-3"}) == gold_id({"doc_id": "nq-3"}) == "nq-3"
    with pytest.raises(ValueError):
        select([{"doc_id": "a"}], "test")


def test_about_a_quarter_of_each_dev_set_is_set_aside(shared_dir):
    for name in ("polnear_dev.jsonl", "ggt_dev.jsonl", "newsquant_dev.jsonl"):
        docs = [json.loads(line) for line in (shared_dir / "eval" / name).open(encoding="utf-8")]
        share = len(select(docs, "heldout")) / len(docs)
        assert 0.24 < share < 0.28, (name, share)
