"""The Gender Gap Tracker's gold layout: reading it, telling it from PolNeAR's, its kinds."""

from __future__ import annotations

import pytest

from newsfold.eval.tracker_gold import content_span, detect_layout, tracker_attribution, tracker_kind, tracker_rows

TEXT = ('"We will win," Smith said. "And soon." The mayor called it "a disgrace" on Monday. '
        'Jones said the plan would fail.')


def span(sub: str) -> list[int]:
    start = TEXT.index(sub)
    return [start, start + len(sub)]


QUOTES = [
    {"quote": '"We will win,"', "quote_span": span('"We will win,"'), "speaker": "Smith",
     "speaker_span": span("Smith"), "verb": "said", "verb_span": span("said"), "speaker_resolved": "John Smith"},
    {"quote": '"And soon."', "quote_span": span('"And soon."'), "speaker": "", "speaker_span": None,
     "verb": "", "verb_span": None, "speaker_resolved": "John Smith"},
    {"quote": 'it "a disgrace"', "quote_span": span('it "a disgrace"'), "speaker": "The mayor",
     "speaker_span": span("The mayor"), "verb": "called", "verb_span": span("called"),
     "speaker_resolved": "Ann Lee"},
    {"quote": "the plan would fail", "quote_span": span("the plan would fail"), "speaker": "Jones",
     "speaker_span": span("Jones"), "verb": "said", "verb_span": [TEXT.rindex("said"), TEXT.rindex("said") + 4],
     "speaker_resolved": "Mary Jones"},
]
ROW = {"doc_id": "t1", "text": TEXT, "quotes": QUOTES, "people": ["John Smith", "Ann Lee", "Mary Jones"]}


def test_layout_is_told_from_the_rows():
    assert detect_layout([ROW]) == "tracker"
    assert detect_layout([{"text": "", "attributions": []}]) == "polnear"
    with pytest.raises(ValueError):
        detect_layout([{"text": ""}])


def test_content_characters_leave_out_marks_and_space():
    s, e = content_span(TEXT, *QUOTES[0]["quote_span"])
    assert TEXT[s:e] == "We will win,"
    s, e = content_span(TEXT, *QUOTES[1]["quote_span"])
    assert TEXT[s:e] == "And soon."
    s, e = content_span(TEXT, *QUOTES[3]["quote_span"])
    assert TEXT[s:e] == "the plan would fail"
    text = '  "Yes". '
    s, e = content_span(text, 0, len(text))
    assert text[s:e] == "Yes"


def test_kinds_from_the_quote_text():
    assert [tracker_kind(q["quote"]) for q in QUOTES] == ["direct", "direct", "partial", "indirect"]
    assert tracker_kind('"plucked the blossom of a woman"') == "partial"  # a marked phrase
    assert tracker_kind('“Quote that runs on to the next paragraph and') == "direct"
    assert tracker_kind('"One," he said, "two."') == "partial"


def test_tracker_rows_become_attributions():
    row = tracker_rows([ROW])[0]
    attrs = row["attributions"]
    assert len(attrs) == 4 and row["quotes"] == QUOTES
    first, follow_on = attrs[0], attrs[1]
    assert first["source_spans"] == [QUOTES[0]["speaker_span"]] and first["speaker_resolved"] == "John Smith"
    assert follow_on["source_spans"] == [] and follow_on["speaker_resolved"] == "John Smith"
    assert first["quote_marked"] and not attrs[3]["quote_marked"]
    assert tracker_attribution(TEXT, QUOTES[3])["content"] == "the plan would fail"
