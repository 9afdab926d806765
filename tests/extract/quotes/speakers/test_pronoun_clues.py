"""Clues around a he/she that settle whom it stands for: a fronted clause, a question put to somebody."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of, quotes_without


def test_a_pronoun_answering_a_question_is_the_person_asked(nlp):
    text = ("Bernie Sanders spoke in Iowa on Monday. Last month, reporter Scott Conroy asked Sanders whether "
            "questions about his health were fair. \"Sure it is. I would not have run if I was not blessed,\" "
            "he said.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "not have run").speaker_local_key) == "Bernie Sanders"


def test_the_sentences_own_speaker_goes_on_not_the_person_a_question_was_put_to(nlp):
    text = ("Betsy Ebeling has known Hillary Clinton since sixth grade. What really got under her skin, she said, "
            "was a question at a town hall last week, when a young man asked Clinton why young people did not "
            "like her. \"I really got pissed off,\" she said.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "pissed off").speaker_local_key) == "Betsy Ebeling"


def test_a_pronoun_in_a_fronted_clause_is_the_person_the_main_clause_names(nlp):
    text = ("Donald Trump spoke in Maine on Wednesday. In what he acknowledged as a rant, President Barack Obama "
            "said that Trump had never shown any regard for workers.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "a rant").speaker_local_key) == "Barack Obama"


def test_a_description_goes_on_from_the_person_an_earlier_he_stands_for(nlp):
    text = ("Robbie Keane scored the second goal for Tottenham. \"We are confident and hopefully we can go there and "
            "get the win,\" he said.\n\nHe conceded the win over Forest, which included goals from Noe Pamarot and "
            "Mido, was not pretty to watch. \"It wasn't the best display but it's all about the result,\" the "
            "Irishman said.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "best display").speaker_local_key) == "Robbie Keane"


def test_a_pronoun_still_goes_on_from_a_he_of_its_own_gender_only(nlp):
    text = ("Anna Smith and John Brown met on Monday. She said talks had gone well. \"We made real progress,\" "
            "the spokeswoman said.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "real progress").speaker_local_key) != "John Brown"


IT_TEXT = ("In an interview last week, Senator Ann Fowler would not rule out changing her position on the bill.\n\n"
           "It isn't as if she hasn't backed a candidate in the past - she was a full-fledged booster of 2012 "
           "nominee Mott Varnik.\n\n"
           "\u201cI was at every event,\u201d she said.")


def test_a_sentence_about_it_is_about_its_she_not_a_person_named_after_her(nlp):
    _, quotes, names = quotes_of(nlp, IT_TEXT)
    assert names.get(find(quotes, "I was at every event").speaker_local_key) == "Ann Fowler"


def test_without_the_rule_the_person_named_in_the_sentence_about_it_is_taken(nlp):
    _, _, names = quotes_of(nlp, IT_TEXT)
    q = find(quotes_without(nlp, IT_TEXT, "it_topic"), "I was at every event")
    assert names.get(q.speaker_local_key) == "Mott Varnik"
