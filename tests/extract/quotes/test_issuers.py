"""Who issued "the statement" that speaks."""

from __future__ import annotations

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.issuers import document_issuer


def test_the_statement_is_issued_by_the_subject_of_its_last_mention(nlp):
    doc = nlp("In a statement, the Conservative Party said the comment had been withdrawn. "
              "The statement said he had apologised.")
    art = ParsedArticle(doc)
    statement = next(t for t in doc if t.lower_ == "statement" and t.i > 10)
    issuer = document_issuer(art, doc[statement.i - 1:statement.i + 1])
    assert issuer is not None and issuer.text == "the Conservative Party"
    assert document_issuer(art, doc[0:1]) is None  # "In" is no statement
