"""A he/she that goes on from a speaker the writer only described is that unnamed person."""

from __future__ import annotations

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.speakers.described_speakers import described_speaker_before
from tests.extract.quotes.helpers import find, quotes_of


def test_he_after_an_unnamed_spokesman_is_the_spokesman_not_the_last_named_speaker(nlp):
    text = ('The MMF\'s general secretary James Seller said: "Every member would have to travel to London." '
            'A US Embassy spokesman said: "We are doing everything we can to process those applications." '
            '"We will do our best to facilitate that," he added.')
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "facilitate that")
    assert q.speaker_local_key is None and q.speaker_name == "A US Embassy spokesman"


def test_she_two_sentences_after_a_body_s_spokeswoman(nlp):
    text = ("Moreno downgraded his opinion of UAL Inc to accumulate from buy, Smith Barney's spokeswoman said. "
            "The stock slipped 1/2 to 71-1/2. She said the stock had risen beyond what fundamentals support.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "had risen beyond").speaker_name == "Smith Barney's spokeswoman"


def test_a_named_or_role_speaker_before_is_no_description(nlp):
    named = nlp('A spokesman, John Smith, said the plan was sound. "It will work," he said.')
    he = next(t for t in named if t.lower_ == "he")
    assert described_speaker_before(ParsedArticle(named), he, bytearray(len(named.text))) is None
    role = nlp("Gordon Brown spoke in Gateshead. The chancellor pledged to go on. He said Labour had changed.")
    he = next(t for t in role if t.text == "He")
    assert described_speaker_before(ParsedArticle(role), he, bytearray(len(role.text))) is None
    office = nlp("John Kasich spoke in Iowa. The Ohio governor said families mattered. He said it again.")
    he = next(t for t in office if t.text == "He")
    assert described_speaker_before(ParsedArticle(office), he, bytearray(len(office.text))) is None
    other = nlp("A spokeswoman for the bank said rates would rise. He said they would not.")
    he = next(t for t in other if t.text == "He")
    assert described_speaker_before(ParsedArticle(other), he, bytearray(len(other.text))) is None  # not his gender


def test_the_described_speaker_is_found(nlp):
    doc = nlp("A US Embassy spokesman said visas were being processed. He said it took time.")
    he = next(t for t in doc if t.text == "He")
    found = described_speaker_before(ParsedArticle(doc), he, bytearray(len(doc.text)))
    assert found is not None and found.text == "spokesman"


def test_he_after_the_spokesman_an_unnamed_one_brought_in_is_still_unnamed(nlp):
    text = ('Mills could "hardly stand up, let alone play", said an REM spokesman, who added he is now resting in hospital. '
            "The band's spokesman said that they would review their remaining dates on a day-to-day basis. "
            '"Obviously we all want Mike to get better," he said.')
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "want Mike to get better")
    assert q.speaker_local_key is None and q.speaker_name is not None and q.speaker_name.endswith("spokesman")
    # A definite spokesman nobody brought in as unnamed before is no such person.
    doc = nlp('The spokesman said the dates would be reviewed. "We will play," he said.')
    he = next(t for t in doc if t.lower_ == "he")
    assert described_speaker_before(ParsedArticle(doc), he, bytearray(len(doc.text) + 1)) is None
