"""Parsing and extraction shared by the quote tests."""

from __future__ import annotations

from newsfold.extract.people.extractor import extract_people
from newsfold.extract.quotes.extractor import extract_quotes

_parsed: dict[str, tuple] = {}


def quotes_of(nlp, text):
    """(doc, quotes, local_key -> name), parsed once per text for the whole module."""
    if text not in _parsed:
        doc = nlp(text)
        people, mentions = extract_people(doc)
        _parsed[text] = (doc, extract_quotes(doc, people, mentions), {p.local_key: p.name for p in people})
    return _parsed[text]


def quotes_without(nlp, text, *rules):
    """The text's quote rows with the named rules turned off (parsed afresh: quotes_of keeps all rules on)."""
    doc = nlp(text)
    people, mentions = extract_people(doc)
    return extract_quotes(doc, people, mentions, disabled=frozenset(rules))


def find(quotes, words):
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote containing {words!r} in {[q.text for q in quotes]}"
    return hits[0]
