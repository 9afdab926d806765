"""The unit a NumberMention carries, spelled as the contract says:

* money: the ISO 4217 code ("GBP", "USD"; historical codes such as "IEP", "DEM" too), checked
  against pycountry's list of currencies (current and historical);
* "percent", "percentage point", "basis point";
* physical units and durations: pint's name for the unit ("kilometer", "horsepower", "minute",
  "degree_Celsius", "kilometer / hour"): the readers find a unit in the text, pint names it, so
  "km", "kilometres" and "kms" are all "kilometer";
* counts: the lemma of the counted noun ("troop"), set by `counted`.

pint's registry is loaded once, on the first physical unit (about half a second); every name is
then cached.
"""

from __future__ import annotations

from functools import lru_cache

# How pint reads our reader's unit where its symbol differs from ours (or pint's reading of our symbol
# is another unit: "Nm" is newton metre, not "number meter"; "Gbps" is bits, not baud).
PINT_EXPRESSIONS = {
    "km2": "km**2", "m2": "m**2", "m3": "m**3", "sq ft": "ft**2", "sq mile": "mile**2", "cubic foot": "ft**3",
    "fl oz": "fluid_ounce", "light-year": "light_year", "nautical mile": "nautical_mile", "gigatonne": "Gt",
    "megatonne": "Mt", "bhp": "hp", "Nm": "N*m", "lb-ft": "lbf*ft", "KB": "kB", "Gbps": "Gbit/s",
    "Mbps": "Mbit/s", "mpg": "mile/gallon", "ppb": "ppb",
}
# Ours, not pint's: "point" (an index point) is not pint's typographic point; "times" is a ratio.
NOT_PHYSICAL = {"percent", "percentage point", "basis point", "point", "times", "G", "cent", "pence", "sen", "ppb",
                "unit"}  # pint reads "unit" as micro-nit


@lru_cache(maxsize=1)
def unit_registry():
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=None)
def physical_unit_name(unit: str) -> str:
    """pint's name for one of our units ("km" -> "kilometer"); the unit itself when pint has none."""
    if unit in NOT_PHYSICAL:
        return unit
    try:
        return str(unit_registry().Unit(PINT_EXPRESSIONS.get(unit, unit)))
    except Exception:  # noqa: BLE001 - pint raises several kinds for an unknown name
        return unit


# ISO 4217 codes withdrawn (list A.3) that news still quotes; pycountry lists current codes only.
HISTORIC_CODES = {"IEP", "DEM", "FRF", "ITL", "ESP", "NLG", "BEF", "ATS", "PTE", "FIM", "GRD", "LUF", "XEU",
                  "SUR", "YUM", "ZWD", "TRL", "ROL", "RUR", "CSK", "DDM", "ECS", "VEB", "MXP", "BRE", "ARP"}


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    import pycountry

    return frozenset({c.alpha_3 for c in pycountry.currencies} | HISTORIC_CODES)


def is_currency_code(code: str) -> bool:
    """Whether `code` is an ISO 4217 code, current or historical (pycountry)."""
    return code.upper() in _iso_codes() or code == "BTC"


def public_unit(unit: str | None, kind: str) -> str | None:
    """The unit as a NumberMention spells it."""
    if unit is None or kind == "count":
        return unit
    if kind == "money" and " per " not in unit:
        return unit
    main, _, rate = unit.partition(" per ")
    name = main if kind == "money" else physical_unit_name(main)
    if rate:
        name = f"{name} per {physical_unit_name(rate)}"
    return name


# English plurals a suffix rule gets wrong.
IRREGULAR_PLURALS = {
    "children": "child", "men": "man", "women": "woman", "people": "people", "persons": "person",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
    "knives": "knife", "halves": "half", "leaves": "leaf", "wolves": "wolf", "thieves": "thief",
    "shelves": "shelf", "calves": "calf", "criteria": "criterion", "phenomena": "phenomenon",
    "analyses": "analysis", "crises": "crisis", "theses": "thesis", "indices": "index", "media": "media",
    "data": "data", "news": "news", "series": "series", "species": "species", "police": "police",
    "staff": "staff", "cattle": "cattle", "sheep": "sheep", "fish": "fish", "deer": "deer",
}


def singular(word: str) -> str:
    """A plural noun's singular by the usual suffix rules ("troops" -> "troop", "cities" -> "city")."""
    word = word.lower()
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and (word.endswith(("ches", "shes", "sses", "xes", "zzes")) or word.endswith("oes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")):
        return word[:-1]
    return word


def looks_plural(word: str) -> bool:
    """Does a lower-case word read as a plural noun by the same suffix rules as `singular` ("men",
    "executives")? Words in "-ics" count too ("graphics"), which `singular` leaves whole."""
    return word in IRREGULAR_PLURALS or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))


def noun_lemma(token, surface: str | None = None, caseless: bool = False) -> str:
    """The counted noun's lemma, lower case ("troops" -> "troop", "Dreamliners" -> "dreamliner").
    spaCy's lemma when it has one; a proper-noun or capitals reading keeps the word as written, so
    a plural-looking word gets the suffix rules (so does every word of a caseless text, whose tags
    are unreliable). `surface`: the whole hyphenated word ("e-mails")."""
    word = (surface or token.text).lower()
    head, sep, last = word.rpartition("-")
    lemma = token.lemma_.lower() if token.lemma_ else ""
    if token.pos_ == "NOUN" and lemma and lemma != token.lower_:
        last = lemma
    elif caseless or token.tag_ not in ("NN", "NNP"):  # in capitals the tagger's NNP says nothing
        last = singular(last)
    return f"{head}{sep}{last}"


# pint units that are also everyday count nouns ("3 points", "two cups", "four bars"): a noun after a
# number is read as one of these units only by the unit table, never by pint's vocabulary alone.
PINT_HOMOGRAPHS = {
    "point", "stone", "bit", "shot", "bag", "cup", "bar", "barn", "hand", "line", "link", "chain", "rod",
    "league", "turn", "grain", "pole", "perch", "span", "cord", "board", "block", "gross", "dozen", "score",
    "count", "unit", "drop", "sheet", "ream", "cycle", "revolution", "tex", "pace", "step", "are", "mil",
    "rad", "stere", "percent", "degree", "gal", "tonne", "ton", "pound", "quad", "light", "shake", "sack",
    "bucket", "glass", "bottle", "square", "circle", "button", "fortnight", "century", "bel", "neper",
    "number", "knot", "pixel", "dot", "sound", "force", "water", "watt", "galileo", "hartree", "planck",
    "boltzmann", "avogadro", "gray", "gauss", "darcy", "stokes", "poise", "maxwell", "weber", "tesla",
    "henry", "siemens", "curie", "rem", "sievert", "becquerel", "farad", "coulomb", "kelvin", "oersted",
}


@lru_cache(maxsize=4096)
def pint_unit_for_word(word: str) -> str | None:
    """pint's name for a unit word the table does not know ("tablespoons" -> "tablespoon",
    "millibars" -> "millibar", "fathoms" -> "fathom"), or None: a word pint reads only by splitting
    off a prefix symbol ("cares" as centi-are), an everyday homograph ("points", "cups") or a
    dimensionless unit is not read."""
    lower = word.lower()
    if len(lower) < 3 or not lower.isalpha() or lower in PINT_HOMOGRAPHS or singular(lower) in PINT_HOMOGRAPHS:
        return None
    registry = unit_registry()
    try:
        candidates = registry.parse_unit_name(lower)
    except Exception:  # noqa: BLE001
        return None
    for prefix, name, suffix in candidates:
        if suffix or (prefix and not lower.startswith(prefix)) or (name in PINT_HOMOGRAPHS and not prefix):
            continue
        unit = registry.Unit(prefix + name)
        if unit.dimensionless:
            return None
        return str(unit)
    return None


def is_time_unit(name: str) -> bool:
    """Whether pint's unit `name` measures time (a duration)."""
    try:
        return unit_registry().Unit(name).dimensionality == {"[time]": 1}
    except Exception:  # noqa: BLE001
        return False
