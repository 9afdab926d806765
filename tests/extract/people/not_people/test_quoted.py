"""One-word names met only alone inside quote marks."""

from __future__ import annotations


def test_a_pet_name_alone_in_quotes_is_no_second_person(people_of):
    text = ('If we remember nothing else about Nancy Reagan, it will be her gaze, fixed on Ronald Reagan -- her '
            '"Ronnie" -- whenever they were in the same room.')
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Ronnie" not in names and {"Nancy Reagan", "Ronald Reagan"} <= names


def test_a_full_name_in_quotes_and_a_quoted_name_inside_a_longer_quotation_stay(people_of):
    text = ('I wrote in “Ralph Nader” on my first ballot in 1996. "I want to wait until I meet with Bibi," '
            'Benjamin Netanyahu was told.')
    _, people, _ = people_of(text)
    assert "Ralph Nader" in {p.name for p in people}
