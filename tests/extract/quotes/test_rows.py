"""Candidate rows to one row per attribution: overlaps resolved (pure: no parse needed, but for the
last test, which reads a parsed sentence)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsfold.extract.quotes.article import Attribution
from newsfold.extract.quotes.rows import Candidate, resolve_overlaps
from tests.extract.quotes.helpers import quotes_of, quotes_without

TEXT = " ".join(f"word{i}" for i in range(60))  # every word 5-6 characters, one space apart


def _row(start: int, end: int, cue: str | None = "said", kind: str = "indirect") -> Candidate:
    return Candidate([(start, end)], kind, Attribution(cue=cue))


def test_a_candidate_inside_another_is_part_of_the_outer_row():
    outer, inner = _row(0, 100), _row(20, 40, cue="claimed")
    rows = resolve_overlaps(TEXT, [inner, outer])
    assert [(r.start, r.end) for r in rows] == [(0, 100)]
    assert rows[0].attribution.cue == "said"


def test_of_two_crossing_rows_the_better_stays_whole_and_the_other_keeps_a_clause_outside_it():
    cued, uncued = _row(0, 120), _row(60, 250, cue=None)
    rows = resolve_overlaps(TEXT, [uncued, cued])
    assert (rows[0].start, rows[0].end) == (0, 120)
    assert len(rows) == 2 and rows[1].start >= 120 and TEXT[rows[1].start:rows[1].end].split()


@given(st.lists(st.tuples(st.integers(0, 300), st.integers(1, 120), st.booleans()), max_size=12))
def test_resolved_rows_never_overlap_and_follow_the_text(spans):
    cands = [_row(s, min(len(TEXT), s + n), cue="said" if cued else None) for s, n, cued in spans]
    rows = resolve_overlaps(TEXT, cands)
    bounds = [(r.start, r.end) for r in rows]
    assert bounds == sorted(bounds)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(bounds, bounds[1:]))


def test_what_an_according_to_row_keeps_after_a_whole_quote_is_no_row_when_it_is_the_quotes_attribution(nlp):
    # "according to" reports the sentence, quote included; what is left of it around the quote is
    # the quote's own speaker and cue, no content of its own.
    text = ('"We are still winning hearts and minds every day," Mr. Pence said during the closed-door '
            'session, according to two people in the room.')
    _, quotes, _ = quotes_of(nlp, text)
    assert [(q.kind, q.cue) for q in quotes] == [("direct", "said")]
    assert len(quotes_without(nlp, text, "quote_cue_leftover")) == 2
