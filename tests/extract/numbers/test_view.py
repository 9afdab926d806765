"""The reading view: wraps made spaces, all-capitals stretches read lower-cased, offsets kept."""

from __future__ import annotations

from newsfold.extract.numbers.view import ReadingView
from tests.extract.numbers.helpers import pairs


def test_view_keeps_length_and_marks_caseless_stretches():
    body = "UK ECONOMY GROWS 2 PCT IN Q3. The firm said 5 km\nof road.\n\nall lower case here."
    view = ReadingView(body)
    assert len(view.text) == len(body)
    assert view.text.startswith("uk economy grows 2 pct") and "5 km of road" in view.text
    assert view.caseless(3) and not view.caseless(body.index("firm")) and view.caseless(body.index("lower"))


def test_capitals_and_lower_case_read_as_normal_text(nlp):
    assert pairs(nlp, "The UK will send £4.5 billion in military aid.") == [(4.5e9, None, "GBP")]
    assert pairs(nlp, "THE UK WILL SEND £4.5 BILLION IN MILITARY AID.") == [(4.5e9, None, "GBP")]
    assert pairs(nlp, "THE ECONOMY GREW 2.4 PERCENT LAST QUARTER.") == [(2.4, None, "percent")]
    assert pairs(nlp, "the engine makes 10 kw at 6,000 rpm.")[0][2] == "kilowatt"


def test_a_wrapped_line_reads_as_one(nlp):
    assert pairs(nlp, "The storm moved about 50\nmiles inland.") == [(50.0, None, "mile")]
