"""A name written straight on after a title and its "of" phrase speaks, however the parser hung it."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.title_names import name_closing_title
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
