"""Short forms in mixed case taken for people."""

from __future__ import annotations


def test_a_bracketed_word_spelling_the_initials_before_it_is_no_person(nlp):
    from newsfold.extract.people.not_people.initialisms import spells_initials

    doc = nlp("So the Academy of Motion Pictures Arts and Sciences (Ampas) has done it for them.")
    i = next(t.i for t in doc if t.text == "Ampas")
    assert spells_initials(doc, i, i + 1)


def test_a_bracketed_name_that_spells_nothing_stays(nlp):
    from newsfold.extract.people.not_people.initialisms import spells_initials

    doc = nlp("The Academy of Motion Pictures Arts and Sciences (Smith) has done it for them.")
    i = next(t.i for t in doc if t.text == "Smith")
    assert not spells_initials(doc, i, i + 1)
