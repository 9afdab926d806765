"""A speaker in a fronted time clause is no antecedent of the next sentence's he/she."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_she_goes_on_with_the_main_clause_not_the_fronted_when_clause(nlp):
    text = ("Sitting down with Rachel Maddow on Thursday, Hillary Clinton remarked that she was surprised.\n\n"
            "When Maddow pointed out that Sanders refers to it as \"Medicare for all,\" Clinton seized upon the "
            "reference, repeating her campaign's line this week that Sanders' plan would jeopardize all health care "
            "by granting Republican governors control. \"Medicare for all is not the same if you're turning it over "
            "to the states,\" she said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "is not the same")
    assert q.speaker_text == "she" and names[q.speaker_local_key] == "Hillary Clinton"


def test_she_still_goes_on_with_a_speaker_of_the_main_clause(nlp):
    text = ("Hillary Clinton spoke in Iowa on Thursday.\n\n"
            "Later, Rachel Maddow pointed out that Sanders refers to the plan as Medicare for all. "
            "\"That is just a slogan,\" she said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "just a slogan")
    assert names[q.speaker_local_key] == "Rachel Maddow"
