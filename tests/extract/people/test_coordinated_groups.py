"""Coordinated names: the heads listed with a name."""

from __future__ import annotations


def test_the_names_listed_with_a_mention_are_none_when_a_person_is_among_them(nlp):
    from newsfold.extract.people.coordinated_groups import listed_with_no_person
    from newsfold.nlp.determiners import under_the

    doc = nlp("Green Day, the Foo Fighters and Keane are among the acts lined up.")
    keane = next(t.i for t in doc if t.text == "Keane")
    listed = {doc[k].text for k in listed_with_no_person(doc, keane, keane + 1)}
    assert "Fighters" in listed and "Keane" not in listed
    assert under_the(doc[next(t.i for t in doc if t.text == "Fighters")]) and not under_the(doc[keane])
    doc = nlp("Muse were named best act, ahead of Natasha Bedingfield, Jamelia and The Streets.")
    jamelia = next(t.i for t in doc if t.text == "Jamelia")
    assert listed_with_no_person(doc, jamelia, jamelia + 1) == []


def test_the_names_listed_with_a_mention_leave_out_its_own_tokens(nlp):
    from newsfold.extract.people.coordinated_groups import listed_with

    doc = nlp("The single featured Chris Martin, Jamelia and Dido.")
    martin = next(t.i for t in doc if t.text == "Martin")
    listed = {doc[k].text for k in listed_with(doc, martin - 1, martin + 1)}
    assert "Martin" not in listed and "Chris" not in listed
    assert {"Jamelia", "Dido"} <= listed
