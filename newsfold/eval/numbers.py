"""Score `extract_numbers` against a NewsQuant-style gold file (one sentence per JSONL line).

Each line: {"id", "text", "quantities": [{"value", "unit", "normalized_unit", "change",
"referred_concepts"}]}. Every sentence goes through the pipeline as a one-line article; each
predicted NumberMention is read back as (value, value_max, unit).

Matching rule (documented here because the scores depend on it):

* Scope. Ordinals (kind "ordinal") are left out of the predictions: NewsQuant does not annotate
  them ("the 22nd amendment" has no gold quantity). Everything else we emit counts.
* Value. Gold values are strings: "4.5", "-1.3", "2.998E-08", or ranges "10000.0-100000.0",
  "3.0 - 4.0". A gold single value matches a prediction without value_max (or with value_max ==
  value) when the numbers agree within 0.1% (relative; it was 1e-5 before issue #14, which defines
  the match at 0.1%). A gold range matches a predicted range when both ends match, in either order
  (the gold writes "from 75 to 45.88" as "75.0-45.88"; we store low..high).
* Unit. A prediction's unit matches when it is the gold `unit` or `normalized_unit`, or the same unit
  in another spelling. Spellings are brought to one key by: a synonym table of news spellings
  ("%", "per cent", "percentage" -> percent; "PS" -> GBP; "year-old" -> year), pycountry's ISO 4217
  names ("swedish krona" -> SEK), plurals (suffix rules and irregular plurals: "children" ->
  "child"), and pint for physical units (a symbol, its name and their plurals are one unit: "km",
  "kilometres", "kilometer"; "C", "celsius", "degree_Celsius"; "kW", "kilowatt"). Currency: gold
  "dollar" / "$" is the generic dollar and matches any dollar ISO code (USD, AUD, CAD, HKD, SGD,
  NZD, TWD), while a named dollar ("canadian dollar") needs its own code. Rates ("$ per gram") match
  part by part. Counted nouns (our unit for counts is the noun's lemma, e.g. "country") match when
  they are one of the words of the gold unit or normalised unit, singular ("European countries" /
  "european country"). A prediction with no unit matches a gold quantity whose surface unit is "-"
  (the text writes no unit, as in "rose 8% to 3.65").
* Pairing. Within a sentence each gold quantity is paired with at most one prediction, greedily
  (gold order, first free prediction that matches). Value F1 pairs on value alone; value+unit F1
  pairs, separately, on value and unit. Precision = matched / predictions, recall = matched / gold,
  micro-averaged over all sentences.
"""

from __future__ import annotations

import math
import re
import time
from functools import lru_cache
from dataclasses import dataclass
from pathlib import Path

from newsfold.eval.gold import read_gold
from newsfold.nlp.pipeline import parse_texts
from newsfold.extract.numbers import extract_numbers
from newsfold.extract.numbers.naming import NOT_PHYSICAL, PINT_EXPRESSIONS, is_currency_code, physical_unit_name, singular

REL_TOL = 1e-3  # "the value agrees (0.1%)"

DOLLAR_CODES = {"USD", "AUD", "CAD", "HKD", "SGD", "NZD", "TWD", "ZWL"}

# surface or normalised form -> canonical key. Keys are lower case.
UNIT_SYNONYMS: dict[str, str] = {}


def _add(key: str, *forms: str) -> None:
    for form in (key, *forms):
        UNIT_SYNONYMS[form.lower()] = key


_add("percent", "%", "per cent", "percentage", "pc", "pct", "percentages")
_add("percentage point", "percentage points", "pp", "ppt")
_add("basis point", "bps", "bp")
_add("usd", "$", "us$", "$us", "dollar", "dollars", "us dollar", "united states dollar", "$ us", "u.s. dollar")
_add("gbp", "£", "ps", "pound sterling", "pounds sterling", "sterling")
_add("eur", "€", "euro", "euros")
_add("jpy", "¥", "y", "yen", "japanese yen", "y=")
_add("cny", "yuan", "chinese yuan", "renminbi", "rmb")
_add("cad", "c$", "canadian dollar")
_add("aud", "a$", "australian dollar")
_add("hkd", "hk$", "hong kong dollar")
_add("sgd", "s$", "s $", "singaporean dollar", "singapore dollar")
_add("nzd", "nz$", "new zealand dollar")
_add("myr", "rm", "malaysian ringgit", "ringgit")
_add("ils", "shekel", "shekels", "nis", "israeli shekel")
_add("dkk", "danish krone", "danish crown", "danish crowns")
_add("inr", "rupee", "indian rupee", "rs")
_add("hrk", "croatian kuna", "kuna")
_add("krw", "won", "south korean won")
_add("chf", "swiss franc", "franc")
_add("cent", "cents", "c")
_add("pence", "p", "penny")
_add("sen")
_add("km", "kilometre", "kilometer", "kilometres", "kilometers", "kms")
_add("m", "metre", "meter", "metres", "meters")
_add("cm", "centimetre", "centimeter")
_add("mm", "millimetre", "millimeter")
_add("μm", "µm", "micrometre", "micrometer", "micron")
_add("nm", "nanometre", "nanometer")
_add("mile", "miles", "mi", "miles wide", "miles long")
_add("foot", "feet", "ft")
_add("inch", "inches", "in", '"')
_add("yard", "yards", "yd")
_add("ft**2", "sq ft", "square feet", "square foot", "sq. ft", "ft2")
_add("m**2", "m2", "square metre", "square meter", "sq m", "sqm", "m²")
_add("km**2", "km2", "square kilometre", "square kilometer", "sq km")
_add("litre", "liter", "l", "litres", "liters")
_add("mL", "ml", "millilitre", "milliliter")
_add("gallon", "gal")
_add("pint")
_add("quart")
_add("oz", "ounce", "ounces")
_add("barrel", "barrels", "bbl")
_add("kg", "kilogram", "kilograms", "kilogramme", "kilo", "kilos")
_add("g", "gram", "grams")
_add("mg", "milligram")
_add("tonne", "metric ton", "tonnes", "t")
_add("ton", "tons")
_add("Gt", "gigatonne", "gigaton", "gigatons", "gt")
_add("lb", "pound", "lbs")
_add("dram")
_add("mph", "mile per hour", "miles per hour", "m.p.h.", "m.p.h")
_add("km/h", "kilometre per hour", "kilometer per hour", "kph", "kmh")
_add("knot", "kt", "kts", "knots")
_add("m/s", "metre per second", "meter per second", "meters per second")
_add("mile/gallon", "mpg", "mile per gallon", "miles per gallon")
_add("W", "w", "watt", "watts")
_add("kW", "kw", "kilowatt", "kilowatts")
_add("MW", "mw", "megawatt")
_add("GW", "gw", "gigawatt")
_add("kWh", "kwh", "kilowatt hour", "kilowatt-hour")
_add("MWh", "mwh", "megawatt hour")
_add("GWh", "gwh", "gigawatt hour")
_add("TWh", "twh", "terawatt hour")
_add("hp", "horsepower", "bhp", "brake horsepower", "ps", "horses", "horse")
_add("N*m", "newton metre", "newton meter", "newton metres", "newton meters")
_add("lbf*ft", "lb-ft", "foot pound-force", "lb ft", "pound-feet")
_add("calorie", "calories", "kcal", "cal")
_add("celsius", "degrees celsius", "degree celsius", "°c")
_add("fahrenheit", "degrees fahrenheit", "degree fahrenheit", "°f")
_add("degree", "degrees", "°")
_add("Hz", "hz", "hertz")
_add("GHz", "ghz", "gigahertz")
_add("MHz", "mhz", "megahertz")
_add("GB", "gb", "gigabyte")
_add("MB", "mb", "megabyte")
_add("TB", "tb", "terabyte")
_add("ksi", "kilopound per square inch")
_add("MPa", "mpa", "megapascal")
_add("psi")
_add("V", "v", "volt", "volts")
_add("F", "f", "farad")
_add("ppm", "part per million", "parts per million", "parts-per-million")
_add("ppb", "part per billion", "parts per billion", "parts-per-billion")
_add("point", "points", "pts", "pt")
_add("times", "count", "fold", "-fold")
_add("g_wireless", "generation wireless")
_add("second", "seconds", "sec", "secs", "s")
_add("minute", "minutes", "min", "mins")
_add("hour", "hours", "hr", "hrs")
_add("day", "days")
_add("week", "weeks")
_add("month", "months")
_add("year", "years", "yr", "yrs", "year-old", "years old", "year old", "year of age", "years of age")
_add("decade", "decades")
_add("century", "centuries")
# Our "Nm" is torque; "nm" (lower case) is nanometre. Units are compared case-insensitively, so the
# one case-sensitive pair is resolved before lower-casing.
CASE_SENSITIVE = {"Nm": "N*m", "G": "g_wireless", "M": "m", "PS": "hp"}


def _add_iso_currencies() -> None:
    """Every currency's ISO 4217 name (pycountry) is a spelling of its code: "swedish krona" -> sek."""
    import pycountry

    for currency in pycountry.currencies:
        UNIT_SYNONYMS.setdefault(currency.alpha_3.lower(), currency.alpha_3.lower())
        UNIT_SYNONYMS.setdefault(currency.name.lower(), currency.alpha_3.lower())


_add_iso_currencies()


def _singular(word: str) -> str:
    return singular(word)


@lru_cache(maxsize=None)
def _pint_knows(key: str) -> bool:
    try:
        from newsfold.extract.numbers.naming import unit_registry

        unit_registry().Unit(key)
        return True
    except Exception:  # noqa: BLE001
        return False


def canonical_unit(unit: str | None) -> str | None:
    """One comparable key for a unit as we or the gold write it; None for "no unit". Spellings of one
    unit share a key: the synonym table, ISO currency names, plurals, and pint (a physical unit's
    symbol, name and plural: "km", "kilometres", "kilometer" are all pint's "kilometer")."""
    if unit is None:
        return None
    unit = unit.strip()
    if unit in ("", "-"):
        return None
    if unit in CASE_SENSITIVE:
        key = CASE_SENSITIVE[unit]
    else:
        lower = re.sub(r"\s+", " ", unit.lower())
        key = UNIT_SYNONYMS.get(lower) or UNIT_SYNONYMS.get(_singular(lower))
        if key is None:
            if _pint_knows(unit) and unit not in NOT_PHYSICAL and not is_currency_code(unit):
                return physical_unit_name(unit)  # pint's own spelling ("degree_Celsius", "kilometer / hour")
            return " ".join(_singular(w) for w in lower.split())
    if is_currency_code(key) or key in NOT_PHYSICAL:
        return key
    return physical_unit_name(key) if _pint_knows(PINT_EXPRESSIONS.get(key, key)) else key


def _split_rate(unit: str) -> tuple[str, str | None]:
    m = re.match(r"(.+?)\s+(?:per|a|an)\s+(.+)$", unit.strip())
    if m:
        return m.group(1), m.group(2)
    return unit, None


def _key_matches(pred_key: str, gold_key: str) -> bool:
    if pred_key == gold_key:
        return True
    upper_pred = pred_key.upper()
    if gold_key == "usd" and upper_pred in DOLLAR_CODES:
        return True  # the gold's "dollar" is any dollar
    return False


def units_match(pred_unit: str | None, gold: dict) -> bool:
    """The unit rule of the module docstring."""
    gold_unit = (gold.get("unit") or "-").strip()
    gold_norm = (gold.get("normalized_unit") or "-").strip()
    if pred_unit is None:
        return gold_unit == "-"
    pred_main, pred_rate = _split_rate(pred_unit)
    for gold_form in (gold_unit, gold_norm):
        if gold_form == "-":
            continue
        gold_main, gold_rate = _split_rate(gold_form)
        if (pred_rate is None) != (gold_rate is None):
            gold_main, gold_rate = gold_form, None  # "barrels a day" vs our "barrel per day" is handled below
            if pred_rate is not None:
                continue
        if pred_rate is not None and canonical_unit(pred_rate) != canonical_unit(gold_rate):
            continue
        pred_key = canonical_unit(pred_main)
        gold_key = canonical_unit(gold_main)
        if pred_key is None or gold_key is None:
            continue
        if _key_matches(pred_key, gold_key):
            return True
        # a counted noun: its singular is a word of the gold unit ("countries" ~ "european country")
        gold_words = {_singular(w) for w in re.split(r"[\s,]+", gold_main.lower()) if w}
        if " " not in pred_key and pred_key not in UNIT_SYNONYMS.values() and not _pint_knows(pred_key) \
                and pred_key in gold_words:
            return True
    return False


def parse_gold_value(value: str) -> tuple[float, float | None]:
    """"4.5" -> (4.5, None); "10000.0-100000.0" or "3.0 - 4.0" -> (low, high) as written."""
    text = str(value).strip()
    try:
        return float(text), None
    except ValueError:
        pass
    m = re.fullmatch(r"(-?[\d.]+(?:[eE][-+]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][-+]?\d+)?)", text)
    if not m:
        raise ValueError(f"unreadable gold value {value!r}")
    return float(m.group(1)), float(m.group(2))


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-8)


def values_match(pred_value: float, pred_max: float | None, gold_value: str) -> bool:
    try:
        gold_low, gold_high = parse_gold_value(gold_value)
    except ValueError:
        return False  # an unreadable gold value counts as a gold quantity nobody can match
    if pred_max is not None and _close(pred_max, pred_value):
        pred_max = None
    if gold_high is None:
        return pred_max is None and _close(pred_value, gold_low)
    if pred_max is None:
        return False
    return ((_close(pred_value, gold_low) and _close(pred_max, gold_high))
            or (_close(pred_value, gold_high) and _close(pred_max, gold_low)))


def pair_quantities(golds: list[dict], preds: list, with_unit: bool) -> list[tuple[int, int]]:
    """(gold index, prediction index) pairs, greedily in gold order; on value, or on value and unit."""
    free = list(range(len(preds)))
    pairs = []
    for gi, gold in enumerate(golds):
        for pi in free:
            pred = preds[pi]
            if not values_match(pred.value, pred.value_max, gold["value"]):
                continue
            if with_unit and not units_match(pred.unit, gold):
                continue
            pairs.append((gi, pi))
            free.remove(pi)
            break
    return pairs


def _scores(matched: int, n_pred: int, n_gold: int) -> dict:
    precision = matched / n_pred if n_pred else 0.0
    recall = matched / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "matched": matched}




def _wrap(text: str, width: int = 60) -> str:
    """The sentence hard-wrapped at `width` columns, as plain-text wire copy is."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join(lines + [line])


# Copies of the gold text that must read as well as the text itself: the gold quantities stay.
TRANSFORMS = {
    "cased": lambda text: text,
    "lower": str.lower,
    "upper": str.upper,
    "wrapped": _wrap,
}


@dataclass(frozen=True)
class Prediction:
    """One predicted quantity as the scorer reads it (a NumberMention, or a peer's output)."""

    text: str
    value: float
    value_max: float | None
    unit: str | None
    kind: str = "other"


def predict_newsfold(nlp, texts: list[str]) -> tuple[list[list[Prediction]], dict]:
    """newsfold's quantities for each text (ordinals left out: the gold has none), and timing."""
    started = time.perf_counter()
    docs = list(parse_texts(nlp, texts, batch_size=64))
    nlp_seconds = time.perf_counter() - started
    started = time.perf_counter()
    mentions = [[m for m in extract_numbers(doc) if m.kind != "ordinal"] for doc in docs]
    extract_seconds = time.perf_counter() - started
    predictions = [[Prediction(m.text, m.value, m.value_max, m.unit, m.kind) for m in ms] for ms in mentions]
    n_mentions = sum(len(p) for p in predictions)
    timing = {
        "nlp_seconds": nlp_seconds,
        "extract_seconds": extract_seconds,
        "numbers_per_second": n_mentions / extract_seconds if extract_seconds else 0.0,
        "sentences_per_second_extract": len(texts) / extract_seconds if extract_seconds else 0.0,
    }
    return predictions, timing


def score_predictions(records: list[dict], predictions: list[list]) -> dict:
    """Value and value+unit precision, recall and F1 of `predictions` (one list per record), with errors."""
    n_gold = n_pred = value_matched = unit_matched = 0
    errors = []
    for record, preds in zip(records, predictions):
        golds = record.get("quantities", [])
        n_gold += len(golds)
        n_pred += len(preds)
        value_pairs = pair_quantities(golds, preds, with_unit=False)
        unit_pairs = pair_quantities(golds, preds, with_unit=True)
        value_matched += len(value_pairs)
        unit_matched += len(unit_pairs)
        paired_gold = {g for g, _ in value_pairs}
        paired_pred = {p for _, p in value_pairs}
        unit_gold = {g for g, _ in unit_pairs}
        sentence_errors = []
        for gi, gold in enumerate(golds):
            if gi not in paired_gold:
                sentence_errors.append({"type": "missed", "gold_value": gold["value"], "gold_unit": gold["unit"],
                                        "gold_normalized_unit": gold["normalized_unit"]})
            elif gi not in unit_gold:
                pred = preds[dict(value_pairs)[gi]]
                sentence_errors.append({"type": "wrong_unit", "gold_value": gold["value"], "gold_unit": gold["unit"],
                                        "gold_normalized_unit": gold["normalized_unit"], "pred_text": pred.text,
                                        "pred_unit": pred.unit})
        for pi, pred in enumerate(preds):
            if pi not in paired_pred:
                sentence_errors.append({"type": "spurious", "pred_text": pred.text, "pred_value": pred.value,
                                        "pred_value_max": pred.value_max, "pred_unit": pred.unit,
                                        "pred_kind": pred.kind})
        if sentence_errors:
            errors.append({"id": record.get("id"), "text": record["text"], "errors": sentence_errors})
    return {
        "sentences": len(records),
        "gold_quantities": n_gold,
        "predicted_quantities": n_pred,
        "value": _scores(value_matched, n_pred, n_gold),
        "value_unit": _scores(unit_matched, n_pred, n_gold),
        "errors": errors,
    }


def gold_texts(records: list[dict], transform: str = "cased") -> list[str]:
    """The texts of the gold records, as written or as one of the TRANSFORMS copies."""
    return [TRANSFORMS[transform](r["text"]) for r in records]


def evaluate_numbers(gold_path: Path, nlp, limit: int | None = None, split: str = "all",
                     transform: str = "cased") -> dict:
    """Value F1 and value+unit F1 of extract_numbers on a NewsQuant-style JSONL file (one split of
    it: newsfold.eval.splits; the text as written or a TRANSFORMS copy), with errors."""
    records = read_gold(Path(gold_path), limit, split)
    predictions, timing = predict_newsfold(nlp, gold_texts(records, transform))
    report = score_predictions(records, predictions)
    report["gold_path"] = str(gold_path)
    report["timing"] = timing
    return report


def format_number_report(report: dict, max_errors: int = 60) -> str:
    """Human summary: value F1, value+unit F1, speed, and the first errors."""
    v, vu, t = report["value"], report["value_unit"], report.get("timing")
    lines = [
        f"numbers eval on {report.get('gold_path', report.get('name', '?'))}: {report['sentences']} sentences, "
        f"{report['gold_quantities']} gold, {report['predicted_quantities']} predicted",
        f"  value       P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f}",
        f"  value+unit  P={vu['precision']:.3f} R={vu['recall']:.3f} F1={vu['f1']:.3f}",
    ]
    if t:
        lines.append(f"  speed: extraction {t['extract_seconds']:.2f}s ({t['numbers_per_second']:.0f} numbers/s), "
                     f"nlp.pipe {t['nlp_seconds']:.2f}s")
    lines.append(f"  sentences with errors: {len(report['errors'])}")
    for entry in report["errors"][:max_errors]:
        lines.append(f"- [{entry['id']}] {entry['text']}")
        for error in entry["errors"]:
            if error["type"] == "missed":
                lines.append(f"    missed    {error['gold_value']} {error['gold_unit']!r} ({error['gold_normalized_unit']})")
            elif error["type"] == "wrong_unit":
                lines.append(f"    unit      {error['pred_text']!r}: ours {error['pred_unit']!r}, gold "
                             f"{error['gold_unit']!r} ({error['gold_normalized_unit']})")
            else:
                extra = f"-{error['pred_value_max']:g}" if error["pred_value_max"] is not None else ""
                lines.append(f"    spurious  {error['pred_text']!r} = {error['pred_value']:g}{extra} "
                             f"{error['pred_unit']!r} ({error['pred_kind']})")
    if len(report["errors"]) > max_errors:
        lines.append(f"... {len(report['errors']) - max_errors} more sentences with errors")
    return "\n".join(lines)


__all__ = ["evaluate_numbers", "format_number_report", "predict_newsfold", "score_predictions", "Prediction",
           "TRANSFORMS", "gold_texts", "units_match", "values_match", "canonical_unit",
           "parse_gold_value"]
