"""The quote evaluator: span matching at a coverage, speaker accuracy, the report."""

from __future__ import annotations

import json

import pytest

from newsfold.eval.quotes import evaluate_quotes, format_quote_report, gold_kind, score_article
from newsfold.records import QuoteMention

TEXT = 'Healey said "we are and we will" in Brussels. Peskov said the talks would start soon.'
GOLD = [  # the quoted words (marks excluded), then the reported clause
    {"content_spans": [[13, 31]], "source_spans": [[0, 6]], "cue_spans": [[7, 11]], "quote_marked": True},
    {"content_spans": [[58, 84]], "source_spans": [[46, 52]], "cue_spans": [[53, 57]], "quote_marked": False},
]


def q(start, end, kind="direct", speaker=None):
    s = None if speaker is None else (speaker, speaker + 6)
    return QuoteMention(text=TEXT[start:end], start_char=start, end_char=end, kind=kind,
                        speaker_text=None if s is None else TEXT[s[0]:s[1]],
                        speaker_start=None if s is None else s[0], speaker_end=None if s is None else s[1])


def test_gold_kinds():
    assert gold_kind(TEXT, GOLD[0]) == "partial"  # marked, but the content holds no marks itself
    assert gold_kind(TEXT, GOLD[1]) == "indirect"
    whole = {"content_spans": [[12, 32]], "quote_marked": True}
    assert gold_kind(TEXT, whole) == "direct"


def test_coverage_threshold_decides_a_match():
    half = q(13, 22, speaker=0)  # 9 of 18 characters
    low = score_article(TEXT, GOLD, [half], 0.3)
    high = score_article(TEXT, GOLD, [half], 0.8)
    assert (low["found"], low["correct_pred"]) == (1, 1)
    assert (high["found"], high["correct_pred"]) == (0, 0)


def test_split_predictions_add_up_to_cover_one_gold():
    pieces = [q(13, 19, speaker=0), q(20, 31, speaker=0)]
    counts = score_article(TEXT, GOLD, pieces, 0.8)
    assert counts["found"] == 1 and counts["correct_pred"] == 2 and counts["pred"] == 2


def test_speaker_accuracy_and_marked_only_scope():
    preds = [q(13, 31, speaker=0), q(58, 84, kind="indirect", speaker=0)]  # second speaker wrong
    counts = score_article(TEXT, GOLD, preds, 0.3)
    assert counts["speaker_total"] == 2 and counts["speaker_correct"] == 1
    marked = score_article(TEXT, GOLD, preds, 0.3, marked_only=True)
    assert marked["gold"] == 1 and marked["pred"] == 1 and marked["found"] == 1


def test_unmatched_prediction_lowers_precision_only():
    counts = score_article(TEXT, GOLD, [q(13, 31, speaker=0), q(36, 44)], 0.3)
    assert counts["pred"] == 2 and counts["correct_pred"] == 1 and counts["found"] == 1


def test_evaluate_and_format_on_a_small_gold_file(nlp, tmp_path):
    row = {"doc_id": "x", "text": TEXT, "attributions": [
        dict(g, content=TEXT[g["content_spans"][0][0]:g["content_spans"][0][1]], source="", cue="") for g in GOLD]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    report = evaluate_quotes(path, nlp)
    assert report["articles"] == 1 and report["attributions"] == 2
    assert report["all@0.3"]["all"]["recall"] == 1.0
    table = format_quote_report(report)
    assert "all@0.3" in table and "marked@0.8" in table and "quotes/spaCy" in table


@pytest.mark.slow
def test_polnear_dev_subset_scores(nlp, shared_dir):
    gold = shared_dir / "eval" / "polnear_dev.jsonl"
    if not gold.exists():
        pytest.skip("PolNeAR dev not in shared data")
    report = evaluate_quotes(gold, nlp, limit=10)
    assert report["marked@0.3"]["all"]["f1"] > 0.6
    assert report["all@0.3"]["all"]["precision"] > 0.8
