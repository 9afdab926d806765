"""Firms a post is held for."""

from __future__ import annotations


def test_a_president_for_a_one_word_name_works_for_a_firm(nlp):
    from newsfold.extract.people.not_people.posts_for import holds_a_post_for

    doc = nlp("Ross Blanchard, vice president of business development for Gracenote, said it would help.")
    i = next(t.i for t in doc if t.text == "Gracenote")
    assert holds_a_post_for(doc, i, i + 1)


def test_a_strategist_for_a_person_is_no_such_post(nlp):
    from newsfold.extract.people.not_people.posts_for import holds_a_post_for

    doc = nlp("Mark Penn, a strategist for Clinton, said she would win.")
    i = next(t.i for t in doc if t.text == "Clinton")
    assert not holds_a_post_for(doc, i, i + 1)
