""""who" after a name and its place ("Sen. Marco Rubio of Florida, who said"): the name, not the place."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_who_after_a_senator_of_a_state_is_the_senator(nlp):
    text = ("The inquiry has provided fodder to GOP candidates such as Sen. Marco Rubio of Florida, who mused in "
            "Thursday night's debate that Clinton was \"disqualified from being the commander in chief\" because "
            "she stored classified material on her server.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "disqualified from being")
    assert names.get(q.speaker_local_key) == "Marco Rubio"


def test_who_after_an_apposed_name_is_still_the_name(nlp):
    # Control: the noun right before "who" is an apposition, no preposition's object.
    text = ("Former President George W. Bush attended with his wife, Laura, who spoke of "
            "her early discussions with the museum's director.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "her early discussions")
    assert q.speaker_text == "Laura"
