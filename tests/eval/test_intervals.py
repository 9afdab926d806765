"""The bootstrap interval over articles."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from newsfold.eval.intervals import bootstrap_interval, f1_from


def test_f1_from_counts():
    assert f1_from(5, 10, 10) == 0.5
    assert f1_from(0, 0, 3) is None and f1_from(0, 4, 0) is None
    assert f1_from(0, 4, 3) == 0.0


def test_identical_articles_give_a_point_and_mixed_ones_a_spread():
    same = [(8, 10, 10)] * 20
    assert bootstrap_interval(same, f1_from) == (0.8, 0.8)
    mixed = [(10, 10, 10)] * 10 + [(2, 10, 10)] * 10
    low, high = bootstrap_interval(mixed, f1_from)
    assert low < 0.6 < high and high - low > 0.1
    assert bootstrap_interval([(1, 1, 1)], f1_from) is None


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5), st.integers(0, 5)), min_size=2, max_size=15))
def test_the_interval_holds_the_figures_articles_can_give(rows):
    # A match is a prediction and a gold item: tp never exceeds either.
    rows = [(min(tp, p, g), p, g) for tp, p, g in rows]
    got = bootstrap_interval(rows, f1_from, resamples=200)
    if got is None:
        return
    low, high = got
    assert 0.0 <= low <= high <= 1.0
