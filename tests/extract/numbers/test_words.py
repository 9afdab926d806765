"""Written numbers: parsing and scanning (pure functions, no spaCy)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfold.extract.numbers.words import find_word_numbers, parse_cardinal_words, parse_fraction_words, parse_mixed_fraction

_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int) -> str:
    parts = []
    if n >= 100:
        parts += [_SMALL[n // 100], "hundred"]
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        parts.append(_TENS[n // 10] + ("-" + _SMALL[n % 10] if n % 10 else ""))
    elif n or not parts:
        parts.append(_SMALL[n])
    return " ".join(parts)


def to_words(n: int) -> str:
    """English words for 0 <= n < 1e9, British style ("one hundred and five")."""
    if n < 1000:
        return _below_thousand(n)
    parts = []
    for scale, name in ((10**6, "million"), (1000, "thousand")):
        if n >= scale:
            parts.append(f"{_below_thousand(n // scale)} {name}")
            n %= scale
    if n:
        parts.append(_below_thousand(n))
    return " ".join(parts)


@pytest.mark.parametrize("phrase, value", [
    ("seven", 7), ("twenty-five", 25), ("a dozen", 12), ("two dozen", 24), ("a million", 1e6),
    ("four hundred and twenty-five", 425), ("three thousand", 3000), ("one hundred million", 1e8),
])
def test_parse_cardinal_words(phrase, value):
    assert parse_cardinal_words(phrase.split()) == value


def test_parse_cardinal_words_rejects_non_numbers():
    assert parse_cardinal_words(["a"]) is None
    assert parse_cardinal_words(["and", "seven"]) is None
    assert parse_cardinal_words(["seven", "nations"]) is None


@pytest.mark.parametrize("phrase, value", [
    ("one-fifth", 0.2), ("two-thirds", 2 / 3), ("a quarter", 0.25), ("three quarters", 0.75), ("one half", 0.5),
])
def test_parse_fraction_words(phrase, value):
    assert parse_fraction_words(phrase.split()) == pytest.approx(value)


def test_parse_fraction_words_rejects_improper():
    assert parse_fraction_words(["five", "thirds"]) is None
    assert parse_fraction_words(["two", "third"]) is None


@given(st.integers(min_value=0, max_value=999_999_999))
@settings(max_examples=300)
def test_written_integers_round_trip(n):
    words = to_words(n)
    found = find_word_numbers(f"They counted {words} of them.")
    assert len(found) == 1
    assert found[0].value == n
    assert found[0].kind == "cardinal"


@pytest.mark.parametrize("text, value, value_max, kind", [
    ("hundreds of thousands of military casualties", 1e5, 1e6, "vague"),
    ("tens of thousands of students", 1e4, 1e5, "vague"),
    ("displaced millions of Ukrainian civilians", 1e6, 1e7, "vague"),
    ("Dozens of people were killed", 12, 120, "vague"),
    ("with one-fifth of Ukraine", 0.2, None, "fraction"),
    ("A third of those screened", 1 / 3, None, "fraction"),
    ("for the second time", 2, None, "ordinal"),
    ("in the twenty-first century", 21, None, "ordinal"),
    ("grew more than sixfold", 6, None, "fold"),
])
def test_find_word_numbers_kinds(text, value, value_max, kind):
    (found,) = find_word_numbers(text)
    assert found.value == pytest.approx(value)
    assert found.value_max == value_max
    assert found.kind == kind


def test_find_word_numbers_offsets_and_hyphen_compounds():
    text = "after a five-year, 1.8 billion-mile journey by thirty-two people"
    found = find_word_numbers(text)
    assert [text[f.start:f.end] for f in found] == ["five", "billion", "thirty-two"]
    assert [f.value for f in found] == [5, 1e9, 32]


def test_tens_alone_and_articles_are_not_numbers():
    assert find_word_numbers("tens are a lot; a man and an apple") == []


@given(st.integers(min_value=0, max_value=9999), st.sampled_from([2, 3, 4, 8, 16, 32, 64]), st.data(),
       st.sampled_from(["-", " "]))
@settings(max_examples=200)
def test_mixed_fractions_round_trip(whole, denominator, data, separator):
    numerator = data.draw(st.integers(min_value=1, max_value=denominator - 1))
    value = parse_mixed_fraction(f"{whole}{separator}{numerator}/{denominator}")
    assert value == pytest.approx(whole + numerator / denominator)


@pytest.mark.parametrize("literal", ["24-7/11", "3-5/4", "2-0/2", "1-1/5", "12-1/2x", "1/2"])
def test_parse_mixed_fraction_rejects(literal):
    assert parse_mixed_fraction(literal) is None
