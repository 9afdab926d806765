"""A name met only as the owner of a player the article names again is the player's club."""

from __future__ import annotations


def test_a_club_owning_a_named_player_is_no_person(people_of):
    _, people, _ = people_of("Aston Villa's Thomas Hitzlsperger is waiting to learn the future of manager "
                             "David O'Leary. Hitzlsperger's current deal expires in the summer.")
    names = {p.name for p in people}
    assert {"Thomas Hitzlsperger", "David O'Leary"} <= names
    assert "Aston Villa" not in names


def test_a_person_before_a_name_met_once_stays(people_of):
    _, people, _ = people_of("The shortlist included Susanna Clarke's Jonathan Strange and Mr Norrell, a novel.")
    assert "Susanna Clarke" in {p.name for p in people}


def test_a_one_word_owner_of_a_named_person_is_a_band(people_of):
    text = ("It features vocals from the likes of Chris Martin, Dido and Robbie Williams. British stars who appear "
            "on the recording, such as Dido and Coldplay's Chris Martin, are well known to music fans.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Chris Martin" in names and "Coldplay" not in names


def test_a_titled_one_word_owner_stays_a_person(people_of):
    text = "Tony Smith spoke first. Mr Blair's Alastair Campbell then told Alastair Campbell's critics to wait."
    _, people, _ = people_of(text)
    assert {"Alastair Campbell", "Blair"} <= {p.name for p in people}
