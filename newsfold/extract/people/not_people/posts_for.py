"""Firms the model takes for people when a post is held "for" them: "Ross Blanchard, vice president of business
development for Gracenote". `employers` reads a post's "of" and "at"; "for" hangs on a narrower set of posts,
for "a strategist for Clinton" or "an officer for Smith" may serve a person: a president, director or
chairman "for" someone heads a firm."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfold.extract.people.inventory import LocalPerson, drop_one_word_people_where
from newsfold.extract.people.lexicon import POSTS_HELD_FOR
from newsfold.extract.people.not_people.employers import preposition_over


def holds_a_post_for(doc: Doc, start: int, end: int) -> bool:
    """Is the one-word mention the object of "for" hanging on a firm's post before it ("vice president
    of business development for Gracenote")?"""
    prep = preposition_over(doc, start, end, ("for",))
    return prep is not None and prep.head.lower_ in POSTS_HELD_FOR and prep.head.i < prep.i


def drop_post_holder_people(doc: Doc, people: list[LocalPerson]) -> None:
    """Empty the mentions of one-word, untitled people for whom a mention's post is held."""
    drop_one_word_people_where(doc, people, holds_a_post_for)
