from datetime import datetime, timezone

from hypothesis import given, strategies as st

from newsfold.ingest.articles import count_words, drop_known_articles, drop_known_rejects, pending_articles, reject_frame
from newsfold.records import RawDocument, Reject

NOW = datetime(2025, 2, 13, tzinfo=timezone.utc)


def doc(body: str, path: str = "/in/a.txt", record: str | None = None) -> RawDocument:
    return RawDocument(source_path=path, source_record=record, raw_sha256=str(hash(body)), body=body)


def test_count_words_counts_hyphenated_and_apostrophes_once():
    assert count_words("Trump’s 90-minute call, he said.") == 5


@given(st.text())
def test_count_words_never_negative(text):
    assert count_words(text) >= 0


def test_pending_articles_key_and_dedupe_ids():
    frame = pending_articles([doc("One two."), doc("One two."), doc("Three.", "/in/b.txt")], "run-1", NOW)
    assert frame.height == 2 and frame["word_count"].to_list() == [2, 1]
    assert frame["article_id"].n_unique() == 2


def test_known_articles_are_not_added_again():
    frame = pending_articles([doc("One."), doc("Two.", "/in/b.txt")], "run-1", NOW)
    assert drop_known_articles(frame, [frame["article_id"][0]]).height == 1


def test_known_rejects_are_not_recorded_twice():
    first = reject_frame([Reject("/in/x.png", None, "binary", "a PNG image")], "run-1")
    again = reject_frame([Reject("/in/x.png", None, "binary", "a PNG image"),
                          Reject("/in/y.bin", None, "binary", "binary data")], "run-2")
    assert drop_known_rejects(again, first)["source_path"].to_list() == ["/in/y.bin"]
