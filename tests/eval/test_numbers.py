"""The NewsQuant evaluator: gold value parsing, the unit rule, pairing and the report."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfold.eval.number_units import canonical_unit, units_match
from newsfold.eval.numbers import (
    evaluate_numbers,
    format_number_report,
    parse_gold_value,
    values_match,
)


def gold(value="1", unit="-", normalized_unit="-"):
    return {"value": value, "unit": unit, "normalized_unit": normalized_unit, "change": "=",
            "referred_concepts": "-"}


@pytest.mark.parametrize("text, parsed", [
    ("4.5", (4.5, None)), ("-1.3", (-1.3, None)), ("2.998E-08", (2.998e-08, None)),
    ("10000.0-100000.0", (1e4, 1e5)), ("3.0 - 4.0", (3.0, 4.0)), ("75.0-45.88", (75.0, 45.88)),
    ("0-62.0", (0.0, 62.0)), ("-50800000000.0", (-5.08e10, None)),
])
def test_parse_gold_value(text, parsed):
    assert parse_gold_value(text) == parsed


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), st.floats(min_value=0, max_value=1e12))
@settings(max_examples=200)
def test_gold_values_round_trip(low, width):
    assert parse_gold_value(repr(low)) == (low, None)
    if low >= 0:
        high = low + width
        assert parse_gold_value(f"{low!r}-{high!r}") == (low, high)


def test_values_match_singles_and_ranges():
    assert values_match(0.3333333333, None, "0.3333333333333333")
    assert not values_match(3.0, None, "3.1")
    assert values_match(45.88, 75.0, "75.0-45.88")  # order-insensitive ranges
    assert not values_match(1e4, None, "10000.0-100000.0")
    assert not values_match(1e4, 1e5, "10000.0")
    assert values_match(5.0, 5.0, "5")  # a degenerate range is a single value
    assert not values_match(5.0, None, "five")  # unreadable gold never matches


@pytest.mark.parametrize("pred, gold_unit, gold_norm", [
    ("percent", "%", "percentage"), ("percent", "per cent", "percentage"), ("USD", "$", "dollar"),
    ("AUD", "$", "dollar"), ("CAD", "C$", "canadian dollar"), ("GBP", "PS", "pound sterling"),
    ("km", "kilometers", "kilometre"), ("mph", "m.p.h.", "mile per hour"), ("year", "year-old", "year of age"),
    ("countries", "European countries", "european country"), ("vehicles", "Kia and Hyundai vehicles", "Kia Hyundai vehicle"),
    ("USD per year", "$ a year", "dollar per year"), ("barrel per day", "barrels a day", "barrel per day"),
    ("Nm", "Nm", "newton metre"), ("nm", "nanometer", "nanometre"), ("G", "G", "generation wireless"),
    (None, "-", "year of age"), ("sq ft", "sq ft", "square feet"), ("hp", "PS", "horsepower"),
    ("BRL", "reais", "real"), ("brazilian real", "reais", "real"),
])
def test_units_match(pred, gold_unit, gold_norm):
    assert units_match(pred, gold(unit=gold_unit, normalized_unit=gold_norm))


@pytest.mark.parametrize("pred, gold_unit, gold_norm", [
    ("USD", "C$", "canadian dollar"), ("percent", "-", "-"), (None, "$", "dollar"), ("km", "miles", "mile"),
    ("Nm", "nanometer", "nanometre"), ("USD per year", "$", "dollar"),
])
def test_units_do_not_match(pred, gold_unit, gold_norm):
    assert not units_match(pred, gold(unit=gold_unit, normalized_unit=gold_norm))


def test_canonical_unit_is_case_aware_only_where_needed():
    assert canonical_unit("Hz") == canonical_unit("HZ") == canonical_unit("hertz")
    assert canonical_unit("-") is None and canonical_unit(None) is None


def test_evaluate_on_a_small_gold_file(nlp, tmp_path):
    rows = [
        {"id": "a", "text": "The company raised $4.2 billion and hired 200 people.",
         "quantities": [gold("4200000000.0", "$", "dollar"), gold("200", "people", "people")]},
        {"id": "b", "text": "Shares rose 5% on the 22nd day.", "quantities": [gold("5", "%", "percentage")]},
        {"id": "c", "text": "The war began in February 2022.", "quantities": []},
        {"id": "d", "text": "It weighs 12 kg.", "quantities": [gold("13", "kg", "kilogram")]},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    report = evaluate_numbers(path, nlp)
    assert report["gold_quantities"] == 4
    assert report["predicted_quantities"] == 4  # the ordinal "22nd" is left out
    assert report["value"]["matched"] == 3 and report["value_unit"]["matched"] == 3
    assert report["value"]["f1"] == pytest.approx(0.75)
    text = format_number_report(report)
    assert "value       P=0.750" in text and "missed    13" in text and "spurious  '12 kg'" in text
    assert evaluate_numbers(path, nlp, limit=2)["sentences"] == 2


@pytest.mark.slow
@pytest.mark.parametrize("transform, value_f1, unit_f1", [
    ("cased", 0.96, 0.93), ("lower", 0.95, 0.91), ("upper", 0.95, 0.90), ("wrapped", 0.96, 0.92),
])
def test_newsquant_tune_scores(nlp, shared_dir, transform, value_f1, unit_f1):
    """The tuning part only: the part set aside (heldout) is scored once, for a closing report."""
    gold_path = shared_dir / "eval" / "newsquant_dev.jsonl"
    if not gold_path.exists():
        pytest.skip(f"{gold_path} not found")
    report = evaluate_numbers(gold_path, nlp, split="tune", transform=transform)
    assert report["value"]["f1"] >= value_f1
    assert report["value_unit"]["f1"] >= unit_f1


@pytest.mark.parametrize("pred, gold_unit, gold_norm", [
    ("kilometer", "km", "kilometre"), ("horsepower", "HP", "horsepower"), ("degree_Celsius", "C", "celsius"),
    ("degree_Celsius", "°C", "degree celsius"), ("mile_per_hour", "mph", "mile per hour"),
    ("kilometer / hour", "km/h", "kilometre per hour"), ("meter * newton", "Nm", "newton metre"),
    ("kilowatt_hour", "kWh", "kilowatt hour"), ("gigametric_ton", "gigatonnes", "gigaton"),
    ("SEK", "crowns", "swedish krona"), ("child", "children", "child"), ("troop", "troops", "troop"),
    ("tablespoon", "tbsp", "tablespoon"), ("meter ** 2", "sq m", "square metre"),
])
def test_units_match_across_spellings(pred, gold_unit, gold_norm):
    assert units_match(pred, gold(unit=gold_unit, normalized_unit=gold_norm))


@pytest.mark.parametrize("pred, gold_unit, gold_norm", [
    ("kilowatt", "mW", "milliwatt"), ("degree_Celsius", "F", "fahrenheit"), ("troop", "people", "people"),
    ("GBP", "$", "dollar"), ("meter", "miles", "mile"),
])
def test_units_do_not_match_across_units(pred, gold_unit, gold_norm):
    assert not units_match(pred, gold(unit=gold_unit, normalized_unit=gold_norm))


def test_values_agree_within_a_tenth_of_a_percent():
    assert values_match(1000.5, None, "1000")
    assert not values_match(1002.0, None, "1000")


def test_transforms_and_peer_predictions_score_alike():
    from newsfold.eval.numbers import TRANSFORMS, Prediction, score_predictions

    assert TRANSFORMS["upper"]("Rose 5%") == "ROSE 5%" and TRANSFORMS["lower"]("Rose 5%") == "rose 5%"
    sentence = " ".join(["word"] * 30)
    wrapped = TRANSFORMS["wrapped"](sentence)
    assert "\n" in wrapped and wrapped.replace("\n", " ") == sentence
    records = [{"id": "a", "text": "x", "quantities": [gold("5", "%", "percentage"), gold("3", "km", "kilometre")]}]
    report = score_predictions(records, [[Prediction("5%", 5.0, None, "percentage"), Prediction("3", 3.0, None, None)]])
    assert report["value"]["matched"] == 2 and report["value_unit"]["matched"] == 1


def test_cqe_quantities_read_as_predictions():
    from types import SimpleNamespace

    from newsfold.eval.cqe_peer import _as_prediction

    value = SimpleNamespace(value=4.5e9, span=[SimpleNamespace(text="4.5"), SimpleNamespace(text="billion")])
    single = _as_prediction(SimpleNamespace(value=value, unit=SimpleNamespace(norm_unit="pound sterling")))
    assert (single.value, single.value_max, single.unit, single.text) == (4.5e9, None, "pound sterling", "4.5 billion")
    ranged = _as_prediction(SimpleNamespace(value=SimpleNamespace(lower=5, upper=10, span=[]),
                                            unit=SimpleNamespace(norm_unit="-")))
    assert (ranged.value, ranged.value_max, ranged.unit) == (5.0, 10.0, None)
