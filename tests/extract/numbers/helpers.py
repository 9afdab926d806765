"""Shared checks for the number tests: every mention's span and labels are valid."""

from __future__ import annotations

from newsfold.extract.numbers.extractor import extract_numbers
from newsfold.records import NUMBER_KINDS, NUMBER_QUALIFIERS


def extract(nlp, text):
    mentions = extract_numbers(nlp(text))
    for m in mentions:
        assert text[m.start_char:m.end_char] == m.text
        assert m.kind in NUMBER_KINDS and m.qualifier in NUMBER_QUALIFIERS
    return mentions


def only(nlp, text):
    mentions = [m for m in extract(nlp, text) if m.kind != "ordinal"]
    assert len(mentions) == 1, mentions
    return mentions[0]


def pairs(nlp, text):
    return [(m.value, m.value_max, m.unit) for m in extract(nlp, text) if m.kind != "ordinal"]
