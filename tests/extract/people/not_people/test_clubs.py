"""Clubs named before a sports post are no people."""

from __future__ import annotations


def test_a_one_word_name_before_a_sports_post_is_a_club(people_of):
    text = ("Larne's teenage star Robbie Weir is poised to join Sunderland. But Larne boss Jimmy McGeough has "
            "yet to confirm it. Fellow Bath prop Duncan Bell will start on the bench.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Larne" not in names and "Bath" not in names
    assert {"Robbie Weir", "Jimmy McGeough", "Duncan Bell"} <= names


def test_a_person_named_in_full_or_before_another_post_stays(people_of):
    text = ("Rafael Benitez said the side would recover. Benitez assistant Pako Ayestaran agreed. "
            "Trump lawyer Michael Cohen spoke later.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Rafael Benitez", "Pako Ayestaran", "Michael Cohen"} <= names


def test_a_post_word_not_right_after_the_name_is_no_club(people_of):
    text = ("Mohammad Al Mnajer and wife Fouzia Al Hashish sit with their three daughters Judy, centre, Jaidaa, "
            "left, and Baylasan at their home. Judy was born in Canada, her mother said.")
    _, people, _ = people_of(text)
    assert "Judy" in {p.name for p in people}


def test_a_name_before_team_is_no_club(people_of):
    text = "The Trump team met officials on Monday. Trump said he was pleased with the talks."
    _, people, _ = people_of(text)
    assert "Trump" in {p.name for p in people}
