"""Qualifiers from the words around a quantity (through extract_numbers)."""

from __future__ import annotations

import pytest

from tests.extract.numbers.helpers import only


@pytest.mark.parametrize("text, qualifier", [
    ("Some 300 residents have been evacuated.", "approximate"),
    ("More than 6 million homes lost power.", "at_least"),
    ("It costs less than $10.", "at_most"),
    ("The grant is worth up to $8 million.", "at_most"),
    ("Over 1,000 people attended.", "at_least"),
    ("At least 3 people died.", "at_least"),
])
def test_qualifiers(nlp, text, qualifier):
    assert only(nlp, text).qualifier == qualifier
