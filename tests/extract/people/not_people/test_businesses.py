"""Businesses named in bare possessives."""

from __future__ import annotations


def test_a_name_only_in_bare_possessives_is_a_business(people_of):
    text = ("Four casinos - Bally's, Caesars, Harrah's and Trump Taj Mahal - reported declines. Revenue is up at "
            "Harrah's by 4.3 percent, Gov. Chris Christie said.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Chris Christie" in names and "Harrah" not in names


def test_possessives_sharing_what_they_own_are_people(nlp):
    from newsfold.extract.people.not_people.businesses import bare_possessive

    doc = nlp("Voters weighed Kasich's and Rubio's campaigns.")
    start = next(t.i for t in doc if t.text == "Kasich")
    assert not bare_possessive(doc, start, start + 1)
