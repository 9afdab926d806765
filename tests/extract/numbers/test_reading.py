"""Reading around a number: sign, currency, scale, unit, rate, "and a half" (through extract_numbers)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.numbers.helpers import only, pairs


@pytest.mark.parametrize("text, value, unit, kind", [
    ("Revenue reached $1.13bn last year.", 1.13e9, "USD", "money"),
    ("Exports were 600m euros.", 6e8, "EUR", "money"),
    ("The firm will sell 3 mln shares.", 3e6, "share", "count"),
    ("Inflation hit 76 per cent.", 76, "percent", "percent"),
    ("Rates rose 2 percentage points.", 2, "percentage point", "percent"),
    ("Output is 500,000 barrels per day.", 5e5, "barrel per day", "measure"),
    ("The storm brought 100mph winds.", 100, "mile_per_hour", "measure"),
    ("The 30-year-old striker left.", 30, "year", "duration"),
    ("The engine makes 150bhp.", 150, "horsepower", "measure"),
    ("Revenue grew to HK $3.7 billion last year.", 3.7e9, "HKD", "money"),
    ("The offer was C $6 per share.", 6, "CAD per share", "money"),
    ("Global debt was about $US113 trillion.", 1.13e14, "USD", "money"),
    ("It paid 333.6 million yen for the tuna.", 3.336e8, "JPY", "money"),
    ("The takeover was worth PS8.1bn.", 8.1e9, "GBP", "money"),
    ("It weighs 278kg.", 278, "kilogram", "measure"),
    ("Nintendo fell to Y=28,030.", 28030, "JPY", "money"),
    ("The UK will spend 4.5 billion pounds.", 4.5e9, "GBP", "money"),
    ("He weighs 200 pounds.", 200, "pound", "measure"),
    ("Temperatures reached 30C.", 30, "degree_Celsius", "measure"),
    ("It sold 10.5 million Australian dollars of bonds.", 1.05e7, "AUD", "money"),
    ("Shares closed down 56 cents.", 56, "cent", "money"),
    ("The blue-chip index lost 162.31 points.", 162.31, "point", "measure"),
])
def test_single_quantities(nlp, text, value, unit, kind):
    m = only(nlp, text)
    assert m.value == pytest.approx(value)
    assert (m.unit, m.kind) == (unit, kind)


@pytest.mark.parametrize("text, value, unit", [
    ("Half a million people marched.", 5e5, "people"),
    ("They waited half an hour.", 0.5, "hour"),
    ("It took two and a half years.", 2.5, "year"),
    ("The route is 3 and a half miles long.", 3.5, "mile"),
    ("Shares trade at 15x earnings.", 15, "times"),
    ("Revenue grew more than sixfold.", 6, "times"),
])
def test_halves_and_multipliers(nlp, text, value, unit):
    m = only(nlp, text)
    assert (m.value, m.unit) == (value, unit)


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["$", "£", "€"]))
@settings(max_examples=40, deadline=None)
def test_formatted_amounts_round_trip(nlp, amount, symbol):
    text = f"The deal was worth {symbol}{amount:,} in cash."
    m = only(nlp, text)
    assert m.value == amount
    assert m.unit == {"$": "USD", "£": "GBP", "€": "EUR"}[symbol]
    assert m.text == f"{symbol}{amount:,}"


@given(st.decimals(min_value=0, max_value=999, places=1, allow_nan=False), st.sampled_from(["%", " per cent", " percent"]))
@settings(max_examples=40, deadline=None)
def test_percents_round_trip(nlp, number, suffix):
    text = f"Support rose to {number}{suffix} this week."
    m = only(nlp, text)
    assert m.value == pytest.approx(float(number))
    assert (m.unit, m.kind) == ("percent", "percent")


def test_glued_inches(nlp):
    assert pairs(nlp, "The phone has a 6.5in screen.") == [(6.5, None, "inch")]


def test_a_year_before_is_not_a_rate(nlp):
    text = "Sales fell to 12 mln dlrs from 15 mln dlrs a year before."
    assert pairs(nlp, text) == [(12e6, 15e6, "USD")]


def test_rate_after_a_bracketed_conversion(nlp):
    text = "The firm earns 4 billion rupees ($48 million) a year."
    assert pairs(nlp, text) == [(4e9, None, "INR per year"), (48e6, None, "USD")]


def test_wire_copy_compound_amounts(nlp):
    assert pairs(nlp, "Loral won a 29.4-mln-dlr contract with the U.S. Air Force.") == [(29.4e6, None, "USD")]
    assert pairs(nlp, "It arranged a 20-billion-yen loan.") == [(20e9, None, "JPY")]
    assert pairs(nlp, "It bought a 3-mln-share stake.") == [(3e6, None, "share")]
