"""Speakers read off the parse: relative pronouns, issuers of documents, "as X put it"."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_who_subject_is_the_phrase_right_before_it(nlp):
    text = ("Former President George W. Bush attended with his wife, Laura, who spoke of "
            "her early discussions with the museum's director.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "her early discussions")
    assert q.speaker_text == "Laura"


def test_issuer_of_a_document_is_the_source(nlp):
    text = ("Donald Trump appeared on a television show on Thursday. He released a letter from his doctor "
            "that says he is in excellent health.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "he is in excellent health")
    assert q.speaker_text == "He"


def test_as_someone_put_it(nlp):
    text = ("The network is often accused of bias. As Ms. Simonyan put it in a statement in July, "
            "RT is \"providing a perspective you won't get from the mainstream press.\"")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "providing a perspective").speaker_text == "Ms. Simonyan"
