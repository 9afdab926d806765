"""The one F1 formula."""

from __future__ import annotations

from hypothesis import given, strategies as st

from newsfold.eval.scores import f1


def test_f1_is_the_harmonic_mean_and_zero_without_either():
    assert f1(0.5, 0.5) == 0.5
    assert abs(f1(1.0, 0.5) - 2 / 3) < 1e-12
    assert f1(0.0, 0.0) == 0.0 and f1(0.0, 1.0) == 0.0


@given(st.floats(0, 1), st.floats(0, 1))
def test_f1_lies_between_min_and_max(p, r):
    assert min(p, r) - 1e-12 <= f1(p, r) <= max(p, r) + 1e-12
