"""Fixtures for the people tests: extraction over a sentence, and over the seed articles."""

from __future__ import annotations

import pytest

from newsfold.extract.people import extract_people


@pytest.fixture(scope="session")
def people_of(nlp):
    """Parse a text and extract its people: -> (doc, people, mentions)."""
    def run(text):
        doc = nlp(text)
        return (doc, *extract_people(doc))
    return run


@pytest.fixture(scope="module")
def seed_results(nlp, seed_texts):
    out = {}
    for name, text in seed_texts.items():
        doc = nlp(text)
        out[name.removesuffix(".txt")] = (doc, *extract_people(doc))
    return out
