"""Noun and adjective sites the learned cue scorer is offered: content and source as the rules read them."""

from __future__ import annotations

from newsfold.extract.quotes.learned.nominal_sites import adjective_site, noun_site
from newsfold.extract.quotes.quote_marks import covered_chars, find_quote_spans


def _site(nlp, text: str, word: str, find):
    doc = nlp(text)
    inside = covered_chars(find_quote_spans(text), len(text))
    tok = next(t for t in doc if t.text == word)
    return doc, find(tok, inside, frozenset())


def test_noun_clause_and_its_verbs_subject(nlp):
    doc, site = _site(nlp, "Stumpf tried on Tuesday to make the case that this was a few bad apples.", "case", noun_site)
    assert site is not None and site.content_kind == "clause"
    assert doc.text[site.start:site.end].endswith("a few bad apples")
    assert site.source is not None and site.source.text == "Stumpf"


def test_noun_copula_clause_and_possessor(nlp):
    doc, site = _site(nlp, "His more immediate goal is to sell his own party on gun control.", "goal", noun_site)
    assert site is not None and site.content_kind == "copula" and site.source_kind == "poss"
    assert doc.text[site.start:site.end].startswith("to sell")


def test_noun_prepositional_object_and_possessor(nlp):
    doc, site = _site(nlp, "Her attacks on Sanders grew sharper in the last week.", "attacks", noun_site)
    assert site is not None and site.content_kind == "prep" and site.prep == "on"
    assert doc.text[site.start:site.end] == "Sanders" and site.source.text == "Her"


def test_adjective_predicate_with_its_holder(nlp):
    doc, site = _site(nlp, "Many Republicans are wary of the trade deal.", "wary", adjective_site)
    assert site is not None and site.content_kind == "prep" and site.prep == "of"
    assert doc.text[site.start:site.end] == "the trade deal"
    assert site.source is not None and site.source.text == "Republicans"


def test_adjective_with_no_content_is_no_site(nlp):
    _doc, site = _site(nlp, "The senator was tired.", "tired", adjective_site)
    assert site is None
