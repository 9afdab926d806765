"""Words of the quotes lexicon at work: speech verbs news tells a quote with."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_barked_tells_a_quote(nlp):
    text = ("\"Go back to Univision,\" Trump barked and a security guard escorted Ramos out.\n\n"
            "Ramos said he would keep asking. \"OK, for a start, his wife has explained that she chose not to "
            "speak,\" Oliver barked.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "Go back to Univision").speaker_text == "Trump"
    assert find(quotes, "for a start").speaker_text == "Oliver"
