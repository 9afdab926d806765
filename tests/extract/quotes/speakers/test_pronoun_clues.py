"""Clues around a he/she that settle whom it stands for: a fronted clause, a question put to somebody."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_a_pronoun_answering_a_question_is_the_person_asked(nlp):
    text = ("Bernie Sanders spoke in Iowa on Monday. Last month, reporter Scott Conroy asked Sanders whether "
            "questions about his health were fair. \"Sure it is. I would not have run if I was not blessed,\" "
            "he said.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "not have run").speaker_local_key) == "Bernie Sanders"


def test_a_pronoun_in_a_fronted_clause_is_the_person_the_main_clause_names(nlp):
    text = ("Donald Trump spoke in Maine on Wednesday. In what he acknowledged as a rant, President Barack Obama "
            "said that Trump had never shown any regard for workers.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "a rant").speaker_local_key) == "Barack Obama"
