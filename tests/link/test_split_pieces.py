"""The split/join invariant of quote rows: a split quote's pieces joined by " … " pass the span
check exactly when each piece occurs in body[start_char:end_char], in order."""

from __future__ import annotations

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfold.extract.articles import quote_text_from_body
from newsfold.records import PIECE_JOINER
from schemas.relations import overlapping_quote_rows, pieces_in_order, span_mismatch_rows

words = st.text(alphabet="abcdefgh ,.'", min_size=1, max_size=12).filter(lambda s: s.strip() == s and s)


@given(pre=st.text(alphabet="xyz ", max_size=10), pieces=st.lists(words, min_size=2, max_size=4),
       gaps=st.lists(st.text(alphabet=' ",hesaid', min_size=1, max_size=12), min_size=3, max_size=3))
@settings(max_examples=200, deadline=None)
def test_joined_pieces_pass_and_broken_ones_do_not(pre, pieces, gaps):
    body = pre
    start = len(body)
    for k, piece in enumerate(pieces):
        body += piece
        if k < len(pieces) - 1:
            body += gaps[k % len(gaps)]
    end = len(body)
    body += " tail."
    text = PIECE_JOINER.join(pieces)
    assert pieces_in_order(text, body[start:end])
    frame = pl.DataFrame({"article_id": ["a"], "text": [text], "start_char": [start], "end_char": [end]})
    bodies = pl.DataFrame({"article_id": ["a"], "body": [body]})
    assert span_mismatch_rows(frame, bodies, split_pieces=True).is_empty()
    # Without the split-aware check only an exact slice passes.
    assert span_mismatch_rows(frame, bodies).height == (0 if body[start:end] == text else 1)
    # The pieces come back from the body (hard-wrapped bodies are re-sliced this way).
    assert quote_text_from_body(text, body, start, end) == text
    # A piece that is not there, or pieces out of order, fail.
    broken = PIECE_JOINER.join(pieces[:-1] + [pieces[-1] + "QQ"])
    assert not pieces_in_order(broken, body[start:end])
    if pieces[0] != pieces[-1] and len(pieces) == 2 and pieces[1] not in pieces[0] and pieces[0] not in pieces[1]:
        assert not pieces_in_order(PIECE_JOINER.join(reversed(pieces)), body[start:end])


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)), min_size=1, max_size=12))
@settings(max_examples=200, deadline=None)
def test_overlap_check_leaves_no_overlap(spans):
    frame = pl.DataFrame({"article_id": ["a"] * len(spans), "start_char": [s for s, _ in spans],
                          "end_char": [s + n for s, n in spans]})
    bad = set(overlapping_quote_rows(frame)["row"].to_list())
    kept = sorted((s, s + n) for i, (s, n) in enumerate(spans) if i not in bad)
    assert all(a[1] <= b[0] for a, b in zip(kept, kept[1:]))
    # Rows that overlap nothing are never quarantined.
    for i, (s, n) in enumerate(spans):
        if all(j == i or s + n <= t or t + m <= s for j, (t, m) in enumerate(spans)):
            assert i not in bad
