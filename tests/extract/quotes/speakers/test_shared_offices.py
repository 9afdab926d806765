"""An office the article gives two places ("the senator from Texas", "The senator from Florida"):
"the senator" alone is nobody's title, and goes with the person the sentences are about."""

from __future__ import annotations

from newsfold.extract.people.extractor import extract_people
from newsfold.extract.quotes.extractor import extract_quotes
from tests.extract.quotes.helpers import find, quotes_of

TWO_SENATORS = (
    "Trump accused Ted Cruz, the senator from Texas, of dirty tricks.\n\n"
    "The race changed after a debate in which Marco Rubio faltered. The senator from Florida appeared to have "
    "gained some momentum from his finish in Iowa.\n\n"
    "Rubio stopped by his campaign headquarters in Manchester to give a pep talk to volunteers. "
    "Walking into the office, the senator said his campaign was closing strong. "
    "\"It's huge,\" he said.")


def test_the_bare_office_of_two_places_is_the_person_talked_about(nlp):
    _, quotes, names = quotes_of(nlp, TWO_SENATORS)
    q = find(quotes, "It's huge")
    assert names[q.speaker_local_key] == "Marco Rubio"


def test_switched_off_the_bare_office_goes_to_its_one_holder(nlp):
    doc = nlp(TWO_SENATORS)
    people, mentions = extract_people(doc)
    quotes = extract_quotes(doc, people, mentions, disabled=frozenset({"shared_office"}))
    names = {p.local_key: p.name for p in people}
    q = find(quotes, "It's huge")
    assert names[q.speaker_local_key] == "Ted Cruz"


def test_an_office_of_one_place_keeps_its_holder(nlp):
    text = ("Trump accused Ted Cruz, the senator from Texas, of dirty tricks.\n\n"
            "Marco Rubio stopped by his campaign headquarters in Manchester.\n\n"
            "Later, the senator said Trump was wrong. \"It's a lie,\" he said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "It's a lie")
    assert names[q.speaker_local_key] == "Ted Cruz"
