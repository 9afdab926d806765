"""The quote evaluator: one-to-one and lenient span matching at a coverage, speaker accuracy (span
rules for PolNeAR, canonical names for the tracker), both gold layouts, the report."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from newsfold.eval.quote_report import format_quote_report
from newsfold.eval.quotes import (evaluate_quotes, gold_kind,
                                  predicted_name, quote_act,
                                  score_article, score_article_one_to_one, speaker_judge, summarise_one_to_one,
                                  tracker_speaker_correct)
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


# --------------------------------------------------------------------------- one-to-one


def test_two_rows_on_one_gold_are_one_true_and_one_false_positive():
    preds = [q(13, 31, speaker=0), q(20, 31, kind="partial", speaker=0)]
    counts, pairs = score_article_one_to_one(TEXT, GOLD, preds, 0.3)
    assert (counts["tp"], counts["pred"], counts["gold"]) == (1, 2, 2)
    assert pairs[0][:2] == (0, 0)  # the row covering more is the match
    lenient = score_article(TEXT, GOLD, preds, 0.3)
    assert lenient["correct_pred"] == 2  # the lenient figure counts both rows right


def test_one_long_row_over_two_golds_is_one_true_positive_and_one_miss():
    counts, _ = score_article_one_to_one(TEXT, GOLD, [q(13, 84, kind="indirect")], 0.3)
    assert (counts["tp"], counts["pred"], counts["gold"]) == (1, 1, 2)
    summary = summarise_one_to_one(counts)["all"]
    assert summary["precision"] == 1.0 and summary["recall"] == 0.5


def test_one_to_one_coverage_threshold():
    half = q(13, 22, speaker=0)  # 9 of 18 characters
    assert score_article_one_to_one(TEXT, GOLD, [half], 0.3)[0]["tp"] == 1
    assert score_article_one_to_one(TEXT, GOLD, [half], 0.8)[0]["tp"] == 0


def test_one_to_one_kinds_and_speakers_polnear():
    preds = [q(13, 31, speaker=0), q(58, 84, kind="indirect", speaker=0)]  # second speaker wrong
    judge = speaker_judge("polnear", TEXT, [], {})
    counts, _ = score_article_one_to_one(TEXT, GOLD, preds, 0.3, judge)
    summary = summarise_one_to_one(counts)
    assert summary["all"]["speaker_accuracy"] == 0.5 and summary["all"]["speaker_n"] == 2
    assert summary["partial"]["recall"] == 1.0 and summary["indirect"]["recall"] == 1.0
    assert summary["indirect"]["speaker_accuracy"] == 0.0
    assert summary["by_act"] == {"speech": {"precision": 1.0, "tp": 2, "pred": 2}}


def test_act_defaults_to_speech_and_is_read_when_present():
    assert quote_act(q(13, 31)) == "speech"
    assert quote_act(SimpleNamespace(act="thought")) == "thought"
    thought = SimpleNamespace(**{**q(58, 84, kind="indirect").__dict__, "act": "thought"})
    counts, _ = score_article_one_to_one(TEXT, GOLD, [q(13, 31), thought], 0.3)
    by_act = summarise_one_to_one(counts)["by_act"]
    assert by_act["thought"] == {"precision": 1.0, "tp": 1, "pred": 1} and by_act["speech"]["pred"] == 1


def test_tracker_speaker_by_canonical_name():
    gold = {"speaker_resolved": "Dmitry Peskov"}
    names = {"p1": "Dmitry Peskov", "p2": "Anna Peskova", "p3": "Ivan Peskov"}
    by_key = lambda key, said="he": QuoteMention("x", 0, 1, "direct", said, 5, 7, key)  # noqa: E731
    assert tracker_speaker_correct(by_key("p1"), gold, names)  # "he" resolved to the person
    assert not tracker_speaker_correct(by_key("p3"), gold, names)  # first names differ
    assert not tracker_speaker_correct(by_key("p2"), gold, names)  # another surname
    named = lambda said, name: QuoteMention("x", 0, 1, "direct", said, 5, 7, None, speaker_name=name)  # noqa: E731
    assert tracker_speaker_correct(named("Peskov", "Peskov"), gold, names)  # surname alone, named by extraction
    # The table's speaker_name is scored, never the words as written: the table leaves this one null.
    assert not tracker_speaker_correct(by_key(None, "Peskov"), gold, names)
    assert not tracker_speaker_correct(by_key(None, "he"), gold, names)  # an unresolved pronoun
    assert not tracker_speaker_correct(QuoteMention("x", 0, 1, "direct"), gold, names)  # no speaker = wrong
    assert predicted_name(by_key("p1"), names) == "Dmitry Peskov" and predicted_name(by_key(None, "Kremlin"), {}) is None
    assert predicted_name(named("the company", "Statistics Canada"), {}) == "Statistics Canada"
    assert tracker_speaker_correct(named("it", "Statistics Canada"), {"speaker_resolved": "Statistics Canada"}, {})
    judge = speaker_judge("tracker", "", [], names)
    assert judge(by_key("p1"), gold) is True and judge(by_key("p1"), {"speaker_resolved": ""}) is None


def _gold_file(tmp_path, name, row):
    path = tmp_path / name
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


def test_evaluate_and_format_on_a_small_gold_file(nlp, tmp_path):
    row = {"doc_id": "x", "text": TEXT, "attributions": [
        dict(g, content=TEXT[g["content_spans"][0][0]:g["content_spans"][0][1]], source="", cue="") for g in GOLD]}
    report = evaluate_quotes(_gold_file(tmp_path, "gold.jsonl", row), nlp)
    assert report["layout"] == "polnear" and report["split"] == "all"
    assert report["articles"] == 1 and report["attributions"] == 2
    assert report["one_to_one@0.3"]["all"]["recall"] == 1.0
    assert report["lenient"]["all@0.3"]["all"]["recall"] == 1.0
    assert "all@0.3" not in report  # lenient figures only under "lenient": never read as the primary one
    # One article gives no spread to resample.
    assert report["one_to_one@0.3"]["all"]["interval"]["f1"] is None
    assert 0.0 <= report["overlap"]["share"] <= 1.0
    table = format_quote_report(report)
    assert "ONE-TO-ONE" in table and "LENIENT" in table and "1:1@0.3" in table and "marked@0.8" in table
    assert "quotes/spaCy" in table and "overlap:" in table and "PolNeAR gold has no act labels" in table
    assert table.index("ONE-TO-ONE") < table.index("LENIENT")


def test_evaluate_a_tracker_gold_file(nlp, tmp_path):
    quotes = [{"quote": '"we are and we will"', "quote_span": [12, 32], "speaker": "Healey",
               "speaker_span": [0, 6], "verb": "said", "verb_span": [7, 11], "speaker_resolved": "John Healey"},
              {"quote": "the talks would start soon", "quote_span": [58, 84], "speaker": "Peskov",
               "speaker_span": [46, 52], "verb": "said", "verb_span": [53, 57], "speaker_resolved": "Dmitry Peskov"}]
    row = {"doc_id": "t", "text": TEXT, "quotes": quotes, "people": ["John Healey", "Dmitry Peskov"]}
    report = evaluate_quotes(_gold_file(tmp_path, "ggt.jsonl", row), nlp)
    assert report["layout"] == "tracker" and report["attributions"] == 2
    best = report["one_to_one@0.3"]["all"]
    assert best["recall"] == 1.0 and best["speaker_accuracy"] == 1.0
    assert "canonical name" in format_quote_report(report)


def test_split_reaches_the_scorer(nlp, tmp_path):
    rows = [{"doc_id": f"d{i}", "text": TEXT, "attributions": GOLD} for i in range(8)]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    sizes = {split: evaluate_quotes(path, nlp, split=split)["articles"] for split in ("all", "tune", "heldout")}
    assert sizes == {"all": 8, "tune": 6, "heldout": 2}


@pytest.mark.slow
def test_polnear_dev_subset_scores(nlp, shared_dir):
    gold = shared_dir / "eval" / "polnear_dev.jsonl"
    if not gold.exists():
        pytest.skip("PolNeAR dev not in shared data")
    report = evaluate_quotes(gold, nlp, limit=10)
    assert report["lenient"]["marked@0.3"]["all"]["f1"] > 0.6
    assert report["lenient"]["all@0.3"]["all"]["precision"] > 0.8
    assert report["one_to_one@0.3"]["all"]["precision"] <= report["lenient"]["all@0.3"]["all"]["precision"]


def test_tracker_gold_is_scored_against_speech_rows_only(nlp, tmp_path, monkeypatch):
    quotes = [{"quote": "the talks would start soon", "quote_span": [58, 84], "speaker": "Peskov",
               "speaker_span": [46, 52], "verb": "said", "verb_span": [53, 57], "speaker_resolved": "Peskov"}]
    row = {"doc_id": "t", "text": TEXT, "quotes": quotes, "people": ["Peskov"]}
    spoken = q(58, 84, kind="indirect", speaker=46)
    thought = SimpleNamespace(**{**q(13, 31).__dict__, "act": "thought"})
    monkeypatch.setattr("newsfold.eval.quotes.extract_quotes", lambda doc, people, mentions, disabled: [spoken, thought])
    report = evaluate_quotes(_gold_file(tmp_path, "ggt.jsonl", row), nlp)
    assert report["predicted"] == 2 and report["scored"] == 1
    assert report["one_to_one@0.3"]["all"]["precision"] == 1.0  # the thought row is not a false positive
    assert report["by_act"]["thought"] == {"precision": 0.0, "tp": 0, "pred": 1}
    polnear = evaluate_quotes(_gold_file(tmp_path, "pn.jsonl", {"doc_id": "p", "text": TEXT, "attributions": GOLD}), nlp)
    assert polnear["scored"] == 2 and polnear["one_to_one@0.3"]["all"]["tp"] == 2  # PolNeAR: every act


def test_cli_passes_the_split_to_the_quote_scorer(tmp_path, monkeypatch, capsys):
    from newsfold import cli

    seen = {}
    monkeypatch.setattr("newsfold.nlp.pipeline.load_pipeline", lambda name: None)
    monkeypatch.setattr("newsfold.eval.quotes.evaluate_quotes",
                        lambda gold, nlp, limit=None, split="all": seen.update(split=split) or {})
    monkeypatch.setattr("newsfold.eval.quote_report.format_quote_report", lambda report: "table")
    gold = tmp_path / "g.jsonl"
    gold.write_text("{}\n", encoding="utf-8")
    assert cli.main(["eval", "quotes", "--gold", str(gold), "--split", "tune"]) == 0
    assert seen == {"split": "tune"} and "table" in capsys.readouterr().out
