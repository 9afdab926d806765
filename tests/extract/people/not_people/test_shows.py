"""Shows named after their hosts."""

from __future__ import annotations


def test_a_name_only_in_a_show_title_is_no_person(people_of):
    text = ('Laxalt, appearing on the ABC News program, "This Week With David Brinkley," said the nomination '
            'was in trouble. Asked on the syndicated television program, "John McLaughlin: One on One," '
            'Senator Sam Nunn said no.')
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Sam Nunn" in names
    assert not names & {"David Brinkley", "John McLaughlin"}


def test_a_host_named_outside_the_title_stays(people_of):
    text = ('He spoke on the program, "This Week With David Brinkley." David Brinkley asked him twice.')
    _, people, _ = people_of(text)
    assert "David Brinkley" in {p.name for p in people}
