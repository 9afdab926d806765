"""Grouping forms into article-local people."""

from __future__ import annotations


def test_two_people_sharing_a_surname_stay_apart(people_of):
    text = ("Boris Johnson met Andrew Johnson in London. Boris Johnson said the deal was close, "
            "and Andrew Johnson agreed.")
    _, people, _ = people_of(text)
    assert {"Boris Johnson", "Andrew Johnson"} <= {p.name for p in people}
