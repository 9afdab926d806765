"""Writers named by initials and a surname, tagged ORG: a written work credited to them vouches."""

from __future__ import annotations

from newsfold.extract.people.extractor import RULES
from newsfold.extract.people.missed.writers import writer_forms


def test_initials_and_a_surname_credited_with_a_book_are_a_writer(nlp):
    doc = nlp("The musical is a blend of the sweet-natured film and the original book by PL Travers.")
    assert [f.text for f in writer_forms(doc, frozenset(RULES))] == ["PL Travers"]  # the model says ORG


def test_initials_of_a_firm_credited_with_no_writing_are_no_writer(nlp):
    doc = nlp("The deal was advised by JP Morgan and the report by BT Group was published.")
    assert writer_forms(doc, frozenset(RULES)) == []
