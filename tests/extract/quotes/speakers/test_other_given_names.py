"""A speaker written with a given name other than the one of the person his surname went to."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


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
