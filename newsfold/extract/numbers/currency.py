"""Currencies written around a number: symbols and codes before it, names, codes and sub-units after it."""

from __future__ import annotations

import re

from newsfold.extract.numbers.naming import is_currency_code
from newsfold.extract.numbers.lexicon import (
    CODE_ALIASES,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MINOR_CURRENCY,
)

_LEFT_CURRENCY = re.compile(
    r"(?:(?<![A-Za-z])(US|U\.S\.|AU|A|CAN|CA|C|HK|NZ|SG|S|NT|R|MX|Z)\s?\$|\$\s?(US|AU|A|CA|C|NZ|HK|S)(?![A-Za-z])|"
    r"(\$|£|€|¥|₹|₩|₽|₺|₪|₦|₱|₫|฿|Y=)|(?<![A-Za-z])(Rs\.?|RM|Rp|PS|" + "|".join(sorted(CURRENCY_CODES)) + r"))"
    r"\s?$")
_LEFT_CURRENCY_CASELESS = re.compile(_LEFT_CURRENCY.pattern, re.I)
# A symbol as the table spells it, for a caseless text's "rs", "rm", "ps".
_CASED_SYMBOLS = {symbol.lower(): symbol for symbol in CURRENCY_SYMBOLS}


def read_left_currency(text: str, pos: int, caseless: bool = False) -> tuple[str, int] | None:
    """Currency written before position `pos`: ("USD", start of the symbol) or None."""
    window = text[max(0, pos - 8):pos]
    m = (_LEFT_CURRENCY_CASELESS if caseless else _LEFT_CURRENCY).search(window)
    if not m:
        return None
    start = pos - len(window) + m.start()
    if m.group(1) and m.group(1) in ("a", "A") and \
            re.match(r"[A-Za-z]\s", m.group(0)):
        # "a $10,000 donation", "A $5 fee": the article before a plain dollar sign, not A$
        start += m.group(0).index("$")
        return CURRENCY_SYMBOLS["$"], start
    if m.group(1):
        key = m.group(1).upper().replace("U.S.", "US") + "$"
    elif m.group(2):
        key = "$" + m.group(2).upper()
    elif m.group(3):
        key = m.group(3)
    else:
        key = m.group(4)
        if caseless:
            key = key.upper() if key.upper() in CURRENCY_CODES else _CASED_SYMBOLS.get(key.lower(), key)
    if key in CURRENCY_CODES:
        return CODE_ALIASES.get(key, key), start
    code = CURRENCY_SYMBOLS.get(key) or CURRENCY_SYMBOLS.get(key.rstrip("."))
    if code is None and caseless:
        code = CURRENCY_SYMBOLS.get(key.upper())  # "y=" is "Y="
    return (code, start) if code else None


# One alternation tried in list order: the first currency word that matches wins, as in a loop.
_CURRENCY_WORD_ANY = re.compile(r"\s(?:" + "|".join(f"({p})" for p, _ in CURRENCY_WORDS) + r")(?![A-Za-z])")
_CURRENCY_WORD_CODES = [code for _, code in CURRENCY_WORDS]
_CURRENCY_CODE_AFTER = re.compile(r"\s?(" + "|".join(sorted(CURRENCY_CODES)) + r")(?![A-Za-z])")
_ISO_CODE_AFTER = re.compile(r"\s?([A-Z]{3})(?![A-Za-z])")
_CURRENCY_WORD_ANY_CASELESS = re.compile(_CURRENCY_WORD_ANY.pattern, re.I)
_CURRENCY_CODE_AFTER_CASELESS = re.compile(r"\s(" + "|".join(sorted(CURRENCY_CODES)) + r")(?![A-Za-z])", re.I)
_MINOR_PATTERNS = [(re.compile(("" if p == "p" else r"\s?") + "(?:" + p + r")(?![A-Za-z])"), unit)
                   for p, unit in MINOR_CURRENCY]


def read_currency_word(text: str, pos: int, caseless: bool = False) -> tuple[str, int] | None:
    """A currency named after the number: "9 billion shekels", "10.5 million Australian dollars", "110 JPY"."""
    m = (_CURRENCY_WORD_ANY_CASELESS if caseless else _CURRENCY_WORD_ANY).match(text, pos)
    if m:
        return _CURRENCY_WORD_CODES[m.lastindex - 1], m.end()
    code_match = (_CURRENCY_CODE_AFTER_CASELESS if caseless else _CURRENCY_CODE_AFTER).match(text, pos)
    if not code_match and not caseless:
        iso = _ISO_CODE_AFTER.match(text, pos)  # any ISO 4217 code, current or historical: "500 SEK", "20 IEP"
        code_match = iso if iso and is_currency_code(iso.group(1)) else None
    if code_match:
        code = code_match.group(1).upper()
        return CODE_ALIASES.get(code, code), code_match.end()
    return None


def read_minor_currency(text: str, pos: int) -> tuple[str, int] | None:
    """Cents, pence ("118.5p" only glued) and sen."""
    for pattern, unit in _MINOR_PATTERNS:
        m = pattern.match(text, pos)
        if m:
            return unit, m.end()
    return None
