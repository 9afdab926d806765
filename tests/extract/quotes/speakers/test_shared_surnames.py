"""A bare surname shared by two of the article's people: the one last named in full as a subject."""

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
