"""A speaker the writer describes and names in the next sentence is the person named there."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_a_lead_s_described_speaker_is_the_next_sentence_s_subject(nlp):
    text = ("Lawyer attacks laws\n\nA senior barrister who has resigned in protest says the current system is giving "
            "Britain a bad name. Ian MacDonald QC quit when the government failed to act. "
            'Mr MacDonald told BBC News: "I fundamentally disagree with locking people up."')
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "giving Britain a bad name").speaker_local_key) == "Ian MacDonald"


def test_a_described_speaker_named_bare_by_the_next_speech_verb(nlp):
    text = ("Arash Sigarchi was jailed for 14 years on Tuesday. About 12% of users were based in Iran, the "
            "campaign's director told the BBC News website. Curt Hopkins said the sentence would not dent the "
            "resolve of bloggers.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "12% of users").speaker_local_key) == "Curt Hopkins"


def test_a_next_speaker_described_otherwise_is_somebody_else(nlp):
    text = ("The bank raised rates on Tuesday. Prices will rise further, a bank spokesman said. "
            "Economist John Smith said growth would slow next year.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "Prices will rise").speaker_local_key) != "John Smith"


def test_a_description_named_later_by_its_noun_with_the_name_beside_it(nlp):
    text = ("Michael Jackson's trial opened in California on Monday. Meanwhile Michael Jackson's mother has said she is "
            '"100% certain" her son is innocent. The court is selecting jurors. His mother Katherine Jackson told '
            "Fox News on Sunday that her son told her he was innocent.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "100% certain").speaker_local_key) == "Katherine Jackson"


def test_the_description_taking_up_a_named_introduction_is_that_person(nlp):
    text = ("Worldcom boss quizzed\n\nFormer Worldcom boss Bernie Ebbers never made accounting decisions, a witness has "
            "told jurors. David Myers made the comments under questioning by defence lawyers. "
            'Asked again, "No," replied the witness.')
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "No,").speaker_local_key) == "David Myers"


def test_a_he_or_she_going_on_from_a_description_named_later_is_that_person(nlp):
    text = ("Michael Jackson's trial opened in California on Monday. Meanwhile Michael Jackson's mother has said she is "
            '"100% certain" her son is innocent. The court is selecting jurors. His mother Katherine Jackson told '
            "Fox News on Sunday that her son told her he was innocent. The singer denies the charges. "
            "Describing him as a good person, the mother said she feared he would not be given a fair trial. "
            '"I can\'t sleep thinking about what these people might do to him," she said.')
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "can't sleep").speaker_local_key) == "Katherine Jackson"


def test_a_bare_definite_role_outside_the_lead_is_not_named_by_the_next_speaker(nlp):
    text = ("Gordon Brown said it was vital the UK continued to invest in science, he told MPs. "
            "The chancellor said the new rules would force Britain to run a budget surplus.\n\n"
            "Earlier, ex-Conservative chancellor Ken Clarke said political give and take would replace rigid rules.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "force Britain to run").speaker_local_key) != "Ken Clarke"
    body = ("The plans were published on Monday. Responding to the plans, the chairman of the Police Federation said it was "
            "essential operational independence was retained. Jan Berry said the service was no political football.")
    _, quotes, names = quotes_of(nlp, body)
    assert names.get(find(quotes, "operational independence").speaker_local_key) == "Jan Berry"
