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
