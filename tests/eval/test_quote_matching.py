"""One-to-one quote matching: hand-built cases and the matching's invariants."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfold.eval.quote_matching import coverage, match_one_to_one, merge_spans, overlapping_rows


def test_two_predictions_on_one_gold_are_one_match_and_one_false_positive():
    pairs = match_one_to_one([(0, 10), (2, 10)], [[(0, 10)]], 0.3)
    assert len(pairs) == 1 and pairs[0][:2] == (0, 0)  # the one covering more wins


def test_one_long_prediction_over_two_golds_matches_one():
    pairs = match_one_to_one([(0, 40)], [[(0, 10)], [(20, 40)]], 0.3)
    assert len(pairs) == 1  # 1 TP, the other gold a miss


def test_coverage_threshold():
    assert coverage((0, 3), [(0, 10)]) == 0.3
    assert len(match_one_to_one([(0, 3)], [[(0, 10)]], 0.3)) == 1
    assert match_one_to_one([(0, 2)], [[(0, 10)]], 0.3) == []
    assert match_one_to_one([(0, 3)], [[(0, 10)]], 0.8) == []


def test_coverage_is_over_the_union_of_split_content():
    assert coverage((0, 5), [(0, 5), (10, 15)]) == 0.5
    assert coverage((0, 5), [(0, 5), (2, 5)]) == 1.0  # overlapping gold spans count once


def test_the_matching_has_the_most_pairs_before_the_most_coverage():
    # Prediction 0 covers gold 0 fully and gold 1 at 0.4; prediction 1 covers gold 0 at 0.4 only.
    # The greedy choice (0 -> 0) leaves one pair; the maximum matching has two.
    preds = [(0, 14), (6, 10)]
    golds = [[(0, 10)], [(10, 20)]]
    pairs = match_one_to_one(preds, golds, 0.3)
    assert sorted((p, g) for p, g, _ in pairs) == [(0, 1), (1, 0)]


def test_overlapping_rows():
    assert overlapping_rows([(0, 10), (5, 15), (20, 30)]) == 2
    assert overlapping_rows([(0, 10), (10, 20)]) == 0  # touching is not overlapping
    assert overlapping_rows([(0, 100), (10, 20), (30, 40)]) == 3
    assert overlapping_rows([]) == 0


spans = st.tuples(st.integers(0, 60), st.integers(1, 30)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=200, deadline=None)
@given(preds=st.lists(spans, max_size=8), golds=st.lists(st.lists(spans, min_size=1, max_size=2), max_size=8),
       threshold=st.sampled_from([0.3, 0.5, 0.8]))
def test_matching_invariants(preds, golds, threshold):
    pairs = match_one_to_one(preds, golds, threshold)
    used_p = [p for p, _, _ in pairs]
    used_g = [g for _, g, _ in pairs]
    assert len(set(used_p)) == len(used_p) and len(set(used_g)) == len(used_g)  # each used at most once
    assert len(pairs) <= min(len(preds), len(golds))
    for p, g, c in pairs:
        assert c >= threshold and abs(c - coverage(preds[p], golds[g])) < 1e-9
    # Maximum: no unmatched prediction could still be paired with an unmatched gold.
    free_p = set(range(len(preds))) - set(used_p)
    free_g = set(range(len(golds))) - set(used_g)
    assert not any(coverage(preds[p], golds[g]) >= threshold and coverage(preds[p], golds[g]) > 0
                   for p in free_p for g in free_g)


@settings(max_examples=200, deadline=None)
@given(st.lists(spans, max_size=10))
def test_overlapping_rows_agrees_with_pairwise_check(rows):
    expected = sum(1 for i, a in enumerate(rows)
                   if any(j != i and min(a[1], b[1]) > max(a[0], b[0]) for j, b in enumerate(rows)))
    assert overlapping_rows(rows) == expected
    assert merge_spans(rows) == merge_spans(merge_spans(rows))


def _maximum_cardinality(preds, golds, threshold) -> int:
    """Kuhn's augmenting paths: the size of a maximum matching, to check the Hungarian one by."""
    edges = {p: [g for g in range(len(golds)) if 0 < coverage(preds[p], golds[g]) and
                 coverage(preds[p], golds[g]) >= threshold] for p in range(len(preds))}
    owner: dict[int, int] = {}

    def augment(p, seen):
        for g in edges[p]:
            if g not in seen:
                seen.add(g)
                if g not in owner or augment(owner[g], seen):
                    owner[g] = p
                    return True
        return False

    return sum(augment(p, set()) for p in range(len(preds)))


@settings(max_examples=200, deadline=None)
@given(preds=st.lists(spans, max_size=7), golds=st.lists(st.lists(spans, min_size=1, max_size=2), max_size=7))
def test_matching_is_maximum(preds, golds):
    assert len(match_one_to_one(preds, golds, 0.3)) == _maximum_cardinality(preds, golds, 0.3)
