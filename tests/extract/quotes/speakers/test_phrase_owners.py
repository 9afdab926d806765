"""A speaker taken for a tag in a person's phrase (party, place, body, date) is that person."""

from __future__ import annotations

from newsfold.extract.people.extractor import extract_people
from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.speakers.people_index import PeopleIndex
from newsfold.extract.quotes.speakers.phrase_owners import phrase_owner
from newsfold.extract.quotes.speakers.speaker_spans import speaker_span
from tests.extract.quotes.helpers import find, quotes_of, quotes_without


def _owner_of(nlp, text, word):
    doc = nlp(text)
    people, mentions = extract_people(doc)
    index = PeopleIndex(ParsedArticle(doc), people, mentions)
    tag = next(t for t in doc if t.text == word)
    m = phrase_owner(speaker_span(tag), index)
    return None if m is None else index.people[m.local_key].name


def test_a_party_tag_in_parentheses_is_the_senators(nlp):
    assert _owner_of(nlp, "Sen. Lindsey Graham (R-SC) said the deal was a disaster.", "SC") == "Lindsey Graham"


def test_the_body_a_person_is_of_is_the_person(nlp):
    assert _owner_of(nlp, "Pastor John Smith of Grace Church said the town needed help.", "Church") == "John Smith"


def test_the_body_of_a_persons_apposition_is_the_person(nlp):
    text = "Jane Doe, the reviews director at Publishers Weekly, said the book sold well."
    assert _owner_of(nlp, text, "Weekly") == "Jane Doe"


def test_a_body_with_its_own_relative_clause_speaks_for_itself(nlp):
    text = ('"The fear is greater here," said Paloma Wu, legal director for the state American Civil '
            "Liberties Union, which filed a challenge against the law.")
    assert _owner_of(nlp, text, "Union") is None


def test_a_dateline_taken_for_the_subject_is_the_person_after_it(nlp):
    # The parser makes "BEACH" the subject and the senator its apposition.
    text = ("MYRTLE BEACH, S.C. - Sen. Ted Cruz (R-Tex.) continued his rhetorical onslaught against Donald Trump "
            "on Saturday, casting him as a false conservative.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "false conservative")
    assert names.get(q.speaker_local_key) == "Ted Cruz"
    assert find(quotes_without(nlp, text, "phrase_owner"), "false conservative").speaker_local_key is None


def test_a_titled_name_the_parser_joined_to_a_bodys_name_is_the_person(nlp):
    # Parsed "Heart" (subject) and "Stroke" and "senior manager Erin Kim" as three conjuncts.
    text = ("Results for the first 500 enrolled last May are “very exciting,” says Heart and Stroke senior "
            "manager Erin Kim, who is leading the project.")
    assert _owner_of(nlp, text, "Heart") == "Erin Kim"
