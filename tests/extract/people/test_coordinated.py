"""Given names coordinated before one surname."""

from __future__ import annotations


def test_a_given_name_before_and_a_full_name_shares_its_surname(people_of):
    text = "Other music stars being approached include Robin and Barry Gibb of The Bee Gees, and jazz sensation Jamie Cullum."
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Robin Gibb" in names and "Barry Gibb" in names and "Robin" not in names


def test_the_end_of_a_list_names_each_whole(people_of):
    text = ("Past Eurovision performers include Abba, Celine Dion, Nana Mouskouri, Lulu and Julio Iglesias. "
            "Lulu said she would sing again.")
    _, people, _ = people_of(text)
    assert "Lulu Iglesias" not in {p.name for p in people}


def test_a_plural_title_before_the_pair_names_two_surnames(people_of):
    text = ("\"It's got to be simple,\" said Grant Green, a national security official under Presidents  "
            "Reagan and George W. Bush.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Reagan Bush" not in names and "George W. Bush" in names


def test_a_given_name_used_alone_again_and_again_is_a_whole_name(people_of):
    text = ("Prince beat artists such as Madonna and Elton John. He kept Madonna in second place. Madonna "
            "earned $54.9m on tour. Although she grossed more, Madonna remained second.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Madonna" in names and "Elton John" in names and "Madonna John" not in names
