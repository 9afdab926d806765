"""Ranges from two quantities, and a change followed by a level (through extract_numbers)."""

from __future__ import annotations

import pytest

from tests.extract.numbers.helpers import only, pairs


@pytest.mark.parametrize("text, low, high, unit", [
    ("Between 3 and 4 million people fled.", 3e6, 4e6, "people"),
    ("Growth of 5 to 10 percent is expected.", 5, 10, "percent"),
    ("Fines of $10 to $15 billion were discussed.", 1e10, 1.5e10, "USD"),
    ("There are four to five thousand people.", 4000, 5000, "people"),
    ("He was traveling at a speed of 15-22 miles per hour.", 15, 22, "mile_per_hour"),
    ("Valve lift was increased from 13.5 to 14.0 mm.", 13.5, 14.0, "millimeter"),
    ("Claims ranged from $200 to $4 million.", 200, 4e6, "USD"),
    ("People earning between $48,000 and $90,000 a year.", 48000, 90000, "USD per year"),
    ("It will cost £5.5m-£6m.", 5.5e6, 6e6, "GBP"),
    ("Inventories fell to 138,285 lots from 212,577 lots.", 138285, 212577, "lot"),
    ("Horsepower jumped from 240 to 273 hp.", 240, 273, "horsepower"),
])
def test_ranges(nlp, text, low, high, unit):
    m = only(nlp, text)
    assert (m.value, m.value_max, m.unit, m.qualifier) == (pytest.approx(low), pytest.approx(high), unit, "range")


def test_bare_low_end_after_change_verb_is_a_range(nlp):
    assert pairs(nlp, "Sales grew 10 to 15 per cent in the quarter.") == [(10, 15, "percent")]
    assert pairs(nlp, "The index rose 64.06 points to 4,577.10.") == [(64.06, None, "point"), (4577.1, None, "point")]


def test_the_upper_end_of_a_money_range_shares_its_currency(nlp):
    assert pairs(nlp, "Mexico should pay $5-10 billion.") == [(5e9, 1e10, "USD")]
    assert pairs(nlp, "It costs £2-3m.") == [(2e6, 3e6, "GBP")]


def test_a_share_of_one_percent_is_one_small_value(nlp):
    assert pairs(nlp, "He trailed by less than one-half of 1 percent.") == [(0.5, None, "percent")]
    assert pairs(nlp, "Rates rose by a quarter of 1% today.") == [(0.25, None, "percent")]
    assert pairs(nlp, "He won half of the 40 seats.") == [(0.5, None, None), (40, None, "seat")]
