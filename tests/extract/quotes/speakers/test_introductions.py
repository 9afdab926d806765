"""The phrase that brought an unnamed source in, and a description as written."""

from __future__ import annotations

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.speakers.introductions import description_as_written, introduction


def _token(doc, word, nth=-1):
    return [t for t in doc if t.text == word][nth]


def test_a_later_description_takes_the_phrase_that_brought_the_source_in(nlp):
    doc = nlp("A justice official said the decision was final. The official said more would follow.")
    art = ParsedArticle(doc)
    assert introduction(art, _token(doc, "official"), bytearray(len(doc.text))) == "A justice official"


def test_a_phrase_inside_quotes_brings_nobody_in(nlp):
    doc = nlp('He wrote: "a justice official is wrong". The official said more would follow.')
    art = ParsedArticle(doc)
    inside = bytearray(len(doc.text))
    start, end = doc.text.index('"'), doc.text.rindex('"')
    inside[start:end + 1] = b"\x01" * (end + 1 - start)
    assert introduction(art, _token(doc, "official"), inside) is None


def test_a_post_modifier_that_says_which_is_kept_but_not_past_a_comma(nlp):
    doc = nlp("People familiar with the bid said it would fail.")
    assert description_as_written(doc[0:1]) == "People familiar with the bid"
    doc = nlp("Officials, who asked not to be named, said it would fail.")
    assert description_as_written(doc[0:1]) == "Officials"


def test_a_post_modifier_with_a_finite_verb_or_past_a_line_break_is_not_kept(nlp):
    doc = nlp("Newspaper: Defense secretary used personal email at Pentagon.\n\nThe newspaper said the emails were sent.")
    newspaper = _token(doc, "Newspaper", 0)
    assert description_as_written(doc[newspaper.i:newspaper.i + 1]) == "Newspaper"
    doc = nlp("Sources close to the talks said it would fail.")
    assert description_as_written(doc[0:1]) == "Sources close to the talks"
