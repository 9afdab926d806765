"""Headline forms of attribution."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_headline_verb_read_as_a_noun(nlp):
    text = "Trump questions the fairness of moderators ahead of debate\n\nThe debate is on Monday."
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "the fairness of moderators")
    assert q.speaker_text == "Trump"
