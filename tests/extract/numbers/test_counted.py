"""What a quantity counts: noun phrases, proportions, table labels, elided units (through extract_numbers)."""

from __future__ import annotations

from tests.extract.numbers.helpers import extract, only, pairs


def test_counted_noun_phrase(nlp):
    m = only(nlp, "Seven European nations released a joint statement.")
    assert (m.value, m.unit, m.counted, m.kind) == (7, "nation", "European nations", "count")
    m = only(nlp, "Thousands of COVID-19 tests were procured.")
    assert (m.value, m.value_max, m.qualifier) == (1e3, 1e4, "approximate")


def test_proportions_are_not_counts(nlp):
    m = only(nlp, "Nine in 10 children said so.")
    assert (m.value, m.unit, m.kind, m.counted) == (0.9, None, "other", "children")


def test_elided_unit_is_inherited(nlp):
    mentions = extract(nlp, "Sales rose to 3.9 million headsets, up from 2.4 million in 2017.")
    assert [(m.value, m.unit) for m in mentions] == [(3.9e6, "headset"), (2.4e6, "headset")]


def test_results_table_labels_are_not_counted_nouns(nlp):
    text = "Shr 12 cts vs 10 cts Net 2,345,000 vs 1,980,000 Revs 45.6 mln vs 40.1 mln Note: restated."
    assert pairs(nlp, text) == [(12, None, "cent"), (10, None, "cent"), (2345000, None, None),
                                 (1980000, None, None), (45.6e6, None, None), (40.1e6, None, None)]
    nine = pairs(nlp, "Nine mths Shr 40 cts vs 35 cts")
    assert nine[0] == (9, None, "month")


def test_last_between_a_number_and_a_noun_that_is_not_a_time(nlp):
    assert pairs(nlp, "The plan had one last obstacle.") == [(1, None, "obstacle")]
    assert pairs(nlp, "He scored 10 last week.") == [(10, None, None)]


def test_an_elided_unit_comes_from_the_nearest_quantity(nlp):
    text = "Loans at the 10 major New York banks fell 195 mln dlrs to 65.06 billion in the week."
    assert pairs(nlp, text) == [(10, None, "bank"), (195e6, None, "USD"), (65.06e9, None, "USD")]
    assert pairs(nlp, "Net rose 5 dlrs to 300 dlrs.") == [(5, None, "USD"), (300, None, "USD")]


def test_a_count_per_unit_of_time_is_a_rate(nlp):
    assert pairs(nlp, "Brazil could sell at least 2.0 mln bags per month.") == [(2e6, None, "bag per month")]
    assert pairs(nlp, "They provide three thousand tests per day.") == [(3000, None, "test per day")]
    assert pairs(nlp, "He sold 300 shares a day before the merger.") == [(300, None, "share")]


def test_counts_in_capitals_copy_are_read_from_the_words(nlp):
    text = "WAKES WERE UNDER WAY FOR AT LEAST THREE VICTIMS: KIMBERLY MORRIS AND ROY FERNANDEZ."
    assert pairs(nlp, text) == [(3, None, "victim")]
    text = "THE TWO MEN - ALONG WITH PERSONAL TRAINER GREG ANDERSON - WERE ALL INDICTED EARLIER THIS YEAR."
    assert pairs(nlp, text) == [(2, None, "man")]
    assert pairs(nlp, "AN ATTACK BOMBARDED IT WITH DATA FROM THOUSANDS OF PCS.")[0][2] in ("pc", "pcs")  # not parsecs
    assert pairs(nlp, "the lead up to 3g and 4g networks.") == [(3, None, "G"), (4, None, "G")]
    assert pairs(nlp, "MILLIONS OF NEW JOBS CREATED, WAGES GO UP.") == [(1e6, 1e7, "job")]


def test_a_count_before_a_measure_counts_the_noun_the_measure_modifies(nlp):
    assert pairs(nlp, "The business comprised two 6,000 tonne cargoes for March.") == [
        (2, None, "cargo"), (6000, None, "metric_ton")]
