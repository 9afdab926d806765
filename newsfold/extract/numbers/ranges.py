"""Ranges from two adjacent quantities ("between X and Y", "X to Y", "X-Y", "from X to Y");
scores and model numbers read as ranges are dropped."""

from __future__ import annotations

import re
from dataclasses import replace

from newsfold.extract.numbers.lexicon import CHANGE_VERBS
from newsfold.extract.numbers.neighbours import TokenIndex, previous_word
from newsfold.extract.numbers.quantity import Quantity


def _main_unit(q: Quantity) -> str | None:
    """The unit without its rate: "USD per year" -> "USD"."""
    return q.unit.split(" per ")[0] if q.unit else None


def _compatible(left: Quantity, right: Quantity) -> bool:
    if left.kind == "ordinal" or right.kind == "ordinal" or left.value_max is not None or right.value_max is not None:
        return False
    if left.word_kind in ("fraction",) or right.word_kind in ("fraction",):
        return False
    if left.unit is None and left.currency is None:
        return True
    if "age" in left.flags and right.unit is None and right.currency is None:
        return True  # "ages 3 to 17", "between the ages of 18 and 29"
    return _main_unit(left) == _main_unit(right)


def _merge(left: Quantity, right: Quantity) -> Quantity:
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


def merge_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    result: list[Quantity] = []
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
                previous = previous_word(text, q.start)
                change_before = previous and previous[0].lower() in CHANGE_VERBS
                to_word = "to" in between.lower()
                # ... but "grew 10 to 15 per cent": a bare number just below a unit-bearing one is a range
                bare_low_end = (q.unit is None and q.currency is None and nxt.unit is not None
                                and 0 < q.raw < nxt.raw <= 3 * q.raw)
                if to_word and ((change_before and not bare_low_end)
                                or (q.unit is not None and nxt.unit is None and "age" not in q.flags)):
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


def _merge_from_to(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "from $75 a barrel to $45.88", "to 138,285 lots from 212,577 lots": a start and an end value."""
    result: list[Quantity] = []
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


def merge_fractions_of(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "one-half of 1 percent", "a quarter of 1%": a share of a percent or a point is one small value
    (0.5 percent), not a fraction and a second quantity."""
    result: list[Quantity] = []
    i = 0
    while i < len(quantities):
        q = quantities[i]
        if i + 1 < len(quantities) and q.word_kind == "fraction" and q.unit is None and q.value_max is None:
            nxt = quantities[i + 1]
            if (re.fullmatch(r"\s+of\s+", text[q.end:nxt.start]) and nxt.value_max is None
                    and nxt.kind == "percent" and nxt.raw == 1 and nxt.scale == 1.0):
                merged = replace(q, end=nxt.end, value=q.value * nxt.value, raw=q.value * nxt.value, unit=nxt.unit,
                                 kind=nxt.kind, num_end=nxt.num_end)
                merged.flags = set(q.flags)
                result.append(merged)
                i += 2
                continue
        result.append(q)
        i += 1
    return result


def drop_scores(text: str, quantities: list[Quantity], index: TokenIndex) -> list[Quantity]:
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
