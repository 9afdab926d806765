"""Quantity extraction on seed articles and real news sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfold.extract.numbers.extractor import extract_numbers
from newsfold.records import NUMBER_KINDS, NUMBER_QUALIFIERS


def extract(nlp, text):
    mentions = extract_numbers(nlp(text))
    for m in mentions:
        assert text[m.start_char:m.end_char] == m.text
        assert m.kind in NUMBER_KINDS and m.qualifier in NUMBER_QUALIFIERS
    return mentions


def only(nlp, text):
    mentions = [m for m in extract(nlp, text) if m.kind != "ordinal"]
    assert len(mentions) == 1, mentions
    return mentions[0]


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
    assert seven and all(m.unit == "nations" for m in seven)
    vague = [m for m in _all(seed_mentions) if m.text == "hundreds of thousands"]
    assert vague and all(m.qualifier == "approximate" and (m.value, m.value_max) == (1e5, 1e6) for m in vague)


def test_seed_dates_and_years_are_not_quantities(seed_mentions):
    texts = {m.text for m in _all(seed_mentions)}
    for not_a_quantity in ("2014", "2022", "2024", "2025", "5", "1", "2", "13"):
        assert not_a_quantity not in texts  # pre-2014, February 2022, May 2024, Article 5, Source 1


# --------------------------------------------------------------------------- sentences

@pytest.mark.parametrize("text, value, unit, kind", [
    ("Revenue reached $1.13bn last year.", 1.13e9, "USD", "money"),
    ("Exports were 600m euros.", 6e8, "EUR", "money"),
    ("The firm will sell 3 mln shares.", 3e6, "shares", "count"),
    ("Inflation hit 76 per cent.", 76, "percent", "percent"),
    ("Rates rose 2 percentage points.", 2, "percentage point", "percent"),
    ("Output is 500,000 barrels per day.", 5e5, "barrel per day", "measure"),
    ("The storm brought 100mph winds.", 100, "mph", "measure"),
    ("The 30-year-old striker left.", 30, "year", "duration"),
    ("The engine makes 150bhp.", 150, "bhp", "measure"),
    ("Revenue grew to HK $3.7 billion last year.", 3.7e9, "HKD", "money"),
    ("The offer was C $6 per share.", 6, "CAD per share", "money"),
    ("Global debt was about $US113 trillion.", 1.13e14, "USD", "money"),
    ("It paid 333.6 million yen for the tuna.", 3.336e8, "JPY", "money"),
    ("The takeover was worth PS8.1bn.", 8.1e9, "GBP", "money"),
    ("It weighs 278kg.", 278, "kg", "measure"),
    ("Nintendo fell to Y=28,030.", 28030, "JPY", "money"),
    ("The UK will spend 4.5 billion pounds.", 4.5e9, "GBP", "money"),
    ("He weighs 200 pounds.", 200, "lb", "measure"),
    ("Temperatures reached 30C.", 30, "celsius", "measure"),
    ("It sold 10.5 million Australian dollars of bonds.", 1.05e7, "AUD", "money"),
    ("Shares closed down 56 cents.", 56, "cent", "money"),
    ("The blue-chip index lost 162.31 points.", 162.31, "point", "measure"),
])
def test_single_quantities(nlp, text, value, unit, kind):
    m = only(nlp, text)
    assert m.value == pytest.approx(value)
    assert (m.unit, m.kind) == (unit, kind)


@pytest.mark.parametrize("text, low, high, unit", [
    ("Between 3 and 4 million people fled.", 3e6, 4e6, "people"),
    ("Growth of 5 to 10 percent is expected.", 5, 10, "percent"),
    ("Fines of $10 to $15 billion were discussed.", 1e10, 1.5e10, "USD"),
    ("There are four to five thousand people.", 4000, 5000, "people"),
    ("He was traveling at a speed of 15-22 miles per hour.", 15, 22, "mph"),
    ("Valve lift was increased from 13.5 to 14.0 mm.", 13.5, 14.0, "mm"),
    ("Claims ranged from $200 to $4 million.", 200, 4e6, "USD"),
    ("People earning between $48,000 and $90,000 a year.", 48000, 90000, "USD per year"),
    ("It will cost £5.5m-£6m.", 5.5e6, 6e6, "GBP"),
    ("Inventories fell to 138,285 lots from 212,577 lots.", 138285, 212577, "lots"),
    ("Horsepower jumped from 240 to 273 hp.", 240, 273, "hp"),
])
def test_ranges(nlp, text, low, high, unit):
    m = only(nlp, text)
    assert (m.value, m.value_max, m.unit, m.qualifier) == (pytest.approx(low), pytest.approx(high), unit, "range")


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


def test_counted_noun_phrase(nlp):
    m = only(nlp, "Seven European nations released a joint statement.")
    assert (m.value, m.unit, m.counted, m.kind) == (7, "nations", "European nations", "count")
    m = only(nlp, "Thousands of COVID-19 tests were procured.")
    assert (m.value, m.value_max, m.qualifier) == (1e3, 1e4, "approximate")


def test_signed_and_scientific_values(nlp):
    found = [(m.value, m.unit) for m in extract(nlp, "In Europe: FTSE -0.6% and it was minus 387 Fahrenheit.")]
    assert found == [(-0.6, "percent"), (-387, "fahrenheit")]
    m = only(nlp, "The speed of light is approximately 2.998×10−8 meters per second.")
    assert m.value == pytest.approx(2.998e-8)


def test_fractions(nlp):
    mentions = extract(nlp, "One US fluid ounce is 1/16 of a US pint.")
    assert [(m.value, m.unit) for m in mentions] == [(1, "ounce"), (pytest.approx(1 / 16), "pint")]
    mentions = extract(nlp, "One out of three Germans have housing problems.")
    assert [round(m.value, 4) for m in mentions] == [0.3333]


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


def test_proportions_are_not_counts(nlp):
    m = only(nlp, "Nine in 10 children said so.")
    assert (m.value, m.unit, m.kind, m.counted) == (0.9, None, "other", "children")


def test_elided_unit_is_inherited(nlp):
    mentions = extract(nlp, "Sales rose to 3.9 million headsets, up from 2.4 million in 2017.")
    assert [(m.value, m.unit) for m in mentions] == [(3.9e6, "headsets"), (2.4e6, "headsets")]


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

def _pairs(nlp, text):
    return [(m.value, m.value_max, m.unit) for m in extract(nlp, text) if m.kind != "ordinal"]


@pytest.mark.parametrize("text, expected", [
    ("The bank raised its prime rate to 8-1/4 pct.", [(8.25, None, "percent")]),
    ("Qtly div 3-1/2 cts vs 3-1/2 cts prior.", [(3.5, None, "cent"), (3.5, None, "cent")]),
    ("The bond was priced at 99-7/8.", [(99.875, None, None)]),
])
def test_mixed_fractions(nlp, text, expected):
    assert _pairs(nlp, text) == expected


def test_results_table_labels_are_not_counted_nouns(nlp):
    text = "Shr 12 cts vs 10 cts Net 2,345,000 vs 1,980,000 Revs 45.6 mln vs 40.1 mln Note: restated."
    assert _pairs(nlp, text) == [(12, None, "cent"), (10, None, "cent"), (2345000, None, None),
                                 (1980000, None, None), (45.6e6, None, None), (40.1e6, None, None)]
    nine = _pairs(nlp, "Nine mths Shr 40 cts vs 35 cts")
    assert nine[0] == (9, None, "month")


def test_amount_nouns_and_national_dollars(nlp):
    assert _pairs(nlp, "Italy posted a 420 mln deficit in May.") == [(420e6, None, None)]
    assert _pairs(nlp, "The new plant cost 80 mln Canadian dlrs.") == [(80e6, None, "CAD")]


def test_units_of_hyphenated_counts_and_sprints(nlp):
    assert _pairs(nlp, "The 15-member council voted on Tuesday.") == [(15, None, "member")]
    assert _pairs(nlp, "She won the 60m hurdles in 7.9 seconds.") == [(60, None, "m"), (7.9, None, "second")]


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
    assert _pairs(nlp, text) == expected


def test_counts_after_possessives_and_weekdays(nlp):
    assert _pairs(nlp, "Smith's two late goals sealed the win.") == [(2, None, "goals")]
    assert _pairs(nlp, "On Friday 20 protesters were arrested.") == [(20, None, "protesters")]


def test_a_year_before_is_not_a_rate(nlp):
    text = "Sales fell to 12 mln dlrs from 15 mln dlrs a year before."
    assert _pairs(nlp, text) == [(12e6, 15e6, "USD")]


def test_bare_low_end_after_change_verb_is_a_range(nlp):
    assert _pairs(nlp, "Sales grew 10 to 15 per cent in the quarter.") == [(10, 15, "percent")]
    assert _pairs(nlp, "The index rose 64.06 points to 4,577.10.") == [(64.06, None, "point"), (4577.1, None, "point")]


def test_count_after_a_proper_noun(nlp):
    assert _pairs(nlp, "In London 200 people marched against the war.") == [(200, None, "people")]
    assert _pairs(nlp, "He has scored for Brazil 77 times.") == [(77, None, "times")]
    assert _pairs(nlp, "The Apple Watch 5 is expensive.") == []


def test_glued_inches(nlp):
    assert _pairs(nlp, "The phone has a 6.5in screen.") == [(6.5, None, "inch")]


def test_rate_after_a_bracketed_conversion(nlp):
    text = "The firm earns 4 billion rupees ($48 million) a year."
    assert _pairs(nlp, text) == [(4e9, None, "INR per year"), (48e6, None, "USD")]
