"""A surname two of the article's people may share: a bare one is the subject last named in full, not the
relative in her description; a speaker with a given name of his own is not the person his surname went to."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_a_shared_surname_is_the_subject_not_the_relative_in_her_description(nlp):
    text = ("Hillary Clinton blamed a video for the deaths of four Americans: U.S. Ambassador Chris Stevens, "
            "information officer Sean Smith, and Glen Doherty.\n\n"
            "Last week, Clinton said the families were wrong. However, Patricia Smith, mother of Benghazi victim "
            "Sean Smith, forcefully rejected the claim.\n\n"
            "\u201cWe were nose-to-nose at the coffin ceremony. She lied to me,\u201d Smith said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "She lied to me")
    assert q.speaker_text == "Smith" and names[q.speaker_local_key] == "Patricia Smith"


def test_a_surname_of_one_person_is_unchanged(nlp):
    text = ("Patricia Smith rejected the claim on Monday.\n\n"
            "\u201cShe lied to me,\u201d Smith said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "She lied to me")
    assert names[q.speaker_local_key] == "Patricia Smith"


def test_a_relative_named_on_his_own_later_keeps_the_surname(nlp):
    # The son was named inside the father's description, but the father was named last on his own.
    text = ("Ernie LeBlanc, father of Jason LeBlanc, 42, says his son long battled addiction.\n\n"
            "Jason Marcel LeBlanc had a bag in his pocket full of pills.\n\n"
            "His father, Ernie LeBlanc, says his son suffered bouts of severe anxiety.\n\n"
            "\"Your anxiety gets that bad, you've got to have something to help you,\" says LeBlanc.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "Your anxiety gets that bad")
    assert names[q.speaker_local_key] == "Ernie LeBlanc"


def test_a_brother_named_in_full_is_not_the_other_brother(nlp):
    text = ("A group of Mexican comedians is performing a popular play in Mexico City.\n\n"
            "\"Mexicans laugh at our tragedies,\" said German Ortega, one of the stars of the play.\n\n"
            "\"This is a social critique, in general, of the elitists,\" said Freddy Ortega, German's brother "
            "and fellow longtime television comedian, who also stars in the show.\n\n"
            "\"I don't identify with what the man says,\" Freddy Ortega said before a weekend performance.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "Mexicans laugh at our tragedies")
    assert names.get(q.speaker_local_key) != "Freddy Ortega"
    assert q.speaker_name == "German Ortega"


def test_a_title_before_the_surname_is_no_other_given_name(nlp):
    # Control: "Judge" names men too, but before a surname it is a title.
    text = ("Gonzalo Curiel ordered the release of the documents on Friday.\n\n"
            "\"The public has an interest in these records,\" Judge Curiel said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "The public has an interest")
    assert names.get(q.speaker_local_key) == "Gonzalo Curiel"
