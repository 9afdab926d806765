"""Untagged names with a word surname, vouched for by a role noun in apposition."""

from __future__ import annotations

from newsfold.extract.people.missed.apposed import role_apposed


def test_a_role_apposed_to_the_name_vouches_for_it(nlp):
    doc = nlp("It was not clear. Hope Hicks, a spokeswoman for Trump, did not respond.")
    start = next(t.i for t in doc if t.text == "Hope")
    assert role_apposed(doc, start, start + 2)


def test_no_comma_or_no_role_is_no_apposition(nlp):
    doc = nlp("Grace Church, a building on the hill, burned. Hope Hicks said nothing.")
    grace = next(t.i for t in doc if t.text == "Grace")
    hope = next(t.i for t in doc if t.text == "Hope")
    assert not role_apposed(doc, grace, grace + 2)
    assert not role_apposed(doc, hope, hope + 2)


def test_untagged_name_with_a_role_is_a_person(people_of):
    _, people, _ = people_of("The original tweet was deleted. Hope Hicks, a spokeswoman for Trump, "
                             "did not respond to a request for comment.")
    assert "Hope Hicks" in {p.name for p in people}
