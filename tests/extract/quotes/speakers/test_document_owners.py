"""A document speaking for the organisation that owns it."""

from __future__ import annotations

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.speakers.document_owners import document_owner, owner_word
from newsfold.extract.quotes.speakers.organisations import Organisations
from newsfold.extract.quotes.speakers.speaker_spans import speaker_span


def _owner(nlp, text, head_word):
    doc = nlp(text)
    art = ParsedArticle(doc)
    head = next(t for t in doc if t.text == head_word)
    owner = document_owner(speaker_span(head), Organisations(art))
    return owner.text if owner is not None else None


def test_its_report_and_a_named_organisations_headline_have_owners(nlp):
    assert _owner(nlp, "The Electoral Commission says more money is needed, says its report.", "report") == "its"
    assert _owner(nlp, "Growth will slow sharply, Barclays Capital's report says.", "report") == "Capital"


def test_a_plain_report_has_no_owner(nlp):
    assert _owner(nlp, "Growth was about zero, the report says.", "report") is None


def test_owner_word_is_any_owner_of_a_document_a_person_too(nlp):
    doc = nlp("Morquendi's message read: we will not stop.")
    speaker = speaker_span(next(t for t in doc if t.text == "message"))
    assert owner_word(speaker).text == "Morquendi"
    assert owner_word(speaker_span(next(t for t in doc if t.text == "we"))) is None
