"""Misspelt surnames join the person named in full."""

from __future__ import annotations

from newsfold.extract.people.typos import one_slip_apart


def test_one_slip_is_a_letter_dropped_added_or_two_swapped():
    assert one_slip_apart("telzerow", "telzrow") and one_slip_apart("mukerjee", "mukherjee")
    assert one_slip_apart("kudja", "kujda")
    assert not one_slip_apart("jonas", "jones") and not one_slip_apart("smith", "smith")
    assert not one_slip_apart("kujda", "kdjua")


def test_a_misspelt_surname_is_the_person_named_in_full(people_of):
    text = ('"I have mixed feelings," said analyst Dennis Telzrow of Eppler, Guerin and Turner. Analyst Telzerow '
            'estimated that the company would have to borrow about 100 mln dlrs.')
    _, people, _ = people_of(text)
    assert [p.name for p in people] == ["Dennis Telzrow"]


def test_a_misspelt_surname_of_two_people_is_neither_alone(people_of):
    text = ("Jarek Kujda found five other people. Malgorzata Kujda, Jarek's younger sister, plays too. "
            '"It is more of an improvisational project," said Kudja.')
    _, people, _ = people_of(text)
    assert "Kudja" not in {p.name for p in people}


def test_a_listed_name_one_slip_from_another_is_someone_else(people_of):
    text = ("Ireland: Murphy, Horgan, D'Arcy, capt, Hickie; Sheahan, Horan, O'Callaghan, Miller.\n\n"
            "Shane Horgan scored the try that won it.")
    _, people, _ = people_of(text)
    assert "Horan" in {p.name for p in people}
