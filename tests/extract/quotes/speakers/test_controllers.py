"""A speech verb another verb's object controls is said by that object."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.controllers import object_controller
from newsfold.extract.quotes.speakers.subjects import is_cue_verb, is_personal


def test_the_object_of_prompted_says_it(nlp):
    doc = nlp("The pressure prompted the prime minister to say the police would be consulted.")
    say = next(t for t in doc if t.lemma_ == "say")
    who = object_controller(say, is_personal, is_cue_verb)
    assert who is not None and who.text == "minister"


def test_no_person_object_no_controller(nlp):
    doc = nlp("The pressure prompted the government to say the police would be consulted.")
    say = next(t for t in doc if t.lemma_ == "say")
    assert object_controller(say, is_personal, is_cue_verb) is None
    doc = nlp("He wants to say the police would be consulted.")
    say = next(t for t in doc if t.lemma_ == "say")
    assert object_controller(say, is_personal, is_cue_verb) is None


def test_a_cue_verb_s_object_is_asked_not_speaking(nlp):
    doc = nlp("The moderator asked the candidates to discuss their own ideas.")
    discuss = next(t for t in doc if t.lemma_ == "discuss")
    assert object_controller(discuss, is_personal, is_cue_verb) is None
