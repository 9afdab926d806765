"""Places listed with places are no people; people listed with their states are."""

from __future__ import annotations

from newsfold.extract.people.not_people.places_listed import listed_with_places


def test_names_listed_with_a_bare_place_are_places(people_of):
    text = ("Wembley keeps its tracks at Wimbledon in London, Belle Vue in Manchester, Perry Barr and "
            "Hall Green in Birmingham, Oxford and Portsmouth, chairman Claes Hultman said.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert not names & {"Belle Vue", "Perry Barr", "Hall Green"} and "Claes Hultman" in names


def test_people_set_in_their_states_stay_people(people_of):
    text = "Republicans such as Kevin Brady in Texas and John Shimkus in Illinois opposed the bill."
    _, people, _ = people_of(text)
    assert {"Kevin Brady", "John Shimkus"} <= {p.name for p in people}


def test_a_name_is_listed_with_places_only_beside_a_bare_place(nlp):
    doc = nlp("The firm runs tracks at Wimbledon in London, Belle Vue in Manchester, Perry Barr and Hall Green "
              "in Birmingham, Oxford and Portsmouth.")
    belle = next(t.i for t in doc if t.text == "Belle")
    assert listed_with_places(doc, belle, belle + 2, set())
    # "Oxford" named as a person of the article is no bare place
    oxford = next(t.i for t in doc if t.text == "Oxford")
    assert not listed_with_places(doc, belle, belle + 2, {oxford, oxford + 2})


def test_places_setting_a_listed_person_are_no_items(people_of):
    text = ("Their priority is to finish ahead of mainstream rivals Christie, Bush and John Kasich in Iowa and "
            "New Hampshire.")
    _, people, _ = people_of(text)
    assert "John Kasich" in {p.name for p in people}


def test_a_county_after_a_town_sets_the_next_person(people_of):
    text = ("Those who died were Steve Arthur, 46, from Pease Pottage, West Sussex; Peter Monkhouse, 50, of "
            "Headingley, Leeds; and Robert James Alcorn, 37, of Auckland, New Zealand.")
    _, people, _ = people_of(text)
    assert {"Peter Monkhouse", "Robert James Alcorn"} <= {p.name for p in people}


def test_places_setting_a_listed_person_are_no_people(people_of):
    text = ("The other protesters are John Holliday, 37, a huntsman from Ledbury, Herefordshire, Robert Thame, 34, "
            "who plays polo, auctioneer Andrew Elliot, 42, from Bromesberrow, near Ledbury, and former royal chef "
            "Nick Wood, 41.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"John Holliday", "Robert Thame", "Nick Wood"} <= names
    assert not {"Ledbury", "Herefordshire", "Bromesberrow"} & names


def test_a_name_modifying_a_noun_for_a_place_is_no_person(people_of):
    text = ("A month later it gained a council seat in a by-election in St Dunstan's and Stepney Green ward, "
            "Tower Hamlets, said George Galloway.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "George Galloway" in names and not any("Stepney" in n for n in names)


def test_a_name_modifying_a_stadium_or_a_training_ground_is_a_place(people_of):
    text = ("He revealed that part of his plan is to buy back Leeds' Elland Road stadium and Thorp Arch "
            "training ground in due course, said Ken Bates.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Thorp Arch" not in names and "Ken Bates" in names


def test_a_name_apposed_to_a_noun_for_a_place_is_a_place(nlp):
    from newsfold.extract.people import extract_people
    text = ("Only 360 Republicans caucused in Keosauqua's county, Van Buren, in 2012, said Jeff Patch. "
            "The city's mayor, John Tory, disagreed.")
    doc = nlp(text)
    names = {p.name for p in extract_people(doc)[0]}
    assert "Van Buren" not in names and {"Jeff Patch", "John Tory"} <= names
    without = {p.name for p in extract_people(doc, disabled=frozenset({"place_apposed"}))[0]}
    assert "Van Buren" in without
