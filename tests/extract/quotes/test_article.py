"""The parsed article's sentences and the distances counted over them."""

from __future__ import annotations

from newsfold.extract.quotes.article import ParsedArticle, wholly_quoted
from newsfold.extract.quotes.quote_marks import covered_chars, find_quote_spans


def test_sentences_without_words_do_not_count_in_word_distances(nlp):
    # A lone quote mark on its own line is a sentence of the parse (cut at line breaks), no sentence
    # of words: a follow-on quote after it is no further from the quote before.
    doc = nlp("\u201cIt was fine,\u201d she said.\n\n\u201d\n\nWe are confined by the law.")
    art = ParsedArticle(doc)
    she = next(t for t in doc if t.text == "she")
    we = next(t for t in doc if t.text == "We")
    assert art.sent_of[we.i] - art.sent_of[she.i] == 2
    assert art.word_sent_of[we.i] - art.word_sent_of[she.i] == 1


def test_a_sentence_is_wholly_quoted_when_every_word_is_inside_the_marks(nlp):
    text = "\u201cWe lost. We will win,\u201d he said."
    doc = nlp(text)
    inside = covered_chars(find_quote_spans(text), len(text))
    assert wholly_quoted(doc[0:4], inside)  # \u201cWe lost.
    assert not wholly_quoted(doc[4:], inside)  # We will win,\u201d he said.


def test_the_lead_is_the_first_sentence_after_a_title_line(nlp):
    art = ParsedArticle(nlp("Blair backs the plan\n\nThe plan is good, a minister has said. Tony Blair said so."))
    assert art.body_start == len("Blair backs the plan\n\n")
    assert art.sents[art.lead].text.startswith("The plan is good")
    untitled = ParsedArticle(nlp("The plan is good, a minister has said. Tony Blair said so."))
    assert untitled.body_start == 0 and untitled.lead == 0


def test_token_columns_are_what_the_token_getters_give(nlp):
    doc = nlp("Shares of Apple Inc. rose 3%, the company's CFO said on Tuesday.\n\nNo comment.")
    cols = ParsedArticle(doc).columns
    assert cols.orth == [t.text for t in doc] and cols.lower == [t.lower_ for t in doc]
    assert cols.lemma == [t.lemma_ for t in doc] and cols.pos == [t.pos_ for t in doc]
    assert cols.tag == [t.tag_ for t in doc] and cols.dep == [t.dep_ for t in doc]
    assert cols.ent == [t.ent_type_ for t in doc] and "ORG" in cols.ent and "" in cols.ent
    assert ParsedArticle(nlp("")).columns.pos == []


def test_cut_back_goes_over_spaces_and_the_given_separators_only():
    from newsfold.extract.quotes.article import cut_back

    text = "he said the deal is dead, and the Tories say"
    cut = text.index("and")
    assert text[:cut_back(text, cut, 0, ",;:")] == "he said the deal is dead"
    assert cut_back(text, cut, 0, "") == text.index(", and") + 1
    assert cut_back(text, cut, cut - 1, ",;:") == cut - 1  # never before start
