"""Presenters of a video or radio piece named in its blurb are nobody in the story."""

from __future__ import annotations


def test_an_outlets_reporter_presenting_a_piece_is_no_person(people_of):
    text = ("The fatal consequences of mixing two medications. The CBC's Richard Cuthbertson tells us "
            "about a growing concern. CBC's Rosemary Barton reports. Doctor Jane Smith said it was rare.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Richard Cuthbertson" not in names and "Rosemary Barton" not in names
    assert "Jane Smith" in names


def test_a_presenter_named_elsewhere_or_an_owned_person_doing_something_else_stays(people_of):
    text = ("CBC's Evan Dyer explains. Later Evan Dyer said it was over. "
            "Apple's Tim Cook tells reporters the phone sold well.")
    _, people, _ = people_of(text)
    assert {"Evan Dyer", "Tim Cook"} <= {p.name for p in people}
