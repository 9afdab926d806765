"""Normalised text and the content hash (newsfold.dedup.normalise)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfold.dedup.normalise import content_hash, normalise_text

words_strategy = st.lists(st.from_regex(r"[A-Za-z0-9]{1,8}", fullmatch=True), min_size=1, max_size=30)
gaps_strategy = st.lists(st.sampled_from([" ", "  ", "\n", "\t", " \r\n ", ", ", ". ", " - ", "\u00a0"]), min_size=30,
                         max_size=30)


@settings(max_examples=200, deadline=None)
@given(words=words_strategy, gaps=gaps_strategy)
def test_hash_ignores_whitespace_and_punctuation_between_words(words, gaps):
    plain = " ".join(words)
    spaced = "".join(w + g for w, g in zip(words, gaps))
    assert content_hash(spaced) == content_hash(plain)


@settings(max_examples=200, deadline=None)
@given(words=words_strategy)
def test_hash_ignores_case(words):
    text = " ".join(words)
    assert content_hash(text.upper()) == content_hash(text.lower()) == content_hash(text)


@settings(max_examples=100, deadline=None)
@given(words=words_strategy, extra=st.from_regex(r"[a-z]{1,8}", fullmatch=True))
def test_hash_changes_when_words_change(words, extra):
    text = " ".join(words)
    assert content_hash(text + " " + extra) != content_hash(text)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200))
def test_normalised_text_is_lowercase_words_single_spaced(text):
    normalised = normalise_text(text)
    assert normalised == normalised.strip()
    assert "  " not in normalised
    assert re.fullmatch(r"[^\W_]*( [^\W_]+)*", normalised)


def test_boilerplate_lines_do_not_change_the_hash(seeds):
    footer = "\n\nCopyright 2025 Example News. All rights reserved.\nFollow us on X for more.\nRelated Sources: BBC"
    assert content_hash(seeds[0] + footer) == content_hash(seeds[0])


def test_a_long_line_mentioning_subscribe_is_content():
    body = "The minister said voters would not subscribe to a plan that cut pensions by a third next year."
    assert normalise_text(body).startswith("the minister said")
    assert normalise_text("Subscribe to our newsletter today.\nThe minister spoke.") == "the minister spoke"
    long_line = "Subscribe, the union told its members, " + "and they did so in their thousands " * 3
    assert normalise_text(long_line).startswith("subscribe the union")


def test_full_width_and_non_breaking_forms_normalise_alike():
    assert content_hash("Ｔｒｕｍｐ\u00a0called Putin") == content_hash("Trump called Putin")
