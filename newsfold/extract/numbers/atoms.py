"""Number atoms: digit numbers, fractions, scientific notation and written numbers, outside blocked spans.

Blocked spans (clock times, numeric dates, phone numbers, coordinates, URLs, scores and votes) are
found first; no atom starts inside one.
"""

from __future__ import annotations

import re

from newsfold.extract.numbers.lexicon import SCALE_WORDS
from newsfold.extract.numbers.quantity import Quantity
from newsfold.extract.numbers.units import read_unit
from newsfold.extract.numbers.words import find_word_numbers, parse_mixed_fraction

_NUMBER = re.compile(r"(?<![\d])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)")
# "2-1/2 cts", "7-3/4 pct", "101-3/8", "6 1/2 miles": a whole number and a fraction (US financial style)
_MIXED_FRACTION = re.compile(r"(?<![\d/⁄.,-])(\d{1,4})(?:-| )(\d{1,2})[/⁄](\d{1,2})(?![\d/⁄])")
_FRACTION = re.compile(r"(?<![\d/⁄.])(\d{1,3})\s?[/⁄]\s?(\d{1,3})(?![\d/⁄])")
_UNICODE_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125}
_UNICODE_FRACTION = re.compile(r"(\d+)?\s?([½¼¾⅓⅔⅕⅛])")
_SCIENTIFIC = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?(?:[×x*]|\\times)\s?10\s?(?:\^|\*\*)?\s?([-−⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_ORDINAL_DIGITS = re.compile(r"(?<![\w.])(\d+)(st|nd|rd|th)(?![A-Za-z])")
_A_UNIT_AND_A_HALF = re.compile(
    r"\b(an?|one)\s+(second|minute|hour|day|week|month|year|mile|kilometre|kilometer|metre|meter)"
    r"\s+and\s+a\s+half\b", re.I)

_BLOCKERS = [
    # clock times: "9:01 p.m.", "17:22", "10.45pm", "5am", "2 p.m."
    re.compile(r"(?<![\d.])\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?|GMT|BST|UTC|[ECMP][SD]?T\b)", re.I),
    re.compile(r"(?<![\d.:])\d{1,2}:\d{2}(?::\d{2})?(?![\d])"),
    re.compile(r"(?<![\d.])\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)", re.I),
    # wire-copy 24-hour times with a zone: "1515 CST (2115 GMT)", "0930 hrs"
    re.compile(r"(?<![\d.,$£€])(?:[01]?\d|2[0-3])[0-5]\d\s?(?:(?i:GMT|BST|UTC|CEST|CET|[ECMP][SD]T|JST|HKT|SGT|"
               r"AE[SD]T|hrs)|ET|PT)\b"),
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


def parse_digits(literal: str) -> float:
    return float(literal.replace(",", ""))


def _digit_atoms(text: str, blocked: list[tuple[int, int]]) -> list[Quantity]:
    atoms: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in _UNICODE_FRACTION.finditer(text):
        whole = float(m.group(1)) if m.group(1) else 0.0
        value = whole + _UNICODE_FRACTIONS[m.group(2)]
        atoms.append(Quantity(m.start(), m.end(), m.start(), m.end(), value, value, has_decimal=True,
                              word_kind="fraction" if not m.group(1) else "digits"))
        taken.append((m.start(), m.end()))
    for m in _MIXED_FRACTION.finditer(text):
        value = parse_mixed_fraction(m.group(0))
        if value is None or _overlaps(m.start(), m.end(), taken):
            continue
        atoms.append(Quantity(m.start(), m.end(), m.start(), m.end(), value, value, has_decimal=True,
                              word_kind="digits"))
        taken.append((m.start(), m.end()))
    for m in _FRACTION.finditer(text):
        numerator, denominator = int(m.group(1)), int(m.group(2))
        if _overlaps(m.start(), m.end(), blocked + taken):
            continue
        # Only proper fractions with usual denominators; "24/7" or "9/11" are not quantities.
        if denominator in (2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128) and 0 < numerator < denominator:
            atoms.append(Quantity(m.start(), m.end(), m.start(), m.end(), numerator / denominator,
                                  numerator / denominator, has_decimal=True, word_kind="fraction"))
        taken.append((m.start(), m.end()))
    for m in _ORDINAL_DIGITS.finditer(text):
        if _overlaps(m.start(), m.end(), blocked + taken):
            continue
        value = float(m.group(1))
        atoms.append(Quantity(m.start(), m.end(), m.start(), m.end(), value, value, word_kind="ordinal",
                              kind="ordinal"))
        taken.append((m.start(), m.end()))
    for m in _SCIENTIFIC.finditer(text):
        exponent = m.group(2).translate(_SUPERSCRIPTS).replace("−", "-").replace("⁻", "-")
        try:
            value = float(m.group(1)) * 10.0 ** int(exponent)
        except (ValueError, OverflowError):
            continue
        atoms.append(Quantity(m.start(), m.end(), m.start(), m.end(), value, value, word_kind="digits",
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
        value = parse_digits(literal)
        atoms.append(Quantity(m.start(), m.end(), m.start(), m.end(), value, value, word_kind="digits",
                              has_comma="," in literal, has_decimal="." in literal))
    return atoms


def _word_atoms(text: str, blocked: list[tuple[int, int]]) -> list[Quantity]:
    atoms = []
    for m in _A_UNIT_AND_A_HALF.finditer(text):
        # "an hour and a half": the unit sits inside the number, so it is read here.
        unit = read_unit(text, m.start(2), glued=False)
        unit_name, unit_kind = (unit[0], unit[1]) if unit else (None, "other")
        q = Quantity(m.start(), m.end(), m.start(), m.end(), 1.5, 1.5, unit=unit_name, kind=unit_kind,
                     written=True, word_kind="cardinal")
        q.flags.add("unit_read")
        atoms.append(q)
    for w in find_word_numbers(text):
        if _overlaps(w.start, w.end, blocked) or any(a.start <= w.start < a.end for a in atoms):
            continue
        kind = "ordinal" if w.kind == "ordinal" else "other"
        q = Quantity(w.start, w.end, w.start, w.end, w.value, w.value, value_max=w.value_max,
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


def find_atoms(text: str) -> list[Quantity]:
    """Digit atoms, then written ones, none overlapping a blocked span."""
    blocked = _blocked_spans(text)
    return _digit_atoms(text, blocked) + _word_atoms(text, blocked)
