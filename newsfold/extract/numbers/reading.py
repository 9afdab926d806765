"""What is written around one atom: sign, currency, scale, unit and rate, which extend its span."""

from __future__ import annotations

import re

from newsfold.extract.numbers.currency import read_currency_word, read_left_currency, read_minor_currency
from newsfold.extract.numbers.lexicon import CURRENCY_SYMBOLS, SCALE_WORDS
from newsfold.extract.numbers.quantity import Quantity
from newsfold.extract.numbers.units import read_rate, read_unit

_SCALE = re.compile(r"(?:\s?|-)(trillion|billion|million|thousand|hundred|crores?|lakhs?|bn|bln|mn|mln|"
                    r"mill|mil|tn|tln|trn|trln)(?![A-Za-z])", re.I)
_GLUED_SCALE = re.compile(r"([kKmMbB])(?![A-Za-z0-9])")
_SPACED_CAPITAL_SCALE = re.compile(r" ([MB])(?= [a-z])")  # "8 B people", "4.3 M sales"
_SHARED_CURRENCY = re.compile(r"([$€£¥₹])\s?\d[\d.,]*\s?(?:-|–|to\s)\s?")
_SYMBOL_AFTER = re.compile(r"\s?([$€£¥₹₩₽₺₪₦₱₫฿])(?![\w$€£¥])")
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages|age of|ages of)\s+$", re.I)
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)


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
                               or read_currency_word(text, glued.end()) is not None):
            return 1e9, glued.end()
        if letter in "mM":
            # "$600m" and "2.7m sales" are millions; "800m" or "50m sprint" are metres.
            noun_follows = re.match(r"\s+(?!tall|long|high|wide|deep|away|above|below|from|in\b|of\b|"
                                    r"to\b|and\b|or\b)[a-z]", following)
            currency_follows = read_currency_word(text, glued.end()) is not None
            if has_currency or letter == "M" or currency_follows or (is_decimal and noun_follows) or plural_follows:
                return 1e6, glued.end()
    spaced = _SPACED_CAPITAL_SCALE.match(text, pos)
    if spaced:
        return (1e6 if spaced.group(1) == "M" else 1e9), spaced.end()
    return 1.0, pos


def read_around(text: str, q: Quantity) -> None:
    """Fill currency, scale, unit and the span of one digit or word atom (in place)."""
    if q.kind == "ordinal" or "unit_read" in q.flags:
        return
    pos = q.num_end
    # Sign: "-1.3%", "$-50.8bn", "minus 5", "minus-130 degrees"
    window_start = max(0, q.num_start - 12)
    before = text[window_start:q.num_start]
    sign_match = re.search(r"(?:(?<![\w.,%])|(?<=\$))([-−–+])$", before)  # "89%-6%" is a pair, not -6%
    # a margin of error ("plus or minus 3", "+/-3") has no sign
    plus_or_minus = re.search(r"(?:\+/-|±|\bplus or minus |\bplus/minus )\s*$", text[max(0, q.num_start - 20):q.num_start],
                              re.I)
    if q.word_kind == "digits" and sign_match and not re.search(r"\d[-–]$", before) and not plus_or_minus:
        if sign_match.group(1) != "+":
            q.value, q.raw = -q.value, -q.raw
        q.start = q.num_start - 1
    minus = re.search(r"\bminus[- ]$", before, re.I)
    if minus and not plus_or_minus:
        q.value, q.raw = -q.value, -q.raw
        q.start = window_start + minus.start()
    caseless = "caseless" in q.flags
    currency = read_left_currency(text, q.start, caseless)
    if currency and q.word_kind in ("digits", "cardinal"):
        code, cstart = currency
        # "PS" is how an ASCII-folded "£" looks; trust it only before an obvious amount.
        if text[cstart:cstart + 2] != "PS" or q.has_comma or q.has_decimal or _SCALE.match(text, pos) \
                or _GLUED_SCALE.match(text, pos):
            q.currency = code
            q.start = cstart
    if q.currency is None and q.word_kind == "digits":
        # the upper end of a money range shares its currency: "$5-10 billion", "£2-3m"
        shared = _SHARED_CURRENCY.search(text, max(0, q.start - 16), q.start)
        if shared and shared.end() == q.start:
            q.currency = CURRENCY_SYMBOLS[shared.group(1)]
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
    if q.currency is None and q.word_kind in ("digits", "cardinal"):
        # a symbol after the amount, as much of Europe writes it: "20 €", "1.25 $" ("1.25 $ sterling" is pounds)
        after = _SYMBOL_AFTER.match(text, pos)
        if after:
            named = read_currency_word(text, after.end(), caseless)
            if named and named[0] != "USD":
                q.currency, pos = named
            else:
                q.currency, pos = CURRENCY_SYMBOLS[after.group(1)], after.end()
    if q.currency is None:
        word = read_currency_word(text, pos, caseless)
        if word is None and q.scale != 1.0 and text[pos:pos + 1] == "-":
            # wire copy's compound adjective: "a 29.4-mln-dlr contract" ("-mln" is read above)
            spaced = read_currency_word(" " + text[pos + 1:pos + 40], 0, caseless)  # (no copy of the text before)
            word = (spaced[0], pos + spaced[1]) if spaced else None
        cents = word and re.match(r"\s+cents?\b", text[word[1]:word[1] + 8])
        if cents:
            q.unit, q.kind, pos = "cent", "money", word[1] + cents.end()  # "22 euro cents"
        elif word:
            q.currency, pos = word
        else:
            minor = read_minor_currency(text, pos)
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
        unit = read_unit(text, pos, caseless=caseless, value=q.raw)
        if unit and caseless and unit[0] == "g" and pos == q.num_end and q.raw in (2, 3, 4, 5, 6) \
                and not re.match(r"\s+of\b", text[unit[2]:unit[2] + 4]):
            unit = ("G", "other", unit[2])  # "5g networks": in caseless text the generation, not grams
        if unit:
            q.unit, q.kind, pos = unit
            if q.kind == "duration" or q.unit == "year":
                half = _AND_A_HALF.match(text, pos)
                if half and q.raw == int(q.raw):
                    q.value += 0.5
                    pos = half.end()
        elif q.word_kind == "digits" and re.match(r"G(?![A-Za-z0-9])", text[pos:pos + 2]):
            q.unit, q.kind, pos = "G", "other", pos + 1  # "5G", "4G networks"
    rate = read_rate(text, pos) if q.unit else None
    if rate:
        q.unit = f"{q.unit} per {rate[0]}"
        pos = rate[1]
    elif q.unit and q.kind == "money":
        # "9 billion shekels ($2.408 billion) a year", "C$6 (US$4.46) per share": the rate follows the
        # conversion in brackets; it belongs to the first amount (the span stays, the bracket is its own)
        aside = re.match(r"\s?\([^()]{1,40}\)", text[pos:pos + 44])
        late_rate = aside and read_rate(text, pos + aside.end())
        if late_rate:
            q.unit = f"{q.unit} per {late_rate[0]}"
    if q.unit is None and q.currency is None and q.word_kind in ("digits", "cardinal") and 0 < q.raw < 130 \
            and q.scale == 1.0 and _AGE_BEFORE.search(text[max(0, q.start - 16):q.start]) \
            and not re.match(r"[-/]", text[pos:pos + 1]):
        q.unit, q.kind = "year", "duration"  # "aged 62", "at age 94", "the age of 21": an age is years
        q.flags.add("age")
    if q.word_kind == "fraction" and q.unit is None:
        # "1/16 of a US pint", "a quarter of a mile", "half an hour": the fraction is of one unit
        of_a = re.match(r"\s+(?:of\s+)?an?\s+(?:[A-Z]{2,4}\s+|U\.S\.\s+)?", text[pos:pos + 20])
        if of_a:
            unit = read_unit(text, pos + of_a.end(), glued=False, caseless=caseless)
            if unit and unit[1] in ("measure", "duration"):
                q.unit, q.kind, pos = unit
                q.flags.add("unit_of")
    q.end = pos
