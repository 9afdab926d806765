"""Units as the numbers scorer compares them: every spelling of one unit brought to one key (news
spellings, ISO 4217 names, plurals, pint's symbols and names), and `units_match` (the rule is in
newsfold/eval/numbers.py's docstring)."""

from __future__ import annotations

import re
from functools import lru_cache

from newsfold.extract.numbers.naming import (
    NOT_PHYSICAL,
    PINT_EXPRESSIONS,
    is_currency_code,
    physical_unit_name,
    singular,
    unit_registry,
)

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
_add("brl", "r$", "real", "reais", "brazilian real", "brazilian reais")
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
_CANONICAL_KEYS = frozenset(UNIT_SYNONYMS.values())


@lru_cache(maxsize=None)
def _pint_knows(key: str) -> bool:
    try:
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
        key = UNIT_SYNONYMS.get(lower) or UNIT_SYNONYMS.get(singular(lower))
        if key is None:
            if _pint_knows(unit) and unit not in NOT_PHYSICAL and not is_currency_code(unit):
                return physical_unit_name(unit)  # pint's own spelling ("degree_Celsius", "kilometer / hour")
            return " ".join(singular(w) for w in lower.split())
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
        gold_words = {singular(w) for w in re.split(r"[\s,]+", gold_main.lower()) if w}
        if " " not in pred_key and pred_key not in _CANONICAL_KEYS and not _pint_knows(pred_key) \
                and pred_key in gold_words:
            return True
    return False
