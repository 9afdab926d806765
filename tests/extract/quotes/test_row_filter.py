"""The learned row filter: the shipped weights, keeping and dropping rows, training on a tiny set."""

from __future__ import annotations

import json

import pytest

from newsfold.eval.train_row_filter import choose, fit, labelled_rows
from newsfold.extract.people.extractor import extract_people
from newsfold.extract.quotes import row_filter as RF
from newsfold.extract.quotes.extractor import extract_quotes

TEXT = ('The minister said, "We will build the bridge next year." '
        "Critics worry that the costs of the project could double.")


@pytest.fixture(autouse=True)
def filter_on(rules_only_rows, monkeypatch):
    monkeypatch.setattr(RF, "active", True)


def _rows(nlp, monkeypatch, model):
    doc = nlp(TEXT)
    people, mentions = extract_people(doc)
    monkeypatch.setattr(RF, "filter_override", model)
    return doc, extract_quotes(doc, people, mentions)


def test_shipped_weights_load_and_hold_no_text():
    with open(RF.MODEL_PATH, encoding="utf-8") as f:
        raw = json.load(f)
    assert set(raw) == {"bias", "threshold", "meta", "weights"}
    model = RF.load_filter()
    assert model is not None and 0 < model.threshold < 1
    assert all("=" in k or k.isidentifier() for k in model.weights)
    assert max(len(k) for k in model.weights) < 60  # feature names, no sentences
    assert RF.MODEL_PATH.stat().st_size < 1_000_000


def test_filter_keeps_and_drops_by_hand_weights(nlp, monkeypatch):
    _doc, every = _rows(nlp, monkeypatch, RF.RowFilter({}, 5.0, 0.5))
    assert {q.kind for q in every} >= {"direct", "indirect"}
    # Direct quotes with a speaker kept, the rest dropped.
    hand = RF.RowFilter({"kind=direct": 6.0, "speaker=none": -10.0}, -3.0, 0.5)
    _doc, kept = _rows(nlp, monkeypatch, hand)
    assert kept and all(q.kind == "direct" for q in kept)
    assert kept[0].text.startswith("We will build")


def test_filter_off_without_model_or_with_learned_disabled(nlp, monkeypatch):
    drop_all = RF.RowFilter({}, -10.0, 0.5)
    doc, none_left = _rows(nlp, monkeypatch, drop_all)
    assert none_left == []
    people, mentions = extract_people(doc)
    assert extract_quotes(doc, people, mentions, disabled=frozenset({"learned"}))
    monkeypatch.setattr(RF, "filter_override", None)
    monkeypatch.setattr(RF, "load_filter", lambda: None)
    assert extract_quotes(doc, people, mentions)


def test_features_of_a_row(nlp, monkeypatch):
    doc, rows = _rows(nlp, monkeypatch, RF.RowFilter({}, 5.0, 0.5))
    feats = RF.row_features(doc, rows)
    direct = feats[[q.kind for q in rows].index("direct")]
    assert "kind=direct" in direct and "lemma=say" in direct and "speaker=role" in direct
    assert any(f.startswith("len=") for f in direct) and "pos=headline" in direct


def test_training_on_a_tiny_set_runs(nlp, monkeypatch):
    data = [(["kind=direct", "speaker=name"], 1)] * 10 + [(["kind=indirect", "speaker=none"], 0)] * 10
    model = fit(data, l2=1.0, min_count=1)
    assert model.probability(["kind=direct", "speaker=name"]) > 0.5 > model.probability(["kind=indirect", "speaker=none"])
    doc, rows = _rows(nlp, monkeypatch, RF.RowFilter({}, 5.0, 0.5))
    direct = next(q for q in rows if q.kind == "direct")
    record = {"text": TEXT, "attributions": [{"content_spans": [[direct.start_char, direct.end_char]]}]}
    labelled = labelled_rows([record], [doc], [rows])
    assert sum(y for _f, y in labelled) == 1 and len(labelled) == len(rows)
    small = fit(labelled, l2=1.0, min_count=1)
    t, curve = choose(small, [("polnear_dev", [record], [doc], [rows])], grid=(0.3, 0.5))
    assert t in (0.3, 0.5) and len(curve) == 2


def test_quoted_fragments_follow_the_row_around_them():
    from newsfold.records import QuoteMention as Q

    outer = Q(text="o", start_char=0, end_char=50, kind="indirect", cue="said", speaker_text="He",
              speaker_start=60, speaker_end=62)
    inner = Q(text="i", start_char=10, end_char=20, kind="partial", cue="said", speaker_text="He",
              speaker_start=60, speaker_end=62)
    lone = Q(text="l", start_char=100, end_char=130, kind="partial")  # no cue, no speaker: quote groups
    other = Q(text="x", start_char=200, end_char=230, kind="indirect", cue="believes")
    rows = [outer, inner, lone, other]
    assert RF.kept_rows(rows, [0.9, 0.1, 0.1, 0.1], 0.5) == [outer, inner, lone]
    assert RF.kept_rows(rows, [0.1, 0.9, 0.1, 0.9], 0.5) == [lone, other]


def test_shipped_filter_keeps_a_plain_direct_quote(nlp, monkeypatch):
    _doc, rows = _rows(nlp, monkeypatch, None)  # the shipped weights
    assert any(q.kind == "direct" and q.text.startswith("We will build") for q in rows)
