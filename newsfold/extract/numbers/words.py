"""Numbers written in words: "seven", "twenty-five", "a dozen", "one-fifth", "hundreds of thousands".

Pure string functions, no spaCy. `find_word_numbers` scans a text and returns every written number
with its character span; `atoms.py` turns them into atoms, and the extractor then attaches units,
qualifiers and ranges to them just as it does for digits.

Vague plural magnitudes ("thousands", "tens of thousands", "dozens") are read as the interval
[base, 10 * base): "hundreds of thousands" is 1e5..1e6. That is the convention of the NewsQuant gold
and a fair reading of what a writer commits to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfold.extract.numbers.lexicon import HALF_DETERMINERS

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
# Plural magnitudes used vaguely ("thousands of"), mapped to their base.
VAGUE_PLURALS = {
    "dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9, "trillions": 1e12,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1e6,
}
# Denominators of fractions; "second" is left out on purpose (it is a time unit and an ordinal).
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
}

_STARTERS = {"a", "an", "dozen", "half", *SMALL_NUMBERS, *TENS, *SCALES, *VAGUE_PLURALS, *ORDINALS}
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


@dataclass(frozen=True)
class WordNumber:
    """A number written in words, found at text[start:end]."""

    start: int
    end: int
    value: float
    value_max: float | None = None  # set for vague plurals ("thousands" -> 1e3..1e4)
    kind: str = "cardinal"  # cardinal | fraction | vague | ordinal | fold


def _is_cardinal_word(word: str) -> bool:
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in TENS and parts[1] in SMALL_NUMBERS and SMALL_NUMBERS[parts[1]] < 10:
        return True  # "twenty-five"
    return len(parts) == 1 and (word in SMALL_NUMBERS or word in TENS or word in SCALES or word == "dozen")


def _cardinal_word_value(word: str) -> float:
    if "-" in word:
        tens, unit = word.split("-")
        return TENS[tens] + SMALL_NUMBERS[unit]
    if word == "dozen":
        return 12
    return SMALL_NUMBERS.get(word) or TENS.get(word) or SCALES.get(word) or 0


def parse_cardinal_words(words: list[str]) -> float | None:
    """Value of a sequence of cardinal words: ["four", "hundred", "and", "twenty-five"] -> 425.

    "a"/"an" count as one before a scale word ("a million", "a dozen"). None when the sequence is
    not a well-formed written number.
    """
    words = [w.lower() for w in words]
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen_digit_word = False
    for index, word in enumerate(words):
        if word in ("a", "an"):
            if index != 0 or len(words) == 1:
                return None
            current = 1
            continue
        if word == "and":
            if index == 0 or index == len(words) - 1:
                return None
            continue
        if not _is_cardinal_word(word):
            return None
        value = _cardinal_word_value(word)
        if word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * value
            current = 0
        else:
            current += value
        seen_digit_word = True
    if not seen_digit_word:
        return None
    return total + current


def parse_fraction_words(words: list[str]) -> float | None:
    """"one-fifth" / ["two", "thirds"] / ["a", "quarter"] -> 0.2 / 0.667 / 0.25; None otherwise."""
    words = [w.lower() for w in words]
    if len(words) == 1 and "-" in words[0]:
        words = words[0].split("-")
    if len(words) != 2:
        return None
    numerator_word, denominator_word = words
    if numerator_word in ("a", "an"):
        numerator = 1
    elif numerator_word in SMALL_NUMBERS and SMALL_NUMBERS[numerator_word] > 0:
        numerator = SMALL_NUMBERS[numerator_word]
    else:
        return None
    denominator = DENOMINATORS.get(denominator_word)
    if denominator is None or numerator >= denominator:
        return None
    if numerator > 1 and not denominator_word.endswith("s") and denominator_word != "half":
        return None  # "two third" is not English; "two thirds" is
    return numerator / denominator


_MIXED = re.compile(r"(\d{1,4})(?:-| )(\d{1,2})[/⁄](\d{1,2})")
MIXED_DENOMINATORS = (2, 3, 4, 8, 16, 32, 64)


def parse_mixed_fraction(literal: str) -> float | None:
    """ "2-1/2" / "7-3/4" / "6 1/2" -> 2.5 / 7.75 / 6.5 (US financial style); None otherwise.

    Only proper fractions with the usual denominators (halves to sixty-fourths): "24-7/11" or
    "3-5/4" are not mixed numbers.
    """
    m = _MIXED.fullmatch(literal.strip())
    if not m:
        return None
    whole, numerator, denominator = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if denominator not in MIXED_DENOMINATORS or not 0 < numerator < denominator:
        return None
    return whole + numerator / denominator


def _is_number_word(word: str) -> bool:
    lower = word.lower()
    return (_is_cardinal_word(lower) or parse_fraction_words([lower]) is not None
            or lower in ORDINALS or _is_compound_ordinal(lower))


def _words_with_spans(text: str) -> list[tuple[str, int, int]]:
    """Words with their spans; "five-year" splits into "five" + "year" but "twenty-five" stays whole."""
    words = []
    for m in _WORD.finditer(text):
        word, start = m.group(0), m.start()
        if "-" not in word or _is_number_word(word):
            words.append((word, start, m.end()))
            continue
        parts = word.split("-")
        # the longest hyphenated prefix that is a number word, then the rest as it comes
        for cut in range(len(parts) - 1, 0, -1):
            prefix = "-".join(parts[:cut])
            if _is_number_word(prefix):
                words.append((prefix, start, start + len(prefix)))
                rest_start = start + len(prefix) + 1
                words.append((word[len(prefix) + 1:], rest_start, m.end()))
                break
        else:
            words.append((word, start, m.end()))
    return words


def _only_spaces_between(text: str, end: int, start: int) -> bool:
    return text[end:start].strip() == ""


def find_word_numbers(text: str) -> list[WordNumber]:
    """Every number written in words in `text`, left to right, without overlaps."""
    words = _words_with_spans(text)
    found: list[WordNumber] = []
    index = 0
    while index < len(words):
        if words[index][0].lower() not in _STARTERS and not words[index][0].lower().endswith("fold") \
                and "-" not in words[index][0]:
            index += 1  # most words cannot start a number: skip them cheaply
            continue
        match = _match_at(text, words, index)
        if match is None:
            index += 1
            continue
        number, next_index = match
        found.append(number)
        index = next_index
    return found


def _match_at(text: str, words: list[tuple[str, int, int]], index: int) -> tuple[WordNumber, int] | None:
    word, start, _ = words[index]
    lower = word.lower()

    def adjacent(i: int) -> bool:
        return i < len(words) and _only_spaces_between(text, words[i - 1][2], words[i][1])

    # Vague plurals: "hundreds of thousands", "tens of millions", "dozens", "thousands".
    if lower in VAGUE_PLURALS:
        base = VAGUE_PLURALS[lower]
        end_index = index + 1
        if (adjacent(index + 1) and words[index + 1][0].lower() == "of" and adjacent(index + 2)
                and words[index + 2][0].lower() in ("thousands", "millions", "billions")):
            base *= VAGUE_PLURALS[words[index + 2][0].lower()]
            end_index = index + 3
        elif lower == "tens":
            return None  # "tens" alone is not a quantity
        end = words[end_index - 1][2]
        return WordNumber(start, end, base, base * 10, "vague"), end_index

    # Multipliers: "sixfold", "three-fold" (the unit "times" is set by numbers.py).
    fold = re.fullmatch(r"([a-z]+)-?fold", lower)
    if fold and _is_cardinal_word(fold.group(1)):
        return WordNumber(start, words[index][2], _cardinal_word_value(fold.group(1)), None, "fold"), index + 1

    # Hyphenated fractions: "one-fifth", "two-thirds".
    if "-" in lower:
        fraction = parse_fraction_words([lower])
        if fraction is not None:
            return WordNumber(start, words[index][2], fraction, None, "fraction"), index + 1

    # Spaced fractions: "two thirds", "a quarter of", "one half".
    if adjacent(index + 1):
        next_lower = words[index + 1][0].lower()
        fraction = parse_fraction_words([lower, next_lower])
        if fraction is not None:
            followed_by_of = adjacent(index + 2) and words[index + 2][0].lower() == "of"
            # "a third" / "one second" are ordinals unless a share of something follows.
            if next_lower.endswith("s") or followed_by_of or _after_change_by(text, start, next_lower):
                return WordNumber(start, words[index + 1][2], fraction, None, "fraction"), index + 2

    if lower == "half" and _is_period_half(text, start):
        return None  # "the first half of 2004", "the second half": a part of a year or a game

    # "half of the votes", "half a million", "half an hour" (the unit is read by numbers.py)
    if lower == "half" and adjacent(index + 1):
        next_lower = words[index + 1][0].lower()
        if next_lower == "of" or next_lower in HALF_DETERMINERS:  # "half of the votes", "half the people"
            return WordNumber(start, words[index][2], 0.5, None, "fraction"), index + 1
        if next_lower in ("a", "an"):
            if adjacent(index + 2) and words[index + 2][0].lower() in ("million", "billion", "trillion", "thousand",
                                                                      "hundred", "dozen"):
                scale = _cardinal_word_value(words[index + 2][0].lower())
                return WordNumber(start, words[index + 2][2], 0.5 * scale, None, "cardinal"), index + 3
            return WordNumber(start, words[index][2], 0.5, None, "fraction"), index + 1

    if lower in ORDINALS or _is_compound_ordinal(lower):
        return WordNumber(start, words[index][2], _ordinal_value(lower), None, "ordinal"), index + 1

    # Cardinals: the longest run of number words (with "and" and a leading "a") that parses.
    if lower in ("a", "an") or _is_cardinal_word(lower):
        end_index = index + 1
        while end_index < len(words) and adjacent(end_index):
            candidate = words[end_index][0].lower()
            if _is_cardinal_word(candidate):
                end_index += 1
            elif (candidate == "and" and end_index + 1 < len(words) and adjacent(end_index + 1)
                  and _is_cardinal_word(words[end_index + 1][0].lower())
                  and words[end_index - 1][0].lower() in ("hundred", "thousand", "million", "billion")):
                end_index += 1
            else:
                break
        run = [w[0] for w in words[index:end_index]]
        if lower in ("a", "an") and (len(run) < 2 or run[1].lower() not in (*SCALES, "dozen")):
            return None
        value = parse_cardinal_words(run)
        if value is None:
            return None
        return WordNumber(start, words[end_index - 1][2], value, None, "cardinal"), end_index
    return None


_CHANGE_BY = re.compile(r"\bby\s+(?:(?:up\s+to|about|around|roughly|nearly|almost|more\s+than|less\s+than|over|"
                        r"just\s+over|just\s+under)\s+)?$", re.I)


def _after_change_by(text: str, start: int, denominator: str) -> bool:
    """ "cut the benefits by up to a third", "rose by a quarter": a share of change, not an ordinal."""
    return denominator not in ("second", "half") and bool(_CHANGE_BY.search(text[max(0, start - 24):start]))


def _is_period_half(text: str, start: int) -> bool:
    return bool(re.search(r"\b(?:first|second|latter|last|final)\s+$", text[max(0, start - 12):start], re.I))


def _is_compound_ordinal(word: str) -> bool:
    parts = word.split("-")
    return len(parts) == 2 and parts[0] in TENS and parts[1] in ORDINALS and ORDINALS[parts[1]] < 10


def _ordinal_value(word: str) -> float:
    if word in ORDINALS:
        return ORDINALS[word]
    tens, unit = word.split("-")
    return TENS[tens] + ORDINALS[unit]


__all__ = [
    "WordNumber", "find_word_numbers", "parse_cardinal_words", "parse_fraction_words", "parse_mixed_fraction",
    "SMALL_NUMBERS", "TENS", "SCALES", "ORDINALS", "DENOMINATORS", "VAGUE_PLURALS",
]
