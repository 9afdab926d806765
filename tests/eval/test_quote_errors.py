"""Why a false row is false: a piece of a gold kept in pieces, a second row on a matched gold, a
row below the coverage, or a row on no gold."""

from __future__ import annotations

from newsfold.eval.quote_errors import false_positive_reason
from newsfold.records import QuoteMention

TEXT = 'Healey said "we are and we will" in Brussels. Peskov said the talks would start soon.'
GOLD_SPANS = [[[13, 31]], [[58, 84]]]  # the quoted words (marks excluded), then the reported clause


def row(start, end):
    return QuoteMention(text=TEXT[start:end], start_char=start, end_char=end, kind="direct")


def test_false_positive_reasons():
    assert false_positive_reason(row(20, 31), GOLD_SPANS, 0.3) == "second row on a matched gold"
    assert false_positive_reason(row(13, 15), GOLD_SPANS, 0.3) == "overlaps a gold below the coverage"
    assert false_positive_reason(row(36, 44), GOLD_SPANS, 0.3) == "no gold"


def test_false_positive_piece_of_a_gold_in_pieces():
    # '"A," she said. "B."' kept as one gold of two pieces: a row per piece is the convention, not a
    # second row; a row over both pieces is judged as before.
    pieces = [[[1, 20], [35, 60]]]
    assert false_positive_reason(row(35, 60), pieces, 0.3) == "one piece of a gold in pieces"
    assert false_positive_reason(row(0, 21), pieces, 0.3) == "one piece of a gold in pieces"  # its marks too
    assert false_positive_reason(row(1, 60), pieces, 0.3) == "second row on a matched gold"
    assert false_positive_reason(row(10, 40), pieces, 0.3) == "second row on a matched gold"
