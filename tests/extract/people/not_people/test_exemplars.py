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


def test_a_character_naming_a_franchise_is_no_person(people_of):
    text = ("The film is based on Ian Fleming's first James Bond book, which James Bond fans love. Richard "
            "Griffiths beat his Harry Potter film co-star Michael Gambon. Steven Spielberg said the new "
            "Steven Spielberg film would open in May.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "James Bond" not in names and "Harry Potter" not in names
    assert {"Ian Fleming", "Richard Griffiths", "Michael Gambon", "Steven Spielberg"} <= names


def test_an_actor_crediting_a_titled_film_stays_a_person(people_of):
    text = ("Nicolas Cage movie National Treasure has topped the box office, while Jude Law film Closer made its "
            "debut at number six, as in the Tom Hanks movie ''Bridge of Spies''.")
    _, people, _ = people_of(text)
    assert {"Nicolas Cage", "Jude Law", "Tom Hanks"} <= {p.name for p in people}


def test_a_maker_named_by_his_films_stays_a_person(people_of):
    text = ("This set contains no less than 34 John Wayne films. Imelda Staunton won an award for her "
            "performance in the Mike Leigh film.")
    _, people, _ = people_of(text)
    assert {"John Wayne", "Mike Leigh", "Imelda Staunton"} <= {p.name for p in people}


def test_a_given_name_after_an_indefinite_kin_title_is_a_type(people_of):
    text = ("Betty Friedan compared her to a heretic. Ms. Friedan called Mrs. Schlafly an ''Aunt Tom.'' "
            "Her Uncle Tom Smith said nothing.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Tom" not in names and "Betty Friedan" in names
    assert "Tom Smith" in names
