from newsfold.extract.quotes.attributions.split_quotes import is_split_continuation, partial_end
from newsfold.extract.quotes.quote_marks import find_quote_spans


def test_a_quote_split_by_its_attribution_goes_on_in_lower_case():
    text = '"We are," he said, "and we will."'
    first, second = find_quote_spans(text)
    assert is_split_continuation(text, first, second)


def test_a_new_sentence_after_the_attribution_is_no_continuation():
    text = '"It just came out of my mouth," she said. "It was not planned."'
    first, second = find_quote_spans(text)
    assert not is_split_continuation(text, first, second)


def test_partial_end_drops_the_writers_comma_but_keeps_an_abbreviation():
    text = 'no talks "without Ukraine," he said, and "the U.S." too'
    start = text.index("without")
    assert text[start:partial_end(text, start, text.index('," he'))] == "without Ukraine"
    assert text[start:partial_end(text, start, start + len("without Ukraine,"))] == "without Ukraine"
    us = text.index("the U.S.")
    assert text[us:partial_end(text, us, us + len("the U.S."))] == "the U.S."


def test_a_split_quote_in_double_apostrophes_goes_on_too():
    # Wires that type '' for a double mark: the gap between the pieces is the attribution only.
    text = "''We are,'' he said, ''and we will.''"
    first, second = find_quote_spans(text)
    assert is_split_continuation(text, first, second)


def test_a_title_or_initial_in_the_attribution_ends_no_sentence():
    for text in ["''The voters are furious,'' Mr. Gidley said, ''and they're not letting it sway them.''",
                 '"I have a plan," Sen. John Q. Public, R-Tex., said, "and it will work."']:
        first, second = find_quote_spans(text)
        assert is_split_continuation(text, first, second), text
    text = '"We are done," he said in the U.S. "And we will go."'
    first, second = find_quote_spans(text)
    assert not is_split_continuation(text, first, second)
