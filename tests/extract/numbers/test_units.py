"""Units as the contract spells them: pint's names, ISO 4217 codes, percent, the counted noun's lemma."""

from __future__ import annotations

import pytest

from newsfold.extract.numbers.naming import (
    is_currency_code,
    noun_lemma,
    physical_unit_name,
    pint_unit_for_word,
    public_unit,
    singular,
)
from tests.extract.numbers.helpers import pairs


@pytest.mark.parametrize("ours, name", [
    ("km", "kilometer"), ("hp", "horsepower"), ("bhp", "horsepower"), ("minute", "minute"),
    ("celsius", "degree_Celsius"), ("km/h", "kilometer / hour"), ("mph", "mile_per_hour"), ("Nm", "meter * newton"),
    ("percent", "percent"), ("point", "point"), ("times", "times"),
])
def test_physical_units_are_named_by_pint(ours, name):
    assert physical_unit_name(ours) == name


def test_public_unit_keeps_codes_and_names_rates_part_by_part():
    assert public_unit("GBP", "money") == "GBP"
    assert public_unit("USD per barrel", "money") == "USD per barrel"
    assert public_unit("km per hour", "measure") == "kilometer per hour"
    assert public_unit("troop", "count") == "troop"


def test_currency_codes_current_and_historical():
    assert is_currency_code("GBP") and is_currency_code("SEK") and is_currency_code("IEP")
    assert not is_currency_code("ABC")


def test_singular_and_pint_words():
    assert [singular(w) for w in ("troops", "cities", "children", "boxes", "crisis", "bus")] == [
        "troop", "city", "child", "box", "crisis", "bus"]
    assert pint_unit_for_word("tablespoons") == "tablespoon" and pint_unit_for_word("millibars") == "millibar"
    assert pint_unit_for_word("points") is None and pint_unit_for_word("cares") is None
    assert pint_unit_for_word("troops") is None


@pytest.mark.parametrize("text, expected", [
    ("The strike involved 95,800 people.", [(95800, None, "people")]),
    ("Police said 3,000 troops were deployed.", [(3000, None, "troop")]),
    ("Inflation rose 1 per cent.", [(1, None, "percent")]),
    ("The engine delivers 784 HP.", [(784, None, "horsepower")]),
    ("It was 12 C in London yesterday.", [(12, None, "degree_Celsius")]),
    ("The alloy's modulus is 50-70 GPa.", [(50, 70, "gigapascal")]),
    ("Preheat the oven to 180 degrees C.", [(180, None, "degree_Celsius")]),
    ("The room measures 12 x 14 feet.", [(12, None, "foot"), (14, None, "foot")]),
    ("The pressure fell to 980 millibars.", [(980, None, "millibar")]),
    ("The deal is worth 500 SEK.", [(500, None, "SEK")]),
    ("the engine delivers 784 hp and temperatures hit 12 c.", [(784, None, "horsepower"), (12, None, "degree_Celsius")]),
    ("the pool is 2 m deep.", [(2, None, "meter")]),
])
def test_units_in_sentences(nlp, text, expected):
    assert pairs(nlp, text) == expected


def test_noun_lemma(nlp):
    doc = nlp("They sent 3,000 troops and 12 children.")
    assert noun_lemma(doc[3]) == "troop" and noun_lemma(doc[6]) == "child"


@pytest.mark.parametrize("text, expected", [
    ("The pound fell to 1.25 $ sterling.", [(1.25, None, "GBP")]),
    ("The menu costs 20 € in Paris.", [(20, None, "EUR")]),
    ("The company laid off 2,000 of its employees.", [(2000, None, "employee")]),
])
def test_currency_after_the_amount_and_counts_of(nlp, text, expected):
    assert pairs(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The victim, aged 62, was taken to hospital.", [(62, None, "year")]),
    ("She died on Sunday at age 94.", [(94, None, "year")]),
    ("Children under age 5 were vaccinated.", [(5, None, "year")]),
])
def test_an_age_is_years(nlp, text, expected):
    assert pairs(nlp, text) == expected


def test_an_article_before_a_dollar_sign_is_not_australian(nlp):
    assert pairs(nlp, "It requires a $10,000 donation.") == [(10000, None, "USD")]
    assert pairs(nlp, "A $5 fee applies, or A$7 in Sydney.") == [(5, None, "USD"), (7, None, "AUD")]


def test_an_age_range(nlp):
    assert pairs(nlp, "It affects children ages 3 to 17.") == [(3, 17, "year")]


def test_rates_per_kind_of_share_and_per_unit(nlp):
    assert pairs(nlp, "It declared a distribution of nine cts a depositary unit.") == [(9, None, "cent per unit")]
    assert pairs(nlp, "It earned 1.20 dlrs per common share.") == [(1.2, None, "USD per share")]
    assert pairs(nlp, "It paid $5 per unit.") == [(5, None, "USD per unit")]
