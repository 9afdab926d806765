"""A role phrase that speaks again is the person the earlier one was."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_the_senator_is_the_earlier_vermont_senator_not_the_interviewer(nlp):
    text = ("Bernie Sanders spoke in an interview with CNN's Gloria Borger on Monday.\n\n"
            "Six months ago, the independent Vermont senator said, the media considered him a fringe candidate.\n\n"
            "\"That would be you?\" Borger asked.\n\n"
            "\"That would be me, yes. I think that's probably right,\" the senator said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "That would be me")
    assert q.speaker_text == "the senator" and names[q.speaker_local_key] == "Bernie Sanders"
