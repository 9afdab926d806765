import json

from newsfold.eval.gold import read_gold


def test_reads_records_skips_blank_lines_and_stops_at_limit(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join([json.dumps({"id": 1}), "", json.dumps({"id": 2}), json.dumps({"id": 3})]) + "\n")
    assert [r["id"] for r in read_gold(path)] == [1, 2, 3]
    assert [r["id"] for r in read_gold(path, limit=2)] == [1, 2]
