"""Numbers after a name that are counts, not identifiers (through extract_numbers)."""

from __future__ import annotations

from tests.extract.numbers.helpers import pairs


def test_counts_after_possessives_and_weekdays(nlp):
    assert pairs(nlp, "Smith's two late goals sealed the win.") == [(2, None, "goal")]
    assert pairs(nlp, "On Friday 20 protesters were arrested.") == [(20, None, "protester")]


def test_count_after_a_proper_noun(nlp):
    assert pairs(nlp, "In London 200 people marched against the war.") == [(200, None, "people")]
    assert pairs(nlp, "He has scored for Brazil 77 times.") == [(77, None, "times")]
    assert pairs(nlp, "The Apple Watch 5 is expensive.") == []
