"""The speaker span cut out of a subject phrase."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.speaker_spans import speaker_span


def _subject(doc):
    return next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))


def test_a_description_with_a_name_in_apposition_is_the_name(nlp):
    doc = nlp("His father, Ernie LeBlanc, says the team played well.")
    assert speaker_span(_subject(doc)).text == "Ernie LeBlanc"


def test_a_name_is_cut_from_the_possessor_before_it(nlp):
    doc = nlp("Vancouver's Bo Horvat said the team played well.")
    assert speaker_span(_subject(doc)).text == "Bo Horvat"


def test_relative_clauses_and_prepositional_tails_are_cut(nlp):
    doc = nlp("The minister, who spoke in Ottawa on Monday, said the plan would go ahead.")
    assert speaker_span(_subject(doc)).text == "The minister"


def test_a_possessive_in_an_organisations_name_stays(nlp):
    doc = nlp("Standard and Poor's Corp said the rating was stable.")
    assert "Corp" in speaker_span(_subject(doc)).text and "Poor" in speaker_span(_subject(doc)).text


def test_lower_case_words_the_tagger_took_for_a_name_keep_their_description(nlp):
    # "business mogul" tagged as a name is a description: no name to cut out of "the billionaire ...".
    doc = nlp('"It was great," the billionaire business mogul told reporters.')
    head = next(t for t in doc if t.lower_ == "mogul")
    assert speaker_span(head).text == "the billionaire business mogul"


def test_a_comma_between_two_modifiers_of_the_head_stays_in_the_phrase(nlp):
    doc = nlp('"From Day One, I made climate change the top priority," the bespectacled, 71-year-old diplomat said in an interview.')
    head = next(t for t in doc if t.lower_ == "diplomat")
    assert speaker_span(head).text == "the bespectacled, 71-year-old diplomat"


def test_a_comma_before_an_apposition_still_ends_the_name(nlp):
    doc = nlp("John Smith, the former mayor, said the plan would fail.")
    assert speaker_span(_subject(doc)).text == "John Smith"


def test_a_sentence_adverb_before_a_comma_is_no_modifier_of_the_subject(nlp):
    # "Most important," opens the sentence, with no determiner of the subject before it.
    doc = nlp("Most important, average hourly earnings showed no increase in September, the report said.")
    head = next(t for t in doc if t.lower_ == "earnings")
    assert speaker_span(head).text == "average hourly earnings"


def test_a_surname_that_is_also_a_person_noun_stays_a_name(nlp):
    # "King" is a person noun, but here the last word of a name: the speaker is no apposition after it.
    doc = nlp("Rep. Peter T. King, R-N.Y., said the bill would fail.")
    assert speaker_span(_subject(doc)).text == "Rep. Peter T. King"
