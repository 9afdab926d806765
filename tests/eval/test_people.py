"""The people evaluator: name matching, scoring, the seed gold and the report."""

from __future__ import annotations

import json
from pathlib import Path

from newsfold.eval.people import (
    baseline_surname_merge,
    evaluate_people,
    format_people_report,
    match_names,
    read_gold,
    score_predictions,
)

GOLD = Path(__file__).resolve().parents[2] / "gold" / "people_seeds_gold.jsonl"


def test_match_names_on_surname_and_first_name():
    pairs, fp, fn = match_names(
        ["Volodymyr Zelenskyy", "Trump", "Andrew Johnson", "Kyiv"],
        ["Volodymyr Zelensky", "Donald Trump", "Boris Johnson"],
    )
    assert ("Volodymyr Zelenskyy", "Volodymyr Zelensky") in pairs
    assert ("Trump", "Donald Trump") in pairs
    assert sorted(fp) == ["Andrew Johnson", "Kyiv"]
    assert fn == ["Boris Johnson"]


def test_matching_is_one_to_one():
    pairs, fp, fn = match_names(["Trump", "Donald Trump"], ["Donald Trump"])
    assert len(pairs) == 1 and fp == ["Trump"] and fn == []


def test_score_predictions_micro_averages():
    rows = [{"doc_id": "a", "people": ["A B", "C D"]}, {"doc_id": "b", "people": ["E F"]}]
    report = score_predictions(rows, {"a": ["A B", "X Y"], "b": ["E F"]})
    assert (report["tp"], report["fp"], report["fn"]) == (2, 1, 1)
    assert abs(report["f1"] - 2 / 3) < 1e-9
    # Resampling the two documents: both twice gives 0.5 or 1.0, so the interval spans them.
    low, high = report["f1_interval"]
    assert low == 0.5 and high == 1.0


def test_gold_fixture_is_well_formed(seed_texts):
    rows = read_gold(GOLD)
    assert len(rows) == 5
    for row in rows:
        assert set(row) >= {"doc_id", "text", "people"}
        assert seed_texts[row["doc_id"] + ".txt"] == row["text"]
        assert len(set(row["people"])) == len(row["people"])


def test_seed_gold_scores_high_and_beats_baseline(nlp):
    report = evaluate_people(GOLD, nlp)
    assert report["f1"] >= 0.95, format_people_report(report)
    baseline = evaluate_people(GOLD, nlp, predict=baseline_surname_merge)
    assert report["f1"] > baseline["f1"]
    text = format_people_report(report)
    assert "F1=" in text and "docs" in text


def test_report_lists_errors(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"doc_id": "x", "text": "t", "people": ["Ann Lee"]}) + "\n")
    report = score_predictions(read_gold(gold), {"x": ["Kyiv"]})
    assert "fp=['Kyiv']" in format_people_report(report)


def test_report_of_the_set_aside_part_lists_no_errors(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"doc_id": "x", "text": "t", "people": ["Ann Lee"]}) + "\n")
    report = {**score_predictions(read_gold(gold), {"x": ["Kyiv"]}), "split": "heldout"}
    text = format_people_report(report)
    assert "Kyiv" not in text and "fp=1" in text


def test_reads_the_trackers_layout(tmp_path):
    from newsfold.eval.people import read_people_gold

    record = {"_id": "5c1", "body": "Ann Lee met Bob Marr.", "peopleFemale": ["Ann Lee"],
              "peopleMale": ["Bob Marr"], "peopleUnknown": [], "sourcesFemale": []}
    lines = tmp_path / "g.jsonl"
    lines.write_text(json.dumps(record) + "\n")
    rows = read_people_gold(lines)
    assert rows[0]["doc_id"] == "5c1" and rows[0]["text"] == record["body"]
    assert rows[0]["people"] == ["Ann Lee", "Bob Marr"]
    folder = tmp_path / "humanAnnotations"
    folder.mkdir()
    (folder / "5c1.json").write_text(json.dumps({k: v for k, v in record.items() if k != "body"}))
    texts = tmp_path / "rawtexts"
    texts.mkdir()
    (texts / "5c1.txt").write_text(record["body"])
    rows = read_people_gold(folder)
    assert rows[0]["text"] == record["body"] and rows[0]["people"] == ["Ann Lee", "Bob Marr"]


def test_split_selects_a_quarter(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text("".join(json.dumps({"doc_id": str(i), "text": "t", "people": []}) + "\n"
                            for i in range(8)))
    from newsfold.eval.people import read_people_gold

    assert len(read_people_gold(gold, split="heldout")) == 2
    assert len(read_people_gold(gold, split="tune")) == 6
