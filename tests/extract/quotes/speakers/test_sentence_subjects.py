"""The subjects a sentence is about: who speaks there, whom its main clause is about."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.sentence_subjects import in_reported_clause, main_subject, speaker_subjects


def test_speakers_are_subjects_of_finite_and_perfect_speech_verbs(nlp):
    doc = nlp("Actors have signed up for the show, the comedian has told reporters, and his agent said so.")
    inside = bytearray(len(doc.text) + 1)
    sent = next(iter(doc.sents))
    assert [t.text for t in speaker_subjects(sent, inside)] == ["comedian", "agent"]


def test_main_subject_is_the_subject_of_the_root(nlp):
    doc = nlp("The board met on Monday after the chairman resigned.")
    inside = bytearray(len(doc.text) + 1)
    assert main_subject(next(iter(doc.sents)), inside).text == "board"


def test_no_speaker_inside_quote_marks(nlp):
    doc = nlp("\"The minister said no,\" she wrote.")
    inside = bytearray(len(doc.text) + 1)
    inside[0:doc.text.index("she") - 1] = b"\x01" * (doc.text.index("she") - 1)
    sent = next(iter(doc.sents))
    assert "minister" not in [t.text for t in speaker_subjects(sent, inside)]


def test_a_perfect_tense_verb_in_a_reported_clause_is_no_speaker(nlp):
    doc = nlp("White House spokesman Josh Earnest said Monday that President Barack Obama has long called for tax fairness.")
    inside = bytearray(len(doc.text) + 1)
    assert [t.text for t in speaker_subjects(next(iter(doc.sents)), inside)] == ["Earnest"]


def test_a_subject_of_reported_words_is_in_the_reported_clause(nlp):
    doc = nlp("Clevite said J.P. Industries held back a portion of the price.")
    assert in_reported_clause([t for t in doc if t.text == "Industries"][0])
    assert not in_reported_clause([t for t in doc if t.text == "Clevite"][0])
    doc = nlp("US officials were talking up the dollar, they said, but failing to act.")
    assert in_reported_clause([t for t in doc if t.text == "officials"][0])
    assert not in_reported_clause([t for t in doc if t.text == "they"][0])
