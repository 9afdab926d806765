"""Works in award lists: the name after a nominee's comma in an item of a list is the work's title."""

from __future__ import annotations

NOMINEES = {"Don Cheadle", "Johnny Depp", "Jamie Foxx", "Annette Bening", "Imelda Staunton", "Kate Winslet"}
WORKS = {"Hotel Rwanda", "Finding Neverland", "Ray", "Being Julia", "Vera Drake", "Eternal Sunshine"}


def test_the_work_after_a_nominee_in_a_semicolon_list_is_no_person(people_of):
    text = ('Nominations for the Academy Awards were announced on Tuesday.\n\n'
            'Best picture: "The Aviator"; "Finding Neverland"; "Million Dollar Baby"; "Ray"; "Sideways."\n\n'
            'Actor: Don Cheadle, "Hotel Rwanda"; Johnny Depp, "Finding Neverland"; Jamie Foxx, "Ray."\n\n'
            'Actress: Annette Bening, "Being Julia"; Imelda Staunton, "Vera Drake"; '
            'Kate Winslet, "Eternal Sunshine of the Spotless Mind."\n')
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert NOMINEES <= names
    assert not names & WORKS


def test_the_work_after_a_nominee_on_a_list_line_is_no_person(people_of):
    text = ("Nominations for the Academy Awards were announced on Tuesday.\n\nActor:\nDon Cheadle, Hotel Rwanda\n"
            "Johnny Depp, Finding Neverland\nJamie Foxx, Ray\n\nActress:\nAnnette Bening, Being Julia\n"
            "Imelda Staunton, Vera Drake\nKate Winslet, Eternal Sunshine of the Spotless Mind\n")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert NOMINEES <= names
    assert not names & WORKS


def test_a_name_after_a_comma_in_running_text_stays_a_person(people_of):
    text = ("The film stars Imelda Staunton, Phil Davis and Heather Craney. Staunton said the role was hard; "
            "Mike Leigh, the director, agreed.")
    _, people, _ = people_of(text)
    assert {"Imelda Staunton", "Phil Davis", "Heather Craney", "Mike Leigh"} <= {p.name for p in people}
