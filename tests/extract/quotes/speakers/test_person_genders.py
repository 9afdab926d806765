"""Each person's gender as the article shows it: a given name English news gives one sex, if only mostly."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.person_genders import english_mostly_gender
from tests.extract.quotes.helpers import find, quotes_of, quotes_without

MOSTLY_TEXT = ("Tom Reed, the plant manager, showed the new line to visitors on Monday.\n\n"
               "Kelly Marsh, the state treasurer, toured it in the afternoon.\n\n"
               "\u201cWe will hire 200 more people next year,\u201d he said.")


def test_a_given_name_mostly_of_one_sex_in_every_english_country_is_a_gender_vote():
    assert english_mostly_gender("Kelly Ayotte") == "f"
    assert english_mostly_gender("Terry Smith") == "m"


def test_a_given_name_one_english_country_calls_either_or_the_plain_vote_settles_is_none():
    assert english_mostly_gender("Lindsey Graham") is None  # "andy" in Ireland
    assert english_mostly_gender("Bernie Sanders") is None  # mostly male in the US only
    assert english_mostly_gender("Jean Tremblay") is None  # male across Europe: the plain vote's veto stands
    assert english_mostly_gender("Kelly") is None  # a single name


def test_he_skips_a_person_whose_given_name_is_mostly_female(nlp):
    _, quotes, names = quotes_of(nlp, MOSTLY_TEXT)
    assert names.get(find(quotes, "We will hire").speaker_local_key) == "Tom Reed"


def test_without_the_rule_he_goes_to_the_mostly_female_name(nlp):
    _, _, names = quotes_of(nlp, MOSTLY_TEXT)
    q = find(quotes_without(nlp, MOSTLY_TEXT, "mostly_given_name"), "We will hire")
    assert names.get(q.speaker_local_key) == "Kelly Marsh"
