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


def test_long_identifiers_and_markup_attributes_are_not_quantities(nlp):
    text = '<tweet timestamp="1457542800" tweet_id="707395353688018944">He spoke 5 times.</tweet>'
    assert pairs(nlp, text) == [(5, None, "times")]


def test_a_pair_of_percents_is_not_a_negative(nlp):
    assert pairs(nlp, "Democrats back it, 89%-6%.") == [(89, None, "percent"), (6, None, "percent")]


def test_margins_and_possessive_compounds(nlp):
    assert pairs(nlp, "The margin of error is plus or minus 5.7 percentage points.") == [(5.7, None, "percentage point")]
    assert pairs(nlp, "It needs the Senate's 60-vote threshold.") == [(60, None, "vote")]
