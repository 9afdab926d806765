"""Validation splits bad rows off with a reason and keeps the good ones."""

from __future__ import annotations

from datetime import datetime, timezone

import polars as pl
import pytest

from newsfold.store.frames import table_frame
from newsfold.validate import TableInvalid, format_failures, validate_tables

NOW = datetime(2025, 2, 13, tzinfo=timezone.utc)
BODY = "Peskov said it lasted 90 minutes."


def article(article_id: str = "a1", **changes) -> dict:
    row = {"article_id": article_id, "source_path": "/in/a.txt", "body": BODY, "language": "en",
           "word_count": 6, "content_hash": "h", "duplicate_kind": "none", "story_id": "s1",
           "run_id": "run-1", "ingested_at": NOW}
    return {**row, **changes}


def number(number_id: str, **changes) -> dict:
    row = {"number_id": number_id, "article_id": "a1", "text": "90 minutes", "start_char": 22,
           "end_char": 32, "value": 90.0, "unit": "minute", "kind": "duration", "qualifier": "exact"}
    return {**row, **changes}


def test_good_rows_pass():
    result = validate_tables({"articles": table_frame("articles", [article()]),
                              "numbers": table_frame("numbers", [number("n1")])})
    assert result.ok and result.valid["numbers"].height == 1


def test_bad_rows_are_quarantined_with_reasons():
    numbers = table_frame("numbers", [
        number("n1"),
        number("n2", kind="amount"),                      # not an enum value
        number("n3", article_id="nope"),                  # unknown article
        number("n4", text="90 minute"),                   # offsets do not match the text
        number("n5", qualifier="range", value_max=None),  # a range without a maximum
    ])
    result = validate_tables({"articles": table_frame("articles", [article()]), "numbers": numbers})
    assert result.valid["numbers"]["number_id"].to_list() == ["n1"]
    reasons = dict(zip(result.quarantined["numbers"]["number_id"], result.quarantined["numbers"]["reason"]))
    assert "isin" in reasons["n2"]
    assert "not in articles" in reasons["n3"]
    assert "!= text" in reasons["n4"]
    assert "ranges_have_a_maximum" in reasons["n5"]
    assert "numbers: 4 failure case(s)" in format_failures(result.failures)


def test_duplicate_ids_and_inconsistent_duplicates_are_caught():
    articles = table_frame("articles", [article(), article(), article("a2", duplicate_kind="exact")])
    result = validate_tables({"articles": articles})
    assert result.quarantined["articles"].height == 3


def test_rows_may_point_at_articles_of_earlier_runs():
    earlier = pl.DataFrame({"article_id": ["a1"], "body": [BODY]})
    result = validate_tables({"numbers": table_frame("numbers", [number("n1")])}, {"articles": earlier})
    assert result.ok


def test_a_missing_column_fails_the_table():
    with pytest.raises(TableInvalid):
        validate_tables({"numbers": table_frame("numbers", [number("n1")]).drop("unit")})


def test_reversed_offsets_are_quarantined_not_a_crash():
    numbers = table_frame("numbers", [number("n1"), number("n2", start_char=32, end_char=22)])
    result = validate_tables({"articles": table_frame("articles", [article()]), "numbers": numbers})
    assert result.valid["numbers"]["number_id"].to_list() == ["n1"]
    assert "n2" in result.quarantined["numbers"]["number_id"].to_list()


def test_a_duplicate_must_point_at_a_known_article():
    articles = table_frame("articles", [article(), article("a2", duplicate_kind="exact", duplicate_of="a1"),
                                        article("a3", duplicate_kind="near", duplicate_of="gone")])
    result = validate_tables({"articles": articles})
    assert result.valid["articles"]["article_id"].to_list() == ["a1", "a2"]
    assert "gone is not in articles" in result.quarantined["articles"]["reason"][0]


QBODY = '"We are," he said, "and we will." Peskov said the talks would start.'


def quote(quote_id: str, **changes) -> dict:
    row = {"quote_id": quote_id, "article_id": "q", "text": "We are … and we will.", "start_char": 1,
           "end_char": 32, "kind": "direct", "confidence": 0.9, "quote_group_id": "g1", "act": "speech"}
    return {**row, **changes}


def test_quotes_split_pieces_act_and_overlaps():
    rows = [
        quote("ok_split"),
        quote("ok_plain", text="the talks would start", start_char=46, end_char=67),
        quote("bad_piece", text="We are … and we won't.", start_char=1, end_char=32),
        quote("bad_act", text="Peskov", start_char=34, end_char=40, act="gossip"),
        quote("overlap", text="talks", start_char=50, end_char=55),
    ]
    result = validate_tables({"articles": table_frame("articles", [article("q", body=QBODY)]),
                              "quotes": table_frame("quotes", rows)})
    assert sorted(result.valid["quotes"]["quote_id"]) == ["ok_plain", "ok_split"]
    reasons = dict(zip(result.quarantined["quotes"]["quote_id"], result.quarantined["quotes"]["reason"]))
    assert "body[start_char:end_char] != text" in reasons["bad_piece"]
    assert "act" in reasons["bad_act"]
    assert "overlaps another quote row" in reasons["overlap"]


def test_split_pieces_are_for_quotes_only():
    # Numbers (and mentions) keep the exact check: a " … " text is no way round it.
    result = validate_tables({"articles": table_frame("articles", [article()]),
                              "numbers": table_frame("numbers", [number("n1", text="90 … minutes")])})
    assert result.valid["numbers"].height == 0
