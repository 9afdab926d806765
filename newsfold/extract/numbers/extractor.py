"""Quantities in an article: money, percents, durations, measures, counts, ordinals.

`extract_numbers(doc)` reads the spaCy Doc of an article body and returns one NumberMention per
quantity, with offsets into `doc.text`. The work is mostly character-level (regular expressions
over the text are more reliable than the tokenizer for "$1.13bn", "640bhp" or "US $473 million");
spaCy is used for what needs grammar: the counted noun ("seven European nations"), proper-noun
identifiers ("Article 5", "FTSE 100") and year detection (DATE entities).

Stages, each a small function:
  1. blocked spans: clock times, numeric dates, phone numbers, coordinates, URLs, scores and votes ("2-1")
  2. atoms: digit numbers, fractions and mixed fractions ("7-3/4"), scientific notation, and written
     numbers (number_words)
  3. each atom reads its sign and currency (left), scale, unit, currency word and rate (right)
  4. filters: years, dates next to month names, identifiers, codes glued to letters, "one" as pronoun,
     labels ("in year two", "the last four"), model numbers ("737-800")
  5. ranges: "between X and Y", "X to Y", "X-Y", "from X (...) to Y", "to X from Y"
  6. qualifier from the words around, counted noun from spaCy, elided units ("up from 2.4 million")

Conventions (shared with the NewsQuant gold):
  * value in base units of the written scale: "£4.5 billion" -> 4.5e9 GBP; percents stay 20 for "20%";
    cents, pence and sen keep their own unit ("84.75 cents" -> 84.75 cent).
  * ranges are stored low..high (value <= value_max) with qualifier "range"; vague plurals
    ("hundreds of thousands") are approximate with value_max = 10 * value.
  * counts: unit is the counted noun as written ("troops"), counted its noun phrase
    ("military casualties"); proportions ("one in five adults") have no unit, counted = "adults".
  * ordinals are kind "ordinal" (kept apart); years, dates, clock times, phone numbers and
    identifiers are not quantities.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from newsfold.extract.numbers.words import find_word_numbers, parse_mixed_fraction
from newsfold.records import NumberMention

# --------------------------------------------------------------------------- lexicons

CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "$US": "USD", "A$": "AUD", "AU$": "AUD",
    "$A": "AUD", "$AU": "AUD", "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "$C": "CAD",
    "$CA": "CAD", "HK$": "HKD", "$HK": "HKD", "NZ$": "NZD", "$NZ": "NZD", "S$": "SGD",
    "SG$": "SGD", "$S": "SGD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "Z$": "ZWL",
    "£": "GBP", "PS": "GBP", "€": "EUR", "¥": "JPY", "Y=": "JPY", "₹": "INR", "Rs": "INR",
    "Rs.": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₦": "NGN", "₱": "PHP",
    "₫": "VND", "฿": "THB", "RM": "MYR", "Rp": "IDR",
}
CURRENCY_CODES = {
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "AUD", "CAD", "CHF", "HKD", "SGD", "NZD",
    "SEK", "NOK", "DKK", "ZAR", "BRL", "MXN", "RUB", "TRY", "KRW", "ILS", "NIS", "MYR", "IDR",
    "THB", "PHP", "PLN", "AED", "SAR", "NGN", "EGP", "PKR", "TWD", "UAH", "HRK", "CZK", "HUF",
}
CODE_ALIASES = {"RMB": "CNY", "NIS": "ILS"}

# Currency names after the number; an optional nationality picks the dollar, crown, peso...
CURRENCY_WORDS = [
    (r"(?:US|U\.S\.|American) (?:dollars?|dlrs?)", "USD"), (r"Australian (?:dollars?|dlrs?)", "AUD"),
    (r"Canadian (?:dollars?|dlrs?)", "CAD"), (r"Hong Kong (?:dollars?|dlrs?)", "HKD"),
    (r"Singapore(?:an)? (?:dollars?|dlrs?)", "SGD"), (r"New Zealand (?:dollars?|dlrs?)", "NZD"),
    (r"Taiwan(?:ese)? (?:dollars?|dlrs?)", "TWD"), (r"dollars?|bucks|dlrs?", "USD"),
    (r"pounds? sterling|sterling|stg", "GBP"), (r"euros?|euro(?= cents?\b)", "EUR"), (r"(?:Japanese )?yen", "JPY"),
    (r"(?:Chinese )?(?:yuan|renminbi)", "CNY"), (r"(?:Indian )?rupees?", "INR"),
    (r"Pakistani rupees?", "PKR"), (r"(?:Israeli )?(?:new )?shekels?", "ILS"),
    (r"Danish (?:crowns?|kroner|krone)", "DKK"), (r"Swedish (?:crowns?|kronor|krona)", "SEK"),
    (r"Norwegian (?:crowns?|kroner|krone)", "NOK"), (r"(?:Swiss )?francs?", "CHF"),
    (r"(?:South African )?rand", "ZAR"), (r"(?:Malaysian )?ringgit", "MYR"),
    (r"Mexican pesos?", "MXN"), (r"Philippine pesos?", "PHP"), (r"pesos?", "MXN"),
    (r"(?:Russian )?(?:roubles?|rubles?)", "RUB"), (r"(?:Turkish )?liras?", "TRY"),
    (r"(?:Irish )?punts?", "IEP"), (r"guilders?", "NLG"), (r"lire", "ITL"), (r"pesetas?", "ESP"),
    (r"naira", "NGN"), (r"dirhams?", "AED"), (r"riyals?", "SAR"), (r"baht", "THB"),
    (r"rupiah", "IDR"), (r"zloty(?:s)?", "PLN"), (r"hryvnias?", "UAH"), (r"kuna", "HRK"),
    (r"(?:Brazilian )?reais", "BRL"), (r"won", "KRW"), (r"bitcoins?", "BTC"),
]
# Sub-units keep their own unit (the gold writes "84.75 cents", not 0.8475 USD).
MINOR_CURRENCY = [(r"cents?|cts", "cent"), (r"pence", "pence"), (r"p", "pence"), (r"sen", "sen")]

# (pattern, normalised unit, kind). Case-sensitive; alternatives written out where case varies.
_U = [
    # percent-like
    (r"%", "percent", "percent"), (r"per ?cent|percent|pct|pc", "percent", "percent"),
    (r"percentage[- ]points?|pp|ppts?", "percentage point", "percent"),
    (r"basis[- ]points?|bps|bp", "basis point", "percent"),
    # age and durations
    (r"years?[- ]old|-years?-old|yrs? old|years? of age", "year", "duration"),
    (r"milliseconds?|ms", "millisecond", "duration"), (r"seconds?|secs?", "second", "duration"),
    (r"minutes?|mins?", "minute", "duration"), (r"hours?|hrs?", "hour", "duration"),
    (r"days?", "day", "duration"), (r"weeks?|wks?", "week", "duration"),
    (r"fortnights?", "fortnight", "duration"), (r"months?|mths?", "month", "duration"),
    (r"years?|yrs?", "year", "duration"), (r"decades?", "decade", "duration"),
    (r"century|centuries", "century", "duration"),
    # speed (before plain lengths so "miles per hour" wins)
    (r"mph|m\.p\.h\.?|miles (?:per|an) hour", "mph", "measure"),
    (r"km/h|kph|kmh|kmph|kilomet(?:re|er)s? (?:per|an) hour", "km/h", "measure"),
    (r"knots?|kts?|kn", "knot", "measure"), (r"m/s|met(?:re|er)s? per second", "m/s", "measure"),
    (r"mpg|miles (?:per|a) gallon", "mpg", "measure"),
    # area and volume before lengths
    (r"sq\.? ?km|km2|km²|square kilomet(?:re|er)s?", "km2", "measure"),
    (r"sq\.? ?m|sqm|m2|m²|square met(?:re|er)s?", "m2", "measure"),
    (r"sq\.? ?ft|ft2|ft²|square f(?:ee|oo)t", "sq ft", "measure"),
    (r"square miles?|sq\.? ?mi", "sq mile", "measure"), (r"acres?", "acre", "measure"),
    (r"hectares?|ha", "hectare", "measure"),
    (r"cubic f(?:ee|oo)t|cu\.? ?ft", "cubic foot", "measure"),
    (r"cubic met(?:re|er)s?|m3|m³", "m3", "measure"),
    (r"millilit(?:re|er)s?|ml|mL", "ml", "measure"), (r"lit(?:re|er)s?|l|L", "litre", "measure"),
    (r"gallons?|gal", "gallon", "measure"), (r"pints?", "pint", "measure"),
    (r"quarts?", "quart", "measure"), (r"fl\.? ?oz|fluid ounces?", "fl oz", "measure"),
    (r"barrels?|bbl", "barrel", "measure"),
    # lengths
    (r"kilomet(?:re|er)s?|km|kms", "km", "measure"), (r"centimet(?:re|er)s?|cm", "cm", "measure"),
    (r"millimet(?:re|er)s?|mm", "mm", "measure"),
    (r"micromet(?:re|er)s?|microns?|μm|µm", "μm", "measure"),
    (r"nanomet(?:re|er)s?|nm", "nm", "measure"), (r"met(?:re|er)s?|m", "m", "measure"),
    (r"light[- ]years?", "light-year", "measure"), (r"nautical miles?", "nautical mile", "measure"),
    (r"miles?|mi", "mile", "measure"), (r"feet|foot|ft", "foot", "measure"),
    (r"inch(?:es)?|in\.|in", "inch", "measure"), (r"yards?|yds?", "yard", "measure"),
    # mass
    (r"gigatonnes?|gigatons?|Gt", "gigatonne", "measure"),
    (r"megatonnes?|megatons?|Mt", "megatonne", "measure"),
    (r"metric tons?|tonnes?", "tonne", "measure"), (r"tons?", "ton", "measure"),
    (r"kilograms?|kilogrammes?|kilos?|kg|kgs", "kg", "measure"),
    (r"milligrams?|mg", "mg", "measure"), (r"micrograms?|mcg|μg", "μg", "measure"),
    (r"grams?|grammes?|g", "g", "measure"), (r"lbs?|pounds?", "lb", "measure"),
    (r"ounces?|oz", "oz", "measure"), (r"drams?", "dram", "measure"), (r"carats?|ct", "carat", "measure"),
    # power, energy, electricity
    (r"kWh|kilowatt[- ]hours?", "kWh", "measure"), (r"MWh|megawatt[- ]hours?", "MWh", "measure"),
    (r"GWh|gigawatt[- ]hours?", "GWh", "measure"), (r"TWh|terawatt[- ]hours?", "TWh", "measure"),
    (r"Wh|watt[- ]hours?", "Wh", "measure"), (r"mAh", "mAh", "measure"),
    (r"kW|kilowatts?", "kW", "measure"), (r"MW|megawatts?", "MW", "measure"),
    (r"GW|gigawatts?", "GW", "measure"), (r"W|watts?", "W", "measure"),
    (r"bhp|brake horsepower", "bhp", "measure"), (r"hp|horsepower|PS", "hp", "measure"),
    (r"Nm|newton[- ]met(?:re|er)s?", "Nm", "measure"), (r"lb[- ]ft|pound[- ]feet", "lb-ft", "measure"),
    (r"kcal|[Cc]alories?|Cal", "calorie", "measure"), (r"kJ|kilojoules?", "kJ", "measure"),
    (r"joules?|J", "J", "measure"), (r"kV|kilovolts?", "kV", "measure"), (r"volts?|V", "V", "measure"),
    (r"amps?|amperes?", "A", "measure"), (r"ohms?", "ohm", "measure"), (r"farads?", "F", "measure"),
    # temperature, angle
    (r"°C|º ?C|C|degrees? [Cc]elsius|degrees? [Cc]entigrade|[Cc]elsius", "celsius", "measure"),
    (r"°F|º ?F|F|degrees? [Ff]ahrenheit|[Ff]ahrenheit", "fahrenheit", "measure"),
    (r"degrees?|°|º", "degree", "measure"),
    # frequency, data, pressure, concentration, misc
    (r"GHz|gigahertz", "GHz", "measure"), (r"MHz|megahertz", "MHz", "measure"),
    (r"kHz|kilohertz", "kHz", "measure"), (r"Hz|HZ|hertz", "Hz", "measure"),
    (r"TB|terabytes?", "TB", "measure"), (r"GB|gigabytes?", "GB", "measure"),
    (r"MB|megabytes?", "MB", "measure"), (r"KB|kB|kilobytes?", "KB", "measure"),
    (r"Gbps|Gb/s", "Gbps", "measure"), (r"Mbps|Mb/s", "Mbps", "measure"),
    (r"psi", "psi", "measure"), (r"ksi", "ksi", "measure"), (r"MPa", "MPa", "measure"),
    (r"kPa", "kPa", "measure"), (r"GPa", "GPa", "measure"),
    (r"ppm|parts per million", "ppm", "measure"), (r"ppb|parts per billion", "ppb", "measure"),
    (r"rpm", "rpm", "measure"), (r"dB|decibels?", "dB", "measure"),
    (r"points?|pts", "point", "measure"),
    (r"times|-?fold|x", "times", "other"),
]
# The lookahead makes the regex backtrack to a longer alternative: "Fahrenheit", not its "F".
UNIT_PATTERNS = [(re.compile(f"(?:{p})(?![A-Za-z])"), unit, kind) for p, unit, kind in _U]


def _split_alternatives(pattern: str) -> list[str]:
    parts, depth, current, i = [], 0, "", 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            current += pattern[i:i + 2]
            i += 2
            continue
        depth += char in "([" and 1 or 0
        depth -= char in ")]" and 1 or 0
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
        i += 1
    return parts + [current]


def _first_chars(pattern: str) -> set[str] | None:
    """The characters a match of `pattern` can start with; None when unsure (then always try it)."""
    chars: set[str] = set()
    for alternative in _split_alternatives(pattern):
        if not alternative:
            return None
        if alternative.startswith("(?:"):
            depth, end = 0, None
            for i, char in enumerate(alternative):
                depth += char == "(" and 1 or 0
                depth -= char == ")" and 1 or 0
                if depth == 0:
                    end = i
                    break
            if end is None or alternative[end + 1:end + 2] in ("?", "*"):
                return None
            inner = _first_chars(alternative[3:end])
            if inner is None:
                return None
            chars |= inner
            continue
        if alternative[0] == "[":
            body = alternative[1:alternative.index("]")]
            if re.search(r".-.", body) or alternative[alternative.index("]") + 1:][:1] in ("?", "*"):
                return None
            chars |= set(body)
            continue
        if alternative[0] == "\\":
            if alternative[1:2].isalnum() or alternative[2:3] in ("?", "*"):
                return None
            chars.add(alternative[1])
            continue
        if alternative[1:2] in ("?", "*") or alternative[0] in ".^$()":
            return None
        chars.add(alternative[0])
    return chars


# first character -> the unit patterns that can match there (in their order); the rest are always tried
_UNIT_ALWAYS: list = []
_UNIT_BY_CHAR: dict[str, list] = {}
for _entry, (_pattern, _unit, _kind) in zip(UNIT_PATTERNS, _U):
    _chars = _first_chars(_pattern)
    if _chars is None:
        _UNIT_ALWAYS.append(_entry)
    else:
        for _char in _chars:
            _UNIT_BY_CHAR.setdefault(_char, []).append(_entry)
# Units that are single letters or otherwise easy to mistake are only read when glued to the
# number ("5.2l", "600m", "6W"), never across a space ("5 m" is read, "I have 5 g" would be odd).
GLUED_ONLY = {"l", "L", "g", "J", "m", "C", "F", "x", "p", "in.", "in", "ms", "mi", "ha", "ct", "pp", "Cal",
              "nm", "kn", "kt", "kts", "bp", "pc", "PS", "Mt", "Gt"}

DURATION_UNITS = {"millisecond", "second", "minute", "hour", "day", "week", "fortnight", "month",
                  "year", "decade", "century"}
RATE_DENOMINATORS = [
    (r"day", "day"), (r"week", "week"), (r"month", "month"), (r"year|annum", "year"),
    (r"hour", "hour"), (r"share", "share"), (r"barrel", "barrel"), (r"gram", "gram"),
    (r"kilo(?:gram)?|kg", "kg"), (r"tonne|ton", "tonne"), (r"gallon", "gallon"), (r"litre|liter", "litre"),
    (r"square (?:foot|feet)|sq\.? ?ft", "sq ft"), (r"square met(?:re|er)|sq\.? ?m", "m2"),
    (r"person|head|capita", "person"), (r"game", "game"), (r"unit", "unit"), (r"pound|lb", "lb"),
    (r"mile", "mile"), (r"kilomet(?:re|er)|km", "km"), (r"night", "night"), (r"ounce|oz", "oz"),
    (r"minute", "minute"), (r"second", "second"), (r"kWh", "kWh"), (r"megawatt[- ]hour|MWh", "MWh"),
    (r"seat", "seat"), (r"word", "word"),
]
_RATE = re.compile(
    r"(?:\s*/\s*|\s+per\s+|\s+an?\s+|-an?-|\s+each\s+)(" + "|".join(p for p, _ in RATE_DENOMINATORS)
    + r")s?(?![A-Za-z])(?!\s+(?:before|ago|earlier|later|previously)\b)", re.I)

SCALE_WORDS = {
    "trillion": 1e12, "tn": 1e12, "tln": 1e12, "trn": 1e12, "trln": 1e12, "billion": 1e9, "bn": 1e9, "bln": 1e9,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mill": 1e6, "thousand": 1e3,
    "hundred": 100, "crore": 1e7, "lakh": 1e5, "lakhs": 1e5, "crores": 1e7,
}
_SCALE = re.compile(r"(?:\s?|-)(trillion|billion|million|thousand|hundred|crores?|lakhs?|bn|bln|mn|mln|"
                    r"mill|mil|tn|tln|trn|trln)(?![A-Za-z])", re.I)
_GLUED_SCALE = re.compile(r"([kKmMbB])(?![A-Za-z0-9])")
_SPACED_CAPITAL_SCALE = re.compile(r" ([MB])(?= [a-z])")  # "8 B people", "4.3 M sales"

MONTHS = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH_BEFORE = re.compile(r"(?:\b(?:" + MONTHS + r")\.?,?|\b(?:" + MONTHS + r")\.? \d{1,2}(?:st|nd|rd|th)?,?)\s+$")
_MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:" + MONTHS + r")\b")

APPROXIMATE = ["about", "around", "approximately", "approx.", "approx", "roughly", "nearly", "almost",
               "some", "an estimated", "estimated", "close to", "circa", "c.", "~", "≈", "just about",
               "an average of", "on average", "averaging", "upwards of"]
AT_LEAST = ["more than", "over", "above", "at least", "in excess of", "exceeding", "greater than",
            "higher than", "no less than", "not less than", "just over", "well over", "a minimum of",
            "minimum of", ">", "≥", "north of"]
AT_MOST = ["less than", "fewer than", "under", "below", "up to", "at most", "no more than",
           "not more than", "just under", "lower than", "a maximum of", "maximum of", "as little as",
           "as few as", "as much as", "as many as", "<", "≤", "sub-", "within"]
_QUALIFIER = re.compile(
    r"(?:^|(?<=[^A-Za-z]))(" + "|".join(re.escape(w) for w in sorted(APPROXIMATE + AT_LEAST + AT_MOST,
                                                                  key=len, reverse=True))
    + r")\s*$", re.I)
_QUALIFIER_SUFFIX = re.compile(r"^(?:\s+or\s+(more|less|fewer|so)\b|(-plus\b|\+(?![\d])|-odd\b))", re.I)

IDENTIFIER_NOUNS = {
    "section", "article", "chapter", "part", "page", "room", "flight", "number", "no", "no.", "nos",
    "route", "highway", "interstate", "gate", "channel", "platform", "phase", "stage", "episode",
    "vol", "vol.", "volume", "version", "v", "grade", "category", "class", "type", "model",
    "series", "row", "seat", "apartment", "suite", "unit", "bus", "line", "lane", "exit",
    "terminal", "district", "ward", "precinct", "box", "clause", "paragraph", "figure", "fig",
    "table", "step", "act", "amendment", "rule", "item", "level", "tier", "source", "note",
    "squad", "pier", "building", "block", "lot", "case", "bill", "resolution",
    "psalm", "verse", "division", "region", "zone", "batch", "issue", "number:", "id", "top",
    # market indices, products and events named with a number, often written in lower case
    "s&p", "sp", "ftse", "stoxx", "dax", "cac", "nikkei", "asx", "kospi", "nifty", "sensex", "russell",
    "msci", "ibex", "aex", "smi", "tsx", "ta", "euro", "formula", "windows", "iphone", "galaxy", "pixel",
    "boeing", "airbus", "covid", "sars", "gen", "mk", "ios", "android", "playstation", "xbox",
}
YEAR_PREPOSITIONS = {"in", "since", "of", "by", "until", "till", "to", "from", "before", "after",
                     "during", "between", "and", "year", "fiscal", "fy", "season", "circa", "mid",
                     "late", "early", "pre", "post", "through", "around", "summer", "winter",
                     "spring", "autumn", "fall", "class", "c."}
OLD_YEAR_PREPOSITIONS = {"in", "since", "until", "till", "before", "after", "during", "circa", "c", "from", "by"}
CHANGE_VERBS = {"rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen",
                "falling", "up", "down", "gained", "gain", "gains", "lost", "lose", "loses",
                "climbed", "climb", "climbs", "dropped", "drop", "drops", "jumped", "jump", "jumps",
                "slid", "slide", "slides", "grew", "grow", "grows", "increased", "increase",
                "decreased", "decrease", "added", "add", "adds", "shed", "sheds", "declined",
                "decline", "declines", "surged", "surge", "plunged", "plunge", "tumbled", "advanced",
                "eased", "slipped", "soared", "sank", "dipped", "rallied", "cut", "raised", "lifted",
                "edged", "by", "higher", "lower"}
PRONOUN_ONE_BEFORE = {"the", "this", "that", "each", "every", "any", "no", "which", "another",
                      "same", "a", "an", "little", "big", "only", "right", "wrong", "last", "next",
                      "other", "new", "old", "first", "such"}

# --------------------------------------------------------------------------- atoms

_NUMBER = re.compile(r"(?<![\d])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)")
# "2-1/2 cts", "7-3/4 pct", "101-3/8", "6 1/2 miles": a whole number and a fraction (US financial style)
_MIXED_FRACTION = re.compile(r"(?<![\d/⁄.,-])(\d{1,4})(?:-| )(\d{1,2})[/⁄](\d{1,2})(?![\d/⁄])")
_FRACTION = re.compile(r"(?<![\d/⁄.])(\d{1,3})\s?[/⁄]\s?(\d{1,3})(?![\d/⁄])")
_UNICODE_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125}
_UNICODE_FRACTION = re.compile(r"(\d+)?\s?([½¼¾⅓⅔⅕⅛])")
_SCIENTIFIC = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(?:[×x*]|\\times)\s?10\s?(?:\^|\*\*)?\s?([-−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_ORDINAL_DIGITS = re.compile(r"(?<![\w.])(\d+)(st|nd|rd|th)(?![A-Za-z])")
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
_A_UNIT_AND_A_HALF = re.compile(
    r"\b(an?|one)\s+(second|minute|hour|day|week|month|year|mile|kilometre|kilometer|metre|meter)"
    r"\s+and\s+a\s+half\b", re.I)

_BLOCKERS = [
    # clock times: "9:01 p.m.", "17:22", "10.45pm", "5am", "2 p.m."
    re.compile(r"(?<![\d.])\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?|GMT|BST|UTC|[ECMP][SD]?T\b)", re.I),
    re.compile(r"(?<![\d.:])\d{1,2}:\d{2}(?::\d{2})?(?![\d])"),
    re.compile(r"(?<![\d.])\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)", re.I),
    # numeric dates: 10/12/2020, 2020-01-05, 12.03.2021
    re.compile(r"(?<![\d])\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?![\d])"),
    # phone numbers: with +country code, (area) code, or three digit groups
    re.compile(r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}"),
    re.compile(r"\(\d{2,5}\)\s?\d{3,4}[\s.-]?\d{3,4}"),
    re.compile(r"(?<![\d,.])\d{3}[-.]\d{3}[-.]\d{4}(?![\d])"),
    re.compile(r"(?<![\d,.])0\d{1,4}(?:[\s-]\d{3,4}){1,3}(?![\d])"),  # "020 7946 0000"
    # coordinates: "Lat. 25 57 N., Long. 75 06 W.", "51°30′N"
    re.compile(r"(?<![\d.,])\d{1,3}(?:\s?[°º]\s?|\s)\d{1,2}(?:\s?[′'])?\s?[NSEW]\b\.?"),
    # URLs, e-mails, hashtags and handles
    re.compile(r"(?:https?://|www\.)\S+|\S+@\S+|[#@]\w+"),
]


@dataclass
class _Q:
    """A quantity being built; turned into a NumberMention at the end."""

    start: int  # span start (currency or sign included)
    end: int  # span end (scale and unit included)
    num_start: int
    num_end: int
    value: float
    raw: float  # value as written, before the scale word
    value_max: float | None = None
    scale: float = 1.0
    unit: str | None = None
    kind: str = "other"
    currency: str | None = None
    qualifier: str = "exact"
    counted: str | None = None
    written: bool = False  # number written in words
    word_kind: str = "cardinal"  # cardinal | fraction | vague | ordinal | digits
    has_comma: bool = False
    has_decimal: bool = False
    drop: bool = False
    flags: set = field(default_factory=set)


_SCORE = re.compile(r"(?<![\d.,$£€-])(\d{1,3})-(\d{1,3})(?![\d%/]|[.,]\d|-|\s?(?:per|percent|pc)\b|[A-Za-z])")


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in _BLOCKERS:
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    # scores and votes: "beat Charlton 2-1", "losing 28-17", "passed 228-206" (a range goes up: "5-10")
    for m in _SCORE.finditer(text):
        if int(m.group(1)) >= int(m.group(2)):
            spans.append((m.start(), m.end()))
    return spans


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _parse_digits(literal: str) -> float:
    return float(literal.replace(",", ""))


def _digit_atoms(text: str, blocked: list[tuple[int, int]]) -> list[_Q]:
    atoms: list[_Q] = []
    taken: list[tuple[int, int]] = []
    for m in _UNICODE_FRACTION.finditer(text):
        whole = float(m.group(1)) if m.group(1) else 0.0
        value = whole + _UNICODE_FRACTIONS[m.group(2)]
        atoms.append(_Q(m.start(), m.end(), m.start(), m.end(), value, value, has_decimal=True,
                        word_kind="fraction" if not m.group(1) else "digits"))
        taken.append((m.start(), m.end()))
    for m in _MIXED_FRACTION.finditer(text):
        value = parse_mixed_fraction(m.group(0))
        if value is None or _overlaps(m.start(), m.end(), taken):
            continue
        atoms.append(_Q(m.start(), m.end(), m.start(), m.end(), value, value, has_decimal=True,
                        word_kind="digits"))
        taken.append((m.start(), m.end()))
    for m in _FRACTION.finditer(text):
        numerator, denominator = int(m.group(1)), int(m.group(2))
        if _overlaps(m.start(), m.end(), blocked + taken):
            continue
        # Only proper fractions with usual denominators; "24/7" or "9/11" are not quantities.
        if denominator in (2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128) and 0 < numerator < denominator:
            atoms.append(_Q(m.start(), m.end(), m.start(), m.end(), numerator / denominator,
                            numerator / denominator, has_decimal=True, word_kind="fraction"))
        taken.append((m.start(), m.end()))
    for m in _ORDINAL_DIGITS.finditer(text):
        if _overlaps(m.start(), m.end(), blocked + taken):
            continue
        value = float(m.group(1))
        atoms.append(_Q(m.start(), m.end(), m.start(), m.end(), value, value, word_kind="ordinal",
                        kind="ordinal"))
        taken.append((m.start(), m.end()))
    for m in _SCIENTIFIC.finditer(text):
        exponent = m.group(2).translate(_SUPERSCRIPTS).replace("−", "-").replace("⁻", "-")
        try:
            value = float(m.group(1)) * 10.0 ** int(exponent)
        except (ValueError, OverflowError):
            continue
        atoms.append(_Q(m.start(), m.end(), m.start(), m.end(), value, value, word_kind="digits",
                        has_decimal=True))
        taken.append((m.start(), m.end()))
    for m in _NUMBER.finditer(text):
        if (blocked or taken) and _overlaps(m.start(), m.end(), blocked + taken):
            continue
        literal = m.group(1)
        if re.match(r"0\d", literal):
            continue  # "007", "0161": codes, not amounts
        after = text[m.end():m.end() + 2]
        if re.match(r"\.\d", after) or re.search(r"\d\.$", text[max(0, m.start() - 2):m.start()]):
            continue  # version numbers and IP addresses: "3.0.1" (every part of it)
        value = _parse_digits(literal)
        atoms.append(_Q(m.start(), m.end(), m.start(), m.end(), value, value, word_kind="digits",
                        has_comma="," in literal, has_decimal="." in literal))
    return atoms


def _word_atoms(text: str, blocked: list[tuple[int, int]]) -> list[_Q]:
    atoms = []
    for m in _A_UNIT_AND_A_HALF.finditer(text):
        # "an hour and a half": the unit sits inside the number, so it is read here.
        unit = _read_unit(text, m.start(2), glued=False)
        unit_name, unit_kind = (unit[0], unit[1]) if unit else (None, "other")
        q = _Q(m.start(), m.end(), m.start(), m.end(), 1.5, 1.5, unit=unit_name, kind=unit_kind,
               written=True, word_kind="cardinal")
        q.flags.add("unit_read")
        atoms.append(q)
    for w in find_word_numbers(text):
        if _overlaps(w.start, w.end, blocked) or any(a.start <= w.start < a.end for a in atoms):
            continue
        kind = "ordinal" if w.kind == "ordinal" else "other"
        q = _Q(w.start, w.end, w.start, w.end, w.value, w.value, value_max=w.value_max,
               written=True, word_kind=w.kind, kind=kind,
               qualifier="approximate" if w.kind == "vague" else "exact")
        last_word = text[w.start:w.end].split()[-1].lower()
        if w.kind == "cardinal" and last_word in SCALE_WORDS and w.value != SCALE_WORDS[last_word]:
            q.scale = SCALE_WORDS[last_word]  # "five thousand": lets "four to five thousand" share it
            q.raw = w.value / q.scale
        if w.kind == "fold":
            q.unit, q.word_kind = "times", "cardinal"
            q.flags.add("unit_read")
        atoms.append(q)
    return atoms


# --------------------------------------------------------------------------- reading around an atom

_LEFT_CURRENCY = re.compile(
    r"(?:(?<![A-Za-z])(US|U\.S\.|AU|A|CAN|CA|C|HK|NZ|SG|S|NT|R|MX|Z)\s?\$|\$\s?(US|AU|A|CA|C|NZ|HK|S)(?![A-Za-z])|"
    r"(\$|£|€|¥|₹|₩|₽|₺|₪|₦|₱|₫|฿|Y=)|(?<![A-Za-z])(Rs\.?|RM|Rp|PS|" + "|".join(sorted(CURRENCY_CODES)) + r"))"
    r"\s?$")


def _read_left_currency(text: str, pos: int) -> tuple[str, int] | None:
    """Currency written before position `pos`: ("USD", start of the symbol) or None."""
    window = text[max(0, pos - 8):pos]
    m = _LEFT_CURRENCY.search(window)
    if not m:
        return None
    start = pos - len(window) + m.start()
    if m.group(1):
        key = m.group(1).replace("U.S.", "US") + "$"
    elif m.group(2):
        key = "$" + m.group(2)
    elif m.group(3):
        key = m.group(3)
    else:
        key = m.group(4)
    if key in CURRENCY_CODES:
        return CODE_ALIASES.get(key, key), start
    code = CURRENCY_SYMBOLS.get(key) or CURRENCY_SYMBOLS.get(key.rstrip("."))
    return (code, start) if code else None


def _read_scale(text: str, pos: int, has_currency: bool, is_decimal: bool) -> tuple[float, int]:
    """Scale words right after a number: "billion", "bn", "m" (money), "hundred million"."""
    scale = 1.0
    m = _SCALE.match(text, pos)
    while m:
        scale *= SCALE_WORDS[m.group(1).lower()]
        pos = m.end()
        m = _SCALE.match(text, pos)
    if scale != 1.0:
        return scale, pos
    glued = _GLUED_SCALE.match(text, pos)
    if glued:
        letter = glued.group(1)
        following = text[glued.end():glued.end() + 12]
        plural_follows = re.match(r"\s+(?!(?:hurdles|relays?|races?|freestyle|sprints?|dash|steeplechase|"
                                  r"medley|butterfly|backstroke|breaststroke|heats?|finals?)\b)"
                                  r"(?:[a-z]+s|people|children|men|women)\b", following)
        if letter == "k" or (letter == "K" and (has_currency or plural_follows)):
            return 1e3, glued.end()  # "25k", "$50K"; a bare "4K" is a screen resolution
        if letter in "bB" and (has_currency or letter == "B" and re.match(r" [a-z]", following)
                               or _read_currency_word(text, glued.end()) is not None):
            return 1e9, glued.end()
        if letter in "mM":
            # "$600m" and "2.7m sales" are millions; "800m" or "50m sprint" are metres.
            noun_follows = re.match(r"\s+(?!tall|long|high|wide|deep|away|above|below|from|in\b|of\b|"
                                    r"to\b|and\b|or\b)[a-z]", following)
            currency_follows = _read_currency_word(text, glued.end()) is not None
            if has_currency or letter == "M" or currency_follows or (is_decimal and noun_follows) or plural_follows:
                return 1e6, glued.end()
    spaced = _SPACED_CAPITAL_SCALE.match(text, pos)
    if spaced:
        return (1e6 if spaced.group(1) == "M" else 1e9), spaced.end()
    return 1.0, pos


def _read_unit(text: str, pos: int, glued: bool | None = None) -> tuple[str, str, int] | None:
    """A unit starting at `pos` (after optional space or hyphen): (unit, kind, end) or None."""
    m = re.match(r"\s?-?|-", text[pos:pos + 2])
    gap = m.group(0) if m else ""
    start = pos + len(gap)
    is_glued = gap == "" if glued is None else glued
    best = None
    candidates = _UNIT_BY_CHAR.get(text[start:start + 1], [])
    for pattern, unit, kind in (candidates + _UNIT_ALWAYS if _UNIT_ALWAYS else candidates):
        um = pattern.match(text, start)
        if not um or um.end() == start:
            continue
        end = um.end()
        if end < len(text) and (text[end].isalnum() and text[end - 1].isalnum()):
            continue  # "min" must not match inside "minister"
        surface = um.group(0)
        if surface in GLUED_ONLY and not is_glued and not (gap == "-" and len(surface) > 1):
            continue
        if best is None or end > best[2]:
            best = (unit, kind, end)
    return best


# One alternation tried in list order: the first currency word that matches wins, as in a loop.
_CURRENCY_WORD_ANY = re.compile(r"\s(?:" + "|".join(f"({p})" for p, _ in CURRENCY_WORDS) + r")(?![A-Za-z])")
_CURRENCY_WORD_CODES = [code for _, code in CURRENCY_WORDS]
_CURRENCY_CODE_AFTER = re.compile(r"\s?(" + "|".join(sorted(CURRENCY_CODES)) + r")(?![A-Za-z])")
_MINOR_PATTERNS = [(re.compile(("" if p == "p" else r"\s?") + "(?:" + p + r")(?![A-Za-z])"), unit)
                   for p, unit in MINOR_CURRENCY]


def _read_currency_word(text: str, pos: int) -> tuple[str, int] | None:
    """A currency named after the number: "9 billion shekels", "10.5 million Australian dollars", "110 JPY"."""
    m = _CURRENCY_WORD_ANY.match(text, pos)
    if m:
        return _CURRENCY_WORD_CODES[m.lastindex - 1], m.end()
    code_match = _CURRENCY_CODE_AFTER.match(text, pos)
    if code_match:
        code = code_match.group(1)
        return CODE_ALIASES.get(code, code), code_match.end()
    return None


def _read_minor_currency(text: str, pos: int) -> tuple[str, int] | None:
    """Cents, pence ("118.5p" only glued) and sen."""
    for pattern, unit in _MINOR_PATTERNS:
        m = pattern.match(text, pos)
        if m:
            return unit, m.end()
    return None


def _read_rate(text: str, pos: int) -> tuple[str, int] | None:
    m = _RATE.match(text, pos)
    if not m:
        return None
    word = m.group(1).lower()
    for pattern, name in RATE_DENOMINATORS:
        if re.fullmatch(pattern, word, re.I):
            return name, m.end()
    return None


def _read_around(text: str, q: _Q) -> None:
    """Fill currency, scale, unit and the span of one digit or word atom (in place)."""
    if q.kind == "ordinal" or "unit_read" in q.flags:
        return
    pos = q.num_end
    # Sign: "-1.3%", "$-50.8bn", "minus 5", "minus-130 degrees"
    window_start = max(0, q.num_start - 12)
    before = text[window_start:q.num_start]
    sign_match = re.search(r"(?:(?<![\w.,])|(?<=\$))([-−–+])$", before)
    if q.word_kind == "digits" and sign_match and not re.search(r"\d[-–]$", before):
        if sign_match.group(1) != "+":
            q.value, q.raw = -q.value, -q.raw
        q.start = q.num_start - 1
    minus = re.search(r"\bminus[- ]$", before, re.I)
    if minus:
        q.value, q.raw = -q.value, -q.raw
        q.start = window_start + minus.start()
    currency = _read_left_currency(text, q.start)
    if currency and q.word_kind in ("digits", "cardinal"):
        code, cstart = currency
        # "PS" is how an ASCII-folded "£" looks; trust it only before an obvious amount.
        if text[cstart:cstart + 2] != "PS" or q.has_comma or q.has_decimal or _SCALE.match(text, pos) \
                or _GLUED_SCALE.match(text, pos):
            q.currency = code
            q.start = cstart
    if q.word_kind in ("digits", "cardinal"):
        scale, pos = _read_scale(text, pos, q.currency is not None, q.has_decimal)
        if scale != 1.0:
            q.scale *= scale
            q.value *= scale
    half = _AND_A_HALF.match(text, pos)
    if half and q.word_kind in ("digits", "cardinal") and q.raw == int(q.raw):
        q.value += 0.5 * q.scale
        q.raw += 0.5
        pos = half.end()
    # Currency words and codes after the number: "9 billion shekels", "110 JPY", "$31.20 US"
    if q.currency is None and q.scale >= 1e6 and re.match(r"\s?pounds?\b", text[pos:pos + 8]):
        q.currency = "GBP"  # "4.5 billion pounds" is money; "200 pounds" stays a weight
        pos += re.match(r"\s?pounds?\b", text[pos:pos + 8]).end()
    if q.currency is None:
        word = _read_currency_word(text, pos)
        cents = word and re.match(r"\s+cents?\b", text[word[1]:word[1] + 8])
        if cents:
            q.unit, q.kind, pos = "cent", "money", word[1] + cents.end()  # "22 euro cents"
        elif word:
            q.currency, pos = word
        else:
            minor = _read_minor_currency(text, pos)
            if minor and (q.word_kind == "digits" or minor[0] == "cent"):
                q.unit, pos = minor
                q.kind = "money"
    else:
        us = re.match(r" (?:US|U\.S\.)(?![A-Za-z])", text[pos:pos + 6])
        if us:
            pos += us.end()
    if q.currency:
        q.kind = "money"
        q.unit = q.currency
    elif q.unit is None:
        unit = _read_unit(text, pos)
        if unit:
            q.unit, q.kind, pos = unit
            if q.kind == "duration" or q.unit == "year":
                half = _AND_A_HALF.match(text, pos)
                if half and q.raw == int(q.raw):
                    q.value += 0.5
                    pos = half.end()
        elif q.word_kind == "digits" and re.match(r"G(?![A-Za-z0-9])", text[pos:pos + 2]):
            q.unit, q.kind, pos = "G", "other", pos + 1  # "5G", "4G networks"
    rate = _read_rate(text, pos) if q.unit else None
    if rate:
        q.unit = f"{q.unit} per {rate[0]}"
        pos = rate[1]
    elif q.unit and q.kind == "money":
        # "9 billion shekels ($2.408 billion) a year", "C$6 (US$4.46) per share": the rate follows the
        # conversion in brackets; it belongs to the first amount (the span stays, the bracket is its own)
        aside = re.match(r"\s?\([^()]{1,40}\)", text[pos:pos + 44])
        late_rate = aside and _read_rate(text, pos + aside.end())
        if late_rate:
            q.unit = f"{q.unit} per {late_rate[0]}"
    if q.word_kind == "fraction" and q.unit is None:
        # "1/16 of a US pint", "a quarter of a mile", "half an hour": the fraction is of one unit
        of_a = re.match(r"\s+(?:of\s+)?an?\s+(?:[A-Z]{2,4}\s+|U\.S\.\s+)?", text[pos:pos + 20])
        if of_a:
            unit = _read_unit(text, pos + of_a.end(), glued=False)
            if unit and unit[1] in ("measure", "duration"):
                q.unit, q.kind, pos = unit
                q.flags.add("unit_of")
    q.end = pos


# --------------------------------------------------------------------------- filters

def _previous_word(text: str, pos: int) -> tuple[str, int] | None:
    m = re.search(r"([A-Za-z][\w&.'’-]*)\s*$", text[max(0, pos - 40):pos])
    if not m:
        return None
    return m.group(1), pos - len(text[max(0, pos - 40):pos]) + m.start(1)


class _TokenIndex:
    """Character offset -> token, built once per Doc (binary search over token starts)."""

    def __init__(self, doc, text: str):
        self.doc = doc
        self.text = text  # Doc.text joins every token on each access: read it once
        offsets = doc.to_array(["IDX", "LENGTH"]).tolist() if len(doc) else []
        self.starts = [start for start, _ in offsets]
        self.ends = [start + length for start, length in offsets]

    def token(self, char: int):
        """The token covering `char`, or None (whitespace between tokens)."""
        i = bisect_right(self.starts, char) - 1
        return self.doc[i] if i >= 0 and char < self.ends[i] else None

    def token_before(self, char: int):
        """The last token starting before `char`."""
        i = bisect_right(self.starts, char - 1) - 1
        return self.doc[i] if i >= 0 else None

    def token_after(self, char: int):
        """The token covering `char`, or else the first one after it."""
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and char < self.ends[i]:
            return self.doc[i]
        return self.doc[i + 1] if i + 1 < len(self.starts) else None


def _is_year(text: str, q: _Q, index: _TokenIndex) -> bool:
    if q.word_kind != "digits" or q.currency or q.has_comma or q.has_decimal or q.scale != 1.0:
        return False
    if q.unit == "year" and 1900 <= q.raw <= 2100 and text[q.num_end:q.end].strip() == "year":
        return True  # "the 1986 year results"
    if q.unit is not None or not (1000 <= q.raw <= 2100) or q.num_end - q.num_start != 4:
        return False
    ranged = re.match(r"\s*(?:-|–|to)\s*(\d[\d,.]*)", text[q.end:q.end + 20])
    if ranged and _read_unit(text, q.end + ranged.end()) and _parse_digits(ranged.group(1).rstrip(".,")) > q.raw:
        return False  # "2000 - 2500 Calories"
    token = index.token(q.num_start)
    if token is not None and token.ent_type_ == "DATE":
        return True
    previous = _previous_word(text, q.start)
    if previous and text[previous[1] + len(previous[0]):q.start].strip() in ("", "-"):
        word = previous[0].lower().rstrip(".")
        # before 1900 only a clear time preposition makes a year ("in 1907"); "an average of 1500" is not
        if word in YEAR_PREPOSITIONS and (q.raw >= 1900 or word in OLD_YEAR_PREPOSITIONS):
            return True
    if 1900 <= q.raw <= 2100:
        following = index.token_after(q.num_end)
        if following is None or following.pos_ not in ("NOUN", "PROPN") or following.is_punct:
            return True
        if following.text[:1].isupper() and following.idx == q.end + 1:
            return True  # "the 2020 Olympics", "the 2019 World Cup"
    return False


def _is_date_part(text: str, q: _Q) -> bool:
    if q.written and q.word_kind == "cardinal" and q.raw <= 31 and not q.unit:
        # "a record date of July six"
        return bool(re.search(r"\b(?:" + MONTHS + r")\.?\s+$", text[max(0, q.start - 12):q.start])) \
            and not re.match(r"\s+[a-z]", text[q.end:q.end + 2])
    if q.word_kind not in ("digits", "ordinal") or q.currency or q.has_decimal or q.has_comma:
        return False
    if q.raw > 31 and not (1000 <= q.raw <= 2100):
        return False
    if _MONTH_BEFORE.search(text[max(0, q.start - 24):q.start]):
        return True
    return bool(_MONTH_AFTER.match(text[q.num_end:q.num_end + 20].lstrip(" ")))


def _is_glued_code(text: str, q: _Q) -> bool:
    """Letters stuck to the number that are not a unit: "TA-35", "G7", "9AB8", "Model 3s", "pre-2014"."""
    if q.written:
        return False
    before = text[max(0, q.start - 12):q.start]
    if re.search(r"[A-Za-z]$", before):
        return True
    letter_hyphen = re.search(r"([A-Za-z]+)[-‑]$", before)
    if re.search(r"\d[A-Za-z%°]{0,3}[-–‑]$", before):
        letter_hyphen = None  # "£5.5m-£6m", "5km-10km": the other end of a range
    if letter_hyphen and letter_hyphen.group(1).lower() not in ("to", "and", "or", "sub", "minus", "over",
                                                                 "under", "up", "down", "about"):
        return True
    if re.search(r"\b(?:1[89]|20)\d\d[-–]$", before):
        return True  # "the 2019-20 season"
    if re.search(r"[#№]\s?$", before) or re.search(r"\d\s?/$", before) or re.match(r"/\d", text[q.end:q.end + 2]):
        return True  # "#1", "1986/87 season"
    after = text[q.end:q.end + 1]
    if q.kind != "ordinal" and (after.isalpha() or after.isdigit() and not q.unit):
        return True
    return False


def _is_identifier(text: str, q: _Q, index: _TokenIndex) -> bool:
    """A number naming something rather than counting: "Article 5", "FTSE 100", "iPhone 11"."""
    if q.currency or q.kind in ("percent", "money") or (q.unit and q.kind in ("measure", "duration")):
        return False
    previous = _previous_word(text, q.start)
    if not previous:
        return False
    word, word_start = previous
    between = text[word_start + len(word):q.start]
    if between.strip() not in ("", "-"):
        return False
    if word.lower().rstrip(":") in IDENTIFIER_NOUNS:
        return True
    if q.has_comma or q.scale != 1.0:
        return False  # names carry plain numbers ("FTSE 100", "Firefox 1.0"); "Net 481,189" is an amount
    token = index.token(word_start)
    if token is None or not any(c.isupper() for c in word):
        return False
    if token.is_sent_start and token.pos_ != "PROPN":
        return False
    if re.fullmatch(MONTHS, word.rstrip(".")) or word.lower() in ("us", "u.s.", "uk", "eu"):
        return False
    following = index.token_after(q.end)
    if re.search(r"['’]s?$", word) or re.fullmatch(WEEKDAYS, word):
        # "Barkley's three missed penalties", "on Friday 15 protesters" count; "Ocean's 12." is a title
        if following is not None and following.pos_ in ("NOUN", "ADJ", "VERB"):
            return False
    if q.unit == "times" or (following is not None and following.tag_ == "NNS" and following.text.islower()
                             and following.idx == q.end + 1
                             and getattr(index.token(q.num_start), "head", None) == following):
        # "In London 200 people marched", "scored for Brazil 77 times": a name ends, a count starts
        return False
    if word.lower() in {w.lower() for w in APPROXIMATE + AT_LEAST + AT_MOST}:
        return False
    return token.pos_ == "PROPN" or (word.isupper() and len(word) > 1)


_STREET = re.compile(r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|"
                     r"Blvd|Way|Place|Pl|Square|Sq|Court|Ct|Terrace|Crescent|Close|Highway|Hwy|Parkway)\b")


def _is_address(text: str, q: _Q) -> bool:
    return q.word_kind == "digits" and not q.unit and bool(_STREET.match(text[q.end:q.end + 50]))


def _is_capitalised_name(text: str, q: _Q, index: _TokenIndex) -> bool:
    """ "Million Dollar Baby", "the Six Nations": a capitalised written number inside a name."""
    if not q.written or not text[q.start:q.start + 1].isupper():
        return False
    token = index.token(q.start)
    if token is None or token.is_sent_start:
        return False
    return bool(re.match(r"\s+[A-Z][a-z]", text[q.num_end:q.num_end + 3]))


def _is_number_compound(text: str, q: _Q, index: _TokenIndex) -> bool:
    """ "six-speed gearbox", "two-time champion", "a two-day annual meeting": a written number fused
    into an adjective. The gold leaves these out; a digit compound ("a 6.1-inch display") stays, and
    so does a written one that stands alone ("after a five-year, 1.8 billion-mile journey")."""
    if not q.written or q.word_kind != "cardinal":
        return False
    if q.unit is None:
        return bool(re.match(r"-[A-Za-z]", text[q.end:q.end + 2]))
    if q.kind != "duration" or not re.fullmatch(r"-[A-Za-z]+", text[q.num_end:q.end]):
        return False
    nxt = index.token_after(q.end)
    return nxt is not None and nxt.idx == q.end + 1 and nxt.pos_ in ("NOUN", "PROPN", "ADJ")


_LABEL_NOUNS = {"year", "day", "week", "month", "round", "stage", "phase", "game", "leg", "season", "series",
                "test", "match", "heat"}


def _is_label_number(text: str, q: _Q, index: _TokenIndex) -> bool:
    """A number used as a name, with nothing counted after it: "in year one", "on day 3",
    "reached the last four" (a stage of a tournament, not four things)."""
    if q.unit or q.currency or q.word_kind not in ("cardinal", "digits") or q.has_decimal or q.scale != 1.0:
        return False
    nxt = index.token_after(q.end)
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.like_num or nxt.text in ("-", "%")):
        return False
    before = text[max(0, q.start - 16):q.start]
    if re.search(r"\bthe\s+(?:last|final)\s+$", before, re.I):
        return True
    # "in year one", "from day 3" (but "last year 300 were sold" or "a day 40 people die" count)
    label = re.search(r"\b(?:in|on|by|from|to|until|till|of|after|before|since|during|into|through)\s+"
                      r"([A-Za-z]+)\s$", text[max(0, q.start - 24):q.start], re.I)
    return bool(label and label.group(1).lower() in _LABEL_NOUNS)


def _is_pronoun_one(text: str, q: _Q, index: _TokenIndex) -> bool:
    """"the same one", "each one", "one another", "no one": "one" as a pronoun, not a count."""
    if not q.written or q.raw != 1 or q.word_kind != "cardinal" or q.end - q.start > 3:
        return False
    previous = _previous_word(text, q.start)
    if previous and previous[0].lower() in PRONOUN_ONE_BEFORE:
        return True
    following = text[q.end:q.end + 12].lower()
    if re.match(r"\s+(another|day|by one|way or|or (?:the )?other|time\b|\d)", following):
        return True
    token = index.token(q.num_start)
    if token is not None and token.pos_ == "PRON":
        return True
    return False


# --------------------------------------------------------------------------- ranges

def _main_unit(q: _Q) -> str | None:
    """The unit without its rate: "USD per year" -> "USD"."""
    return q.unit.split(" per ")[0] if q.unit else None


def _compatible(left: _Q, right: _Q) -> bool:
    if left.kind == "ordinal" or right.kind == "ordinal" or left.value_max is not None or right.value_max is not None:
        return False
    if left.word_kind in ("fraction",) or right.word_kind in ("fraction",):
        return False
    if left.unit is None and left.currency is None:
        return True
    return _main_unit(left) == _main_unit(right)


def _merge(left: _Q, right: _Q) -> _Q:
    """One range quantity from its two ends; the unit and the scale of one end extend to the other."""
    if left.unit is None and right.unit is not None:
        left.unit, left.kind, left.currency = right.unit, right.kind, right.currency
    if left.scale == 1.0 and right.scale != 1.0 and abs(left.raw) <= abs(right.raw):
        left.value = left.raw * right.scale  # "$10 to $15 billion", "four to five thousand"
    low, high = sorted((left.value, right.value))
    unit = left.unit if left.unit and right.unit and len(left.unit) > len(right.unit) else (right.unit or left.unit)
    merged = replace(left, end=right.end, value=low, value_max=high, unit=unit,
                     kind=right.kind if right.unit else left.kind, currency=right.currency or left.currency,
                     qualifier="range", num_end=right.num_end)
    merged.flags = left.flags | right.flags | {"range"}
    return merged


_TIGHT_CONNECTOR = re.compile(r"^(?:\s*(?:-|–|—|to|-to-|to-|through|thru)\s*|\s*-\s*)$", re.I)


def _merge_ranges(text: str, quantities: list[_Q]) -> list[_Q]:
    result: list[_Q] = []
    i = 0
    while i < len(quantities):
        q = quantities[i]
        if i + 1 < len(quantities):
            nxt = quantities[i + 1]
            between = text[q.end:nxt.start]
            before = text[max(0, q.start - 30):q.start]
            between_and = re.search(r"\bbetween\s+$", before, re.I) and re.fullmatch(r"\s+and\s+", between)
            tight = _TIGHT_CONNECTOR.match(between) and _compatible(q, nxt)
            if tight:
                # "rose 64.06 points to 4,577.10", "by $43.6 billion to $419.2 billion": a change then a level
                previous = _previous_word(text, q.start)
                change_before = previous and previous[0].lower() in CHANGE_VERBS
                to_word = "to" in between.lower()
                # ... but "grew 10 to 15 per cent": a bare number just below a unit-bearing one is a range
                bare_low_end = (q.unit is None and q.currency is None and nxt.unit is not None
                                and 0 < q.raw < nxt.raw <= 3 * q.raw)
                if to_word and ((change_before and not bare_low_end) or (q.unit is not None and nxt.unit is None)):
                    tight = False
                if to_word and q.unit is None and nxt.unit is not None and nxt.kind == "money" \
                        and nxt.scale == 1.0 and q.raw > nxt.raw:
                    tight = False
                # a range goes up; "52% to 48%" or "passed 228-206" is a result, not a range
                from_before = re.search(r"\bfrom\s+(?:\S+\s+)?$", before, re.I)
                if q.value > nxt.value and not from_before and not (q.scale == 1.0 and nxt.scale != 1.0):
                    tight = False
            or_range = (re.fullmatch(r"\s+or\s+", between) and q.written and nxt.written and q.unit is None
                        and nxt.unit is not None and nxt.kind != "money")
            if (between_and and _compatible(q, nxt)) or tight or or_range:
                result.append(_merge(q, nxt))
                i += 2
                continue
            proportion = re.fullmatch(r"\s+out\s+of\s+", between) or (
                re.fullmatch(r"\s+in\s+", between) and q.value < nxt.value and q.raw == int(q.raw)
                and nxt.raw == int(nxt.raw) and nxt.scale == 1.0 and q.kind == nxt.kind == "other")
            if proportion and q.unit is None and nxt.unit is None and nxt.value:
                # "one out of three Germans", "1 in 5 adults": a proportion
                q.value = q.raw = q.value / nxt.value
                q.word_kind, q.end, q.num_end = "fraction", nxt.end, nxt.num_end
                q.flags.add("out_of")
                result.append(q)
                i += 2
                continue
            if (re.fullmatch(r"-?\s+(?:or|and)\s+", between) and q.unit is None and q.currency is None
                    and nxt.unit is not None and nxt.kind in ("measure", "duration", "percent")):
                q.unit, q.kind = nxt.unit, nxt.kind  # "a 7- or 8-inch screen"
        result.append(q)
        i += 1
    return _merge_from_to(text, result)


def _merge_from_to(text: str, quantities: list[_Q]) -> list[_Q]:
    """ "from $75 a barrel to $45.88", "to 138,285 lots from 212,577 lots": a start and an end value."""
    result: list[_Q] = []
    i = 0
    while i < len(quantities):
        q = quantities[i]
        if i + 1 < len(quantities) and q.value_max is None:
            nxt = quantities[i + 1]
            between = text[q.end:nxt.start]
            before = text[max(0, q.start - 20):q.start].lower()
            same_unit = _main_unit(q) == _main_unit(nxt) or nxt.unit is None or q.unit is None
            plain = nxt.value_max is None and q.kind != "ordinal" and nxt.kind != "ordinal" and same_unit
            gap_ok = len(between) <= 45 and not re.search(r"[.;!?]\s", between)
            from_to = re.search(r"\bfrom\s+(?:\S+\s+)?$", before) and re.search(r"\bto\s+$", between)
            to_from = (re.search(r"\bto\s+$", before) and re.search(r"\bfrom\s+$", between)
                       and not re.search(r"\b(?:up|down)\s+from\s+$", between))
            if plain and gap_ok and (from_to or to_from):
                result.append(_merge(q, nxt))
                i += 2
                continue
        result.append(q)
        i += 1
    return result


# --------------------------------------------------------------------------- qualifier and counted

def _qualifier(text: str, q: _Q) -> None:
    if q.qualifier == "range":
        return
    before = text[max(0, q.start - 24):q.start]
    m = _QUALIFIER.search(before)
    if m:
        word = m.group(1).lower()
        if word in APPROXIMATE:
            q.qualifier = "approximate"
        elif word in AT_LEAST:
            q.qualifier = "at_least"
        else:
            q.qualifier = "at_most"
    suffix = _QUALIFIER_SUFFIX.match(text[q.end:q.end + 12])
    if suffix:
        word = (suffix.group(1) or suffix.group(2) or "").lower()
        if word in ("more", "-plus", "+"):
            q.qualifier = "at_least"
        elif word in ("less", "fewer"):
            q.qualifier = "at_most"
        elif word in ("so", "-odd"):
            q.qualifier = "approximate"


_DETERMINERS = {"det", "poss", "case", "predet", "nummod", "quantmod", "punct"}


def _noun_phrase(head, not_before: int = 0) -> str:
    """The noun with its adjectives and compounds, without determiners, possessors or the quantity."""
    left = head.i
    for child in sorted(head.lefts, key=lambda t: t.i, reverse=True):
        if (child.dep_ in ("amod", "compound", "nmod") and child.i == left - 1 and not child.like_num
                and child.idx >= not_before):
            left = child.i
        else:
            break
    return head.doc[left:head.i + 1].text


def _counted(text: str, q: _Q, index: _TokenIndex) -> None:
    """Set `counted` (and `unit` for counts) from the words after the number."""
    last = index.token_before(q.end)
    if last is None:
        return
    doc = index.doc
    token = last
    if "out_of" in q.flags:
        # a proportion ("one in five adults") is not a count: keep the noun as what it measures
        nxt = index.token_after(q.end)
        noun = _head_noun_after(doc, nxt.i) if nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN") else None
        if noun is not None:
            q.counted = _noun_phrase(noun, q.end)
        return
    # A count: the noun this number modifies ("seven European nations", "50,000 troops").
    if q.unit is None and q.kind in ("other",) and q.word_kind != "ordinal":
        head = token.head
        between = {t.lower_ for t in doc[token.i + 1:head.i]}
        if (token.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and head.i > token.i
                and not between & {"last", "next", "this", "that", "per", "every", "each"}
                and head.i - token.i <= 5 and head.pos_ in ("NOUN", "PROPN")
                and head.idx >= q.end):
            _set_count(q, head, text)
            return
        nxt = index.token_after(q.end)
        if nxt is not None and nxt.lower_ == "of" and nxt.i + 1 < len(doc):
            objects = [c for c in nxt.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            noun = objects[0] if objects else _head_noun_after(doc, nxt.i + 1)
            if noun is not None and q.word_kind in ("vague", "cardinal", "fraction"):
                if q.word_kind == "fraction":
                    q.counted = _noun_phrase(noun, q.end)
                else:
                    _set_count(q, noun, text)
                return
        if (nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN") and not nxt.like_num
                and nxt.lower_ not in ("last", "next", "this", "per", "each", "every", "such")):
            noun = _head_noun_after(doc, nxt.i)
            if noun is not None and noun.i - nxt.i <= 3:
                _set_count(q, noun, text)
        return
    # A measure or an amount: "20% of territory", "£4.5 billion in military aid".
    if "unit_of" in q.flags:
        return
    nxt = index.token_after(q.end)
    if nxt is not None and (nxt.lower_ == "of" or (nxt.lower_ == "in" and q.kind == "money")):
        noun = _head_noun_after(doc, nxt.i + 1)
        if noun is not None and noun.ent_type_ not in ("DATE", "TIME", "GPE") and not noun.like_num:
            q.counted = _noun_phrase(noun, q.end)
    elif q.kind in ("measure", "duration") and nxt is not None and nxt.pos_ == "NOUN" \
            and q.unit == "year" and "old" in text[q.num_end:q.end]:
        q.counted = _noun_phrase(_head_noun_after(doc, nxt.i) or nxt, q.end)


def _head_noun_after(doc, i: int):
    """The last noun of the noun phrase starting at token i, skipping determiners and adjectives."""
    j = i
    limit = min(len(doc), i + 7)
    while j < limit and (doc[j].dep_ in _DETERMINERS or doc[j].pos_ in ("DET", "PART") or doc[j].tag_ == "POS"):
        j += 1
    noun = None
    while j < limit and doc[j].pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "VERB") and not doc[j].like_num:
        if doc[j].pos_ in ("NOUN", "PROPN"):
            noun = doc[j]
            if j + 1 < limit and doc[j + 1].tag_ == "POS":  # "Ukraine's territory": skip the possessor
                noun = None
                j += 2
                continue
        elif noun is not None:
            break
        elif doc[j].pos_ in ("VERB", "ADV") and doc[j].dep_ not in ("amod", "compound"):
            break
        j += 1
        if noun is not None and j < limit and doc[j].pos_ not in ("NOUN", "PROPN"):
            break
    return noun


_NOT_COUNTED = {"%", "percent", "times", "time", "am", "pm", "o'clock", "point", "points"}


def _hyphenated(noun) -> str:
    """The whole hyphenated word around a token: "e-mail", not "e"."""
    doc = noun.doc
    left = right = noun.i
    while left > 0 and not doc[left - 1].whitespace_ and (doc[left - 1].text == "-" or doc[left].text == "-"):
        left -= 1
    while right + 1 < len(doc) and not doc[right].whitespace_ and (doc[right + 1].text == "-" or doc[right].text == "-"):
        right += 1
    return doc[left:right + 1].text


# Nouns naming an amount of money rather than things counted: "a 556 mln deficit" is not 556 million deficits.
_AMOUNT_NOUNS = {"deficit", "deficits", "surplus", "surpluses", "loss", "losses", "profit", "profits", "writeoff",
                 "write-off", "writedown", "write-down", "turnover", "income", "revenue", "revenues", "budget",
                 "debt", "debts", "shortfall", "outlay", "spending", "funding", "investment"}


def _is_table_label(q: _Q, noun, text: str) -> bool:
    """ "Net 5,457,000 vs 4,299,000 Sales 62.9 mln", "30.4 mln Note: ...": in a results table the
    capitalised word after a number labels the next figure; it is not what the number counts."""
    doc = noun.doc
    if noun.idx < q.end:
        return True
    after = re.match(r"\s*([A-Za-z])", text[q.end:q.end + 3])
    if after and after.group(1).isupper() and re.search(r"\b(?:vs\.?|versus)\s+$", text[max(0, q.start - 10):q.start]):
        return True  # "Net 1,392,000 vs 4,686,000 Sales ..."
    if not noun.text[:1].isupper() or noun.is_sent_start:
        return False
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is not None and (following.like_num or following.text == ":"):
        return True
    return any(t.pos_ == "NUM" and t.idx >= q.end for t in doc[max(0, noun.i - 4):noun.i])


def _set_count(q: _Q, noun, text: str) -> None:
    if noun.lower_ in _NOT_COUNTED or noun.like_num or "\n" in text[q.end:noun.idx]:
        return
    if noun.lower_ in SCALE_WORDS or _is_table_label(q, noun, text):
        return
    if noun.lower_ in _AMOUNT_NOUNS and abs(q.value) >= 1000:
        q.counted = _noun_phrase(noun, q.end)
        return
    currency = _read_currency_word(" " + noun.text, 0)
    if currency and currency[1] == len(noun.text) + 1:
        q.unit, q.currency, q.kind = currency[0], currency[0], "money"  # "millions of dollars"
        return
    q.unit = _hyphenated(noun) if noun.idx >= q.end else noun.text
    if q.unit.startswith("-") or q.unit.endswith("-"):
        q.unit = noun.text
    q.unit = re.sub(r"^[\d.,]+-", "", q.unit)  # "12-member": the noun is "member"
    q.counted = _noun_phrase(noun, q.end)
    if q.counted == noun.text:
        q.counted = q.unit
    if q.kind == "other":
        q.kind = "count"


# --------------------------------------------------------------------------- main

def _filter_and_read(text: str, atoms: list[_Q], index: _TokenIndex) -> list[_Q]:
    atoms.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[_Q] = []
    consumed_until = -1
    for q in atoms:
        if q.start < consumed_until:
            continue
        _read_around(text, q)
        if q.word_kind == "ordinal" and q.written:
            token = index.token(q.start)
            if token is not None and token.ent_type_ not in ("ORDINAL", ""):
                continue
        if (_is_glued_code(text, q) or _is_date_part(text, q) or _is_year(text, q, index)
                or _is_identifier(text, q, index) or _is_pronoun_one(text, q, index)
                or _is_address(text, q) or _is_number_compound(text, q, index)
                or _is_capitalised_name(text, q, index) or _is_label_number(text, q, index)):
            consumed_until = max(consumed_until, q.num_end)
            continue
        kept.append(q)
        consumed_until = max(consumed_until, q.end)
    return kept


def _drop_scores(text: str, quantities: list[_Q], index: _TokenIndex) -> list[_Q]:
    """ "won 2-1", "ended 2-2 on aggregate": sports scores read as ranges are not quantities."""
    kept = []
    for q in quantities:
        score = re.fullmatch(r"(\d{1,2})\s*[-–]\s*(\d{1,2})", text[q.start:q.end])
        if score and "range" in q.flags and q.unit is None and q.currency is None:
            a, b = int(score.group(1)), int(score.group(2))
            nxt = index.token_after(q.end)
            if a <= 20 and b <= 20 and (a >= b or nxt is None or nxt.pos_ != "NOUN"):
                continue
        model = re.fullmatch(r"(\d{3,4})-(\d{3,4})", text[q.start:q.end])
        if model and "range" in q.flags and q.unit is None and int(model.group(1)) % 5:
            continue  # "the 737-800", "A320-214": a model number; ranges start round ("150-200")
        kept.append(q)
    return kept


_ELLIPSIS_LINK = re.compile(
    r"\b(?:to|from|vs\.?|versus|against|compared (?:with|to)|including|up from|down from)\s+"
    r"(?:about |around |nearly |almost |some |just )?$", re.I)


def _inherit_elided_units(text: str, quantities: list[_Q]) -> None:
    """ "3.9 million headsets, up from 2.4 million": a bare number compared with a count or measure
    just before it measures the same thing (the unit is elided, not absent)."""
    for i, q in enumerate(quantities):
        if q.unit is not None or q.currency or q.written or q.kind != "other" or q.value_max is not None:
            continue
        if not _ELLIPSIS_LINK.search(text[max(0, q.start - 30):q.start]):
            continue
        for previous in reversed(quantities[:i]):
            gap = text[previous.end:q.start]
            if len(gap) > 90 or re.search(r"[.;!?]\s", gap):
                break
            if previous.kind in ("count", "measure") and previous.unit and previous.value_max is None:
                q.unit, q.kind, q.counted = previous.unit, previous.kind, previous.counted
                break


def _to_mention(text: str, q: _Q) -> NumberMention:
    kind = q.kind
    if q.unit in DURATION_UNITS and kind == "measure":
        kind = "duration"
    qualifier = q.qualifier
    value_max = q.value_max
    if value_max is not None and qualifier not in ("range", "approximate"):
        qualifier = "range"
    return NumberMention(text=text[q.start:q.end], start_char=q.start, end_char=q.end, value=float(q.value),
                         unit=q.unit, kind=kind, qualifier=qualifier,
                         value_max=float(value_max) if value_max is not None else None, counted=q.counted)


def extract_numbers(doc) -> list[NumberMention]:
    """Every quantity in the Doc's text, left to right, with offsets into `doc.text`."""
    text = doc.text
    index = _TokenIndex(doc, text)
    blocked = _blocked_spans(text)
    atoms = _digit_atoms(text, blocked) + _word_atoms(text, blocked)
    quantities = _filter_and_read(text, atoms, index)
    quantities = _merge_ranges(text, quantities)
    quantities = _drop_scores(text, quantities, index)
    for q in quantities:
        _qualifier(text, q)
        _counted(text, q, index)
    _inherit_elided_units(text, quantities)
    return [_to_mention(text, q) for q in quantities if math.isfinite(q.value)]


__all__ = ["extract_numbers"]
