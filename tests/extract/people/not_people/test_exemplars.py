"""Names standing for a type ("the next James Bond") name nobody in the story."""

from __future__ import annotations


def test_a_name_after_the_next_or_the_first_is_a_type(people_of):
    text = ("Bets were placed on who will be the next James Bond, said Rupert Adams. Colin Salmon hoped "
            "to become the first black James Bond. \"I'm not going to be the Mr Nasty of books,\" said Tony Cowell.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "James Bond" not in names and "Nasty" not in names
    assert {"Rupert Adams", "Colin Salmon", "Tony Cowell"} <= names


def test_the_late_or_a_plain_complement_still_names_the_person(people_of):
    text = "It was the late Jim Flaherty who wrote the budget. The winner was the Liberal candidate John Smith."
    _, people, _ = people_of(text)
    assert {"Jim Flaherty", "John Smith"} <= {p.name for p in people}
