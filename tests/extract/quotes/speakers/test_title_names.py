"""A name written straight on after a title speaks: after its "of" phrase, however the parser hung it, and after
an inverted "said" past the title's common nouns."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.title_names import name_closing_title, person_past_title
from tests.extract.quotes.helpers import find, quotes_of


def test_a_name_the_parser_made_a_second_subject_after_the_title_speaks(nlp):
    text = ('The town held a party on Monday. "Thanks for welcoming these refugees," said master of '
            'ceremonies Asab Al-Tabchi, a Syrian engineer.')
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "Thanks for welcoming")
    assert q.speaker_text == "Asab Al-Tabchi"  # not "master"


def test_a_name_the_parser_hung_on_the_title_as_its_apposition_speaks(nlp):
    text = 'The town held a party on Monday. "We are here to help," said director of operations Jane Smith, a nurse.'
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "We are here to help")
    assert q.speaker_text == "Jane Smith"  # not "director"


def test_a_title_with_no_name_after_it_has_none(nlp):
    doc = nlp('"We are here to help," said the director of operations.')
    title = next(t for t in doc if t.lower_ == "director")
    assert name_closing_title(title) is None


def test_said_org_spokesman_rank_name_is_the_person(nlp):
    text = ("\"I don't see how Orlando would cause us to change our operations. We're already at war with ISIL, "
            "and are already working to accelerate that campaign wherever we can,\" said Pentagon spokesman Navy "
            "Capt. Jeff Davis, who was asked about the need for a different war strategy.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "change our operations")
    assert names.get(q.speaker_local_key) == "Jeff Davis"


def test_no_person_after_the_nouns_is_none(nlp):
    # Control: "the Pentagon statement" names nobody after its nouns.
    doc = nlp("They read it in a Pentagon statement release on Monday.")
    first = next(t for t in doc if t.text == "Pentagon")
    assert person_past_title(first, len(doc), bytearray(len(doc.text))) is None


def test_a_name_closing_titles_joined_by_and_speaks(nlp):
    text = ("Lawmakers said the nomination was not assured. \"He has the smell of Iran on him,\" said former "
            "Nevada Sen. and Reagan confidant Paul Laxalt.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "smell of Iran")
    assert names.get(q.speaker_local_key) == "Paul Laxalt"
