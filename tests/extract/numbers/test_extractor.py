"""Quantity extraction end to end: seed articles, sentences that cross several stages, fuzzing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.numbers.helpers import extract, only, pairs


# --------------------------------------------------------------------------- seeds

@pytest.fixture(scope="module")
def seed_mentions(nlp, seed_texts):
    return {name: extract(nlp, text) for name, text in seed_texts.items()}


def _all(seed_mentions):
    return [m for mentions in seed_mentions.values() for m in mentions]


def test_seed_money(seed_mentions):
    by_text = {m.text: m for m in _all(seed_mentions)}
    pounds = by_text["£4.5 billion"]
    assert (pounds.value, pounds.unit, pounds.kind) == (4.5e9, "GBP", "money")
    assert pounds.counted == "military aid"
    dollars = by_text["$500 billion"]
    assert (dollars.value, dollars.unit, dollars.kind) == (5e11, "USD", "money")


def test_seed_percent_and_fraction(seed_mentions):
    by_text = {m.text: m for m in _all(seed_mentions)}
    percent = by_text["20%"]
    assert (percent.value, percent.unit, percent.kind, percent.qualifier) == (20, "percent", "percent", "approximate")
    assert percent.counted == "territory"
    assert by_text["one-fifth"].value == pytest.approx(0.2)


def test_seed_durations(seed_mentions):
    durations = {m.text: m for m in _all(seed_mentions) if m.kind == "duration"}
    assert (durations["90-minute"].value, durations["90-minute"].unit) == (90, "minute")
    assert (durations["90 minutes"].value, durations["90 minutes"].qualifier) == (90, "approximate")
    half = durations["an hour and a half"]
    assert (half.value, half.unit, half.qualifier) == (1.5, "hour", "approximate")
    years = durations["three years"]
    assert (years.value, years.unit, years.qualifier) == (3, "year", "approximate")


def test_seed_counts(seed_mentions):
    counts = [m for m in _all(seed_mentions) if m.kind == "count"]
    seven = [m for m in counts if m.value == 7]
    assert seven and all(m.unit == "nation" for m in seven)
    vague = [m for m in _all(seed_mentions) if m.text == "hundreds of thousands"]
    assert vague and all(m.qualifier == "approximate" and (m.value, m.value_max) == (1e5, 1e6) for m in vague)


def test_seed_dates_and_years_are_not_quantities(seed_mentions):
    texts = {m.text for m in _all(seed_mentions)}
    for not_a_quantity in ("2014", "2022", "2024", "2025", "5", "1", "2", "13"):
        assert not_a_quantity not in texts  # pre-2014, February 2022, May 2024, Article 5, Source 1


# --------------------------------------------------------------------------- sentences

@pytest.mark.parametrize("text", [
    "The war began in February 2022 when troops crossed the border.",
    "It will be available to buy online on October 1 2019.",
    "The outage could begin at 9:01 p.m. Pacific time Monday.",
    "The vote under Section 427 of the Act was delayed.",
    "Bristol City came from behind to beat Charlton 2-1.",
    "Call 020 7946 0000 or +44 20 7946 0000 for details.",
    "The FTSE 100 closed higher.",
    "Apple unveiled the iPhone 11 Pro.",
    "She returned to its pre-2014 borders.",
    "The Covid-19 pandemic hit the G7 economies.",
    "The same one was used again.",
])
def test_not_quantities(nlp, text):
    assert [m for m in extract(nlp, text) if m.kind != "ordinal"] == []


def test_ordinals_are_kept_apart(nlp):
    mentions = extract(nlp, "It was the 22nd meeting and the second in a row.")
    assert [(m.text, m.value, m.kind) for m in mentions] == [("22nd", 22, "ordinal"), ("second", 2, "ordinal")]


def test_signed_and_scientific_values(nlp):
    found = [(m.value, m.unit) for m in extract(nlp, "In Europe: FTSE -0.6% and it was minus 387 Fahrenheit.")]
    assert found == [(-0.6, "percent"), (-387, "degree_Fahrenheit")]
    m = only(nlp, "The speed of light is approximately 2.998×10−8 meters per second.")
    assert m.value == pytest.approx(2.998e-8)


def test_fractions(nlp):
    mentions = extract(nlp, "One US fluid ounce is 1/16 of a US pint.")
    assert [(m.value, m.unit) for m in mentions] == [(1, "ounce"), (pytest.approx(1 / 16), "pint")]
    mentions = extract(nlp, "One out of three Germans have housing problems.")
    assert [round(m.value, 4) for m in mentions] == [0.3333]


_FUZZ_ALPHABET = "0123456789 ,.-–/:%$£€¥ abcdefmkKMBnortwhilsuyp()+\n"
_FUZZ_WORDS = st.sampled_from(["one", "two", "twenty-five", "hundred", "thousands", "of", "and", "to", "between",
                               "from", "million", "bn", "per cent", "km", "a", "dozen", "half", "third", "May",
                               "2014", "US$", "about", "more than", "minutes", "-", "year-old", "fold", "×10"])


@given(st.lists(st.one_of(st.text(alphabet=_FUZZ_ALPHABET, max_size=12), _FUZZ_WORDS), max_size=14))
@settings(max_examples=150, deadline=None)
def test_any_text_gives_valid_mentions(nlp, pieces):
    text = " ".join(pieces)
    for m in extract(nlp, text):
        assert m.start_char < m.end_char
        if m.qualifier == "range":
            assert m.value_max is not None and m.value_max >= m.value


# --------------------------------------------------------------------------- generalisation (check-set error classes)

def test_amount_nouns_and_national_dollars(nlp):
    assert pairs(nlp, "Italy posted a 420 mln deficit in May.") == [(420e6, None, None)]
    assert pairs(nlp, "The new plant cost 80 mln Canadian dlrs.") == [(80e6, None, "CAD")]


def test_units_of_hyphenated_counts_and_sprints(nlp):
    assert pairs(nlp, "The 15-member council voted on Tuesday.") == [(15, None, "member")]
    assert pairs(nlp, "She won the 60m hurdles in 7.9 seconds.") == [(60, None, "meter"), (7.9, None, "second")]


@pytest.mark.parametrize("text, expected", [
    ("Payments rise to 9 mln dlrs in year two.", [(9e6, None, "USD")]),
    ("The Swede lost in the last four.", []),
    ("The airline said the 737-800 cut its fuel costs.", []),
    ("The ship was at Lat. 31 20 N., Long. 64 45 W. at noon.", []),
    ("The firm set a record date of June nine.", []),
    ("The update is version 2.3.1 and installs itself.", []),
    ("They start a three-day state visit on Monday.", []),
])
def test_labels_models_coordinates_dates_versions_are_not_quantities(nlp, text, expected):
    assert pairs(nlp, text) == expected


def test_shares_written_as_half_the_and_by_a_third(nlp):
    assert pairs(nlp, "More than half the people who met her gave money.") == [(0.5, None, "people")]
    assert pairs(nlp, "It would cut the benefits by up to a third.") == [(pytest.approx(1 / 3), None, None)]
    assert pairs(nlp, "He finished a third time.") == []


def test_half_of_a_year_or_game_is_not_a_share(nlp):
    assert pairs(nlp, "He scored in the second half.") == []
    assert pairs(nlp, "Profits were $12.5m in the first half of 2004.") == [(12.5e6, None, "USD")]
