"""Parties called by their short names get the full name the article writes."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.party_names import party_full_name


def test_a_short_party_name_is_the_full_name_the_article_writes():
    text = "The Liberal Democrats want a local income tax. The Lib Dems say their plan is fairer."
    assert party_full_name("The Lib Dems", text) == "Liberal Democrats"


def test_a_short_party_name_stays_when_the_article_never_writes_the_full_name():
    assert party_full_name("the Lib Dems", "The Lib Dems say they can save money.") == "the Lib Dems"
    assert party_full_name("the Tories", "The Conservatives, or Tories, say so.") == "the Tories"  # another name
    assert party_full_name(None, "The Tories say.") is None
    assert party_full_name("Labour", "Labour says.") == "Labour"
