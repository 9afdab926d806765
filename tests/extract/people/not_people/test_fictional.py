"""Famous fictional characters named as if people."""

from __future__ import annotations


def test_famous_characters_are_no_people(people_of):
    _, people, _ = people_of(
        "After a rival comic came up with a superteam of Batman, Superman and Wonder Woman, Stan Lee "
        "created his own. Rogue Agent opens by featuring James Bond and killing him off, said Tom Smith.")
    names = {p.name for p in people}
    assert {"Stan Lee", "Tom Smith"} <= names
    assert not names & {"Batman", "Superman", "Wonder Woman", "James Bond"}


def test_is_fictional_folds_the_name():
    from newsfold.extract.people.not_people.fictional import is_fictional

    assert is_fictional("Spider-Man") and is_fictional("Lord  Voldemort") and not is_fictional("James Bond Smith")
