"""Units and rates written after a number: "km", "per cent", "mph", "a year", "per share"."""

from __future__ import annotations

import re

from newsfold.extract.numbers.lexicon import GLUED_ONLY, RATE_DENOMINATORS, RATE_QUALIFIERS, UNITS

# The lookahead makes the regex backtrack to a longer alternative: "Fahrenheit", not its "F".
UNIT_PATTERNS = [(re.compile(f"(?:{p})(?![A-Za-z])"), unit, kind) for p, unit, kind in UNITS]
# Read where the text tells nothing by its case (lower-cased or all-capitals copy): "12 kw", "784 hp".
# A symbol that only its case tells apart ("Nm" torque vs "nm" nanometre) takes the first listed.
_CASELESS_PATTERNS = [(re.compile(f"(?:{p})(?![A-Za-z])", re.I), unit, kind) for p, unit, kind in UNITS]
_GLUED_ONLY_LOWER = {s.lower() for s in GLUED_ONLY}


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


def _index_by_first_char() -> tuple[list, dict[str, list]]:
    """First character -> the unit patterns that can match there (in their order); the rest are always tried."""
    always: list = []
    by_char: dict[str, list] = {}
    for entry, (pattern, _unit, _kind) in zip(UNIT_PATTERNS, UNITS):
        chars = _first_chars(pattern)
        if chars is None:
            always.append(entry)
        else:
            for char in chars:
                by_char.setdefault(char, []).append(entry)
    return always, by_char


_UNIT_ALWAYS, _UNIT_BY_CHAR = _index_by_first_char()


def read_unit(text: str, pos: int, glued: bool | None = None, caseless: bool = False,
              value: float | None = None) -> tuple[str, str, int] | None:
    """A unit starting at `pos` (after optional space or hyphen): (unit, kind, end) or None.
    `caseless`: the text's case says nothing, so symbols are read whatever their case."""
    m = re.match(r"\s?-?|-", text[pos:pos + 2])
    gap = m.group(0) if m else ""
    start = pos + len(gap)
    is_glued = gap == "" if glued is None else glued
    best = None
    if caseless:
        patterns = _CASELESS_PATTERNS
    else:
        candidates = _UNIT_BY_CHAR.get(text[start:start + 1], [])
        patterns = candidates + _UNIT_ALWAYS if _UNIT_ALWAYS else candidates
    for pattern, unit, kind in patterns:
        um = pattern.match(text, start)
        if not um or um.end() == start:
            continue
        end = um.end()
        if end < len(text) and (text[end].isalnum() and text[end - 1].isalnum()):
            continue  # "min" must not match inside "minister"
        surface = um.group(0)
        glued_only = surface.lower() in _GLUED_ONLY_LOWER if caseless else surface in GLUED_ONLY
        if glued_only and not is_glued and not (gap == "-" and len(surface) > 1) \
                and not _spaced_symbol_reads(text, end, unit, value):
            continue
        if best is None or end > best[2]:
            best = (unit, kind, end)
    if best is None and not caseless and re.match(r"[A-Z]{2,5}(?![A-Za-z])", text[start:start + 6]):
        # a unit symbol in capitals in cased text ("784 HP", "50 KM", "12 KG"): read it caselessly
        best = read_unit(text, pos, glued, caseless=True, value=value)
    return best


# A spaced one-letter symbol ("12 C", "2 m deep") is a unit only where nothing else can be meant:
# a temperature in a plausible range with no word glued after it, a length before a dimension word.
_DIMENSION_WORDS = re.compile(r"\s+(?:tall|long|high|wide|deep|thick|across|away|apart|in\s+(?:diameter|length|"
                              r"height|width|depth)|below|above|underground|from)\b", re.I)
_ENDS_PHRASE = re.compile(r"\s*(?:$|[.,;:!?)\]]|\s+(?:in|on|at|and|or|with|by|to|from|for|overnight|today|"
                          r"yesterday|tomorrow|on\s+\w+|this|last|during|while|as|but|when)\b)", re.I)


def _spaced_symbol_reads(text: str, end: int, unit: str, value: float | None) -> bool:
    if unit in ("celsius", "fahrenheit"):
        return value is not None and -90 <= value <= 140 and bool(_ENDS_PHRASE.match(text, end))
    if unit in ("m", "km", "cm", "mm", "foot", "inch"):
        return bool(_DIMENSION_WORDS.match(text, end))
    return False


_RATE = re.compile(
    r"(?:\s*/\s*|\s+per\s+|\s+an?\s+|-an?-|\s+each\s+)(?:(?:" + "|".join(RATE_QUALIFIERS) + r")\s+)?("
    + "|".join(p for p, _ in RATE_DENOMINATORS)
    + r")s?(?![A-Za-z])(?!\s+(?:before|ago|earlier|later|previously)\b)", re.I)


def read_rate(text: str, pos: int) -> tuple[str, int] | None:
    m = _RATE.match(text, pos)
    if not m:
        return None
    word = m.group(1).lower()
    for pattern, name in RATE_DENOMINATORS:
        if re.fullmatch(pattern, word, re.I):
            return name, m.end()
    return None
