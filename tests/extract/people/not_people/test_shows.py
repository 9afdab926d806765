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


def test_a_name_only_before_a_word_or_number_ending_a_show_name_is_no_person(people_of):
    text = ("On CNN's Anderson Cooper 360 about one in three voices were women. Only The Rachel Maddow Show on "
            "MSNBC hit 50%, said Debbie Walsh, who was 29 when she began.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Debbie Walsh" in names
    assert not names & {"Anderson Cooper", "Rachel Maddow"}


def test_a_host_named_outside_the_show_name_stays(people_of):
    text = "Only The Rachel Maddow Show hit 50%. Rachel Maddow said the figure was fair."
    _, people, _ = people_of(text)
    assert "Rachel Maddow" in {p.name for p in people}


def test_a_substitute_coming_on_in_extra_time_is_no_show(people_of):
    text = ("Danny Williams equalised for Hereford and Mills netted the winning penalty.\n\n"
            "Mawson, Travis, Mkandawire, James, Robinson, Daniel Williams, Stanley, Hyde (Pitman 105), "
            "Purdie (Mills 83), Brown, Stansfield (Green 102). Subs Not Used: Smith, Scott.\n")
    _, people, _ = people_of(text)
    assert {"Pitman", "Green"} <= {p.name for p in people}


def test_a_name_met_only_before_a_noun_for_a_show_names_the_show(people_of):
    from newsfold.extract.people import extract_people

    text = ("Tory backbencher Edward Leigh said the proposals were a step in the right direction. Interviewed on "
            "BBC Radio 2's Jeremy Vine show, Mr Howard said: \"It is perfectly true.\"")
    doc, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Edward Leigh" in names and "Jeremy Vine" not in names
    assert "Jeremy Vine" in {p.name for p in extract_people(doc, disabled=frozenset({"show_nouns"}))[0]}
