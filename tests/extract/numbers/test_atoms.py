"""Number atoms: mixed fractions in US financial style (through extract_numbers)."""

from __future__ import annotations

import pytest

from tests.extract.numbers.helpers import pairs


@pytest.mark.parametrize("text, expected", [
    ("The bank raised its prime rate to 8-1/4 pct.", [(8.25, None, "percent")]),
    ("Qtly div 3-1/2 cts vs 3-1/2 cts prior.", [(3.5, None, "cent"), (3.5, None, "cent")]),
    ("The bond was priced at 99-7/8.", [(99.875, None, None)]),
])
def test_mixed_fractions(nlp, text, expected):
    assert pairs(nlp, text) == expected


def test_wire_copy_times_with_a_zone_are_not_quantities(nlp):
    assert pairs(nlp, "Trading in options at the CBOE closes at 1515 CST (2115 GMT).") == []
    assert pairs(nlp, "trading closes at 1515 cst (2115 gmt).") == []
    assert pairs(nlp, "It sold 2460 units by 0930 hrs.") == [(2460, None, "unit")]
