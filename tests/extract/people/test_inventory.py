"""Grouping forms into article-local people."""

from __future__ import annotations

from newsfold.extract.people.inventory import (LocalPerson, drop_untitled_people_where, fullest_mentions, is_titled,
                                               named_by_one_word)


def test_two_people_sharing_a_surname_stay_apart(people_of):
    text = ("Boris Johnson met Andrew Johnson in London. Boris Johnson said the deal was close, "
            "and Andrew Johnson agreed.")
    _, people, _ = people_of(text)
    assert {"Boris Johnson", "Andrew Johnson"} <= {p.name for p in people}


def test_a_womans_honorific_does_not_join_a_mans_full_name(people_of):
    text = ("Former President Bill Clinton campaigned in Ohio. Mrs. Clinton, the senator, told voters "
            "she would win.")
    _, people, mentions = people_of(text)
    bill = next(p for p in people if p.name == "Bill Clinton")
    assert not any(m.text == "Clinton" and m.local_key == bill.local_key for m in mentions)


def test_a_womans_honorific_joins_the_woman_of_two_sharing_a_surname(people_of):
    text = ("Bill Clinton spoke on Monday. Hillary Clinton was also there. Later, Mrs. Clinton said "
            "the plan would fail.")
    _, people, _ = people_of(text)
    hillary = next(p for p in people if p.name == "Hillary Clinton")
    assert "Clinton" in hillary.variants


def test_father_and_son_with_different_initials_stay_apart(people_of):
    text = ("Dick Cheney became secretary of defense under former President George H.W. Bush before "
            "becoming vice president under former President George W. Bush.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"George H.W. Bush", "George W. Bush"} <= names


def test_a_plain_honorific_does_not_join_a_knight_sharing_the_surname(people_of):
    # British usage: the knight is "Sir Ian" after his full name, the prime minister "Mr Blair".
    text = ("Sir Ian Blair warned of attacks on Monday. The warning came after Tony Blair spoke. "
            "Sir Ian said the risk was real. But Mr Blair said the plans were fair.")
    _, people, mentions = people_of(text)
    tony = next(p for p in people if p.name == "Tony Blair")
    assert any(m.text == "Blair" and m.local_key == tony.local_key for m in mentions)


def test_the_woman_of_a_given_name_of_either_sex_keeps_her_honorific(people_of):
    # "Jan" is a man's name across Europe and a woman's in Britain: "Ms Berry" is Jan Berry.
    text = ("Police Federation chairman Jan Berry said officers were angry. Ms Berry said the move "
            "changed their role.")
    _, people, _ = people_of(text)
    assert [p.name for p in people if "Berry" in p.name] == ["Jan Berry"]


def test_fullest_mentions_are_the_longest_and_a_title_vouches(nlp):
    doc = nlp("Tony Blair spoke. Mr Blair left, and Tony Blair came back.")
    person = LocalPerson("Tony Blair", mentions=[(0, 2), (5, 6), (9, 11)])
    assert fullest_mentions(person) == [(0, 2), (9, 11)]
    assert is_titled(doc, person)
    assert not is_titled(doc, LocalPerson("Tony Blair", mentions=[(0, 2), (9, 11)]))
    assert fullest_mentions(LocalPerson("Nobody")) == []


def test_untitled_roleless_people_are_dropped_when_every_fullest_mention_is_judged(nlp):
    doc = nlp("Tony Blair spoke. Mr Blair left, and Jane Doe came back.")
    titled = LocalPerson("Tony Blair", mentions=[(0, 2), (5, 6)])
    with_role = LocalPerson("Jane Doe", roles=["analyst"], mentions=[(9, 11)])
    plain = LocalPerson("Jane Doe", mentions=[(9, 11)])
    drop_untitled_people_where(doc, [titled, with_role, plain], lambda doc, s, e: e - s == 2)
    assert titled.mentions and with_role.mentions and plain.mentions == []


def test_half_of_a_hyphenated_last_word_joins_the_full_name(people_of):
    text = ("Vice Economic Minister Wang Chien-hsien said the surplus will rise. Chien said trade will reach "
            "80 billion dlrs. Robert Kilroy-Silk left the party. Mr Kilroy said he was sorry.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Chien" not in names and "Kilroy" not in names
    assert {"Wang Chien-hsien", "Robert Kilroy-Silk"} <= names


def test_named_by_one_word_wants_every_mention_one_word():
    assert named_by_one_word(LocalPerson("Kudja", mentions=[(3, 4), (9, 10)]))
    assert not named_by_one_word(LocalPerson("Kudja"))
    assert not named_by_one_word(LocalPerson("Jarek Kujda", mentions=[(0, 2), (9, 10)]))
