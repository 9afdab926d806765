"""One-word stage names: a person noun before the name or a "real name" cue after it vouches for it."""

from __future__ import annotations


def test_a_person_noun_introduces_a_one_word_name(people_of):
    _, people, _ = people_of("Church ministers are trying to prevent rapper Nelly performing in Arkansas. "
                             "Nelly has sold more than 30 million albums.")
    assert "Nelly" in {p.name for p in people}


def test_a_real_name_cue_makes_the_stage_name_the_name(people_of):
    _, people, _ = people_of("Reggae star Sizzla has been jailed. Sizzla, whose real name is Miguel Collins, "
                             "has released 25 albums. Motley Crue guitarist Mick Mars was sued. "
                             "Mars - real name Bob Allen Deal - had surgery.")
    names = {p.name for p in people}
    assert {"Sizzla", "Mick Mars"} <= names
    assert not {"Miguel Collins", "Bob Allen Deal"} & names


def test_a_title_line_is_no_stage_name(people_of):
    _, people, _ = people_of("Delegate Update: The latest count in the race.\n\nIt takes 2,383 delegates to win.")
    assert "Update" not in {p.name for p in people}
