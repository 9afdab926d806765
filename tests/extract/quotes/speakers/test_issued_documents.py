"""A document speaks for the person who put it out in the same clause."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_a_caption_speaks_for_the_person_who_added_it(nlp):
    text = ("Fox News correspondent Ed Henry posted a picture to his Twitter page on Wednesday.\n\n"
            "Henry added the caption which reads, \u201cSanders aide Jeff Weaver told me the photo violates DNC rules.\u201d")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "violates DNC rules")
    assert names.get(q.speaker_local_key) == "Ed Henry"


def test_a_report_another_person_rejected_is_not_his(nlp):
    text = ("Senator John Smith rejected the report on Monday, which says \u201cthe program has failed completely.\u201d")
    _, quotes, names = quotes_of(nlp, text)
    hits = [q for q in quotes if "program has failed" in q.text]
    assert not hits or names.get(hits[0].speaker_local_key) != "John Smith"
