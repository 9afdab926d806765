"""Publications named by one word."""

from __future__ import annotations


def test_a_one_word_name_of_a_magazine_is_no_person(nlp):
    from spacy.tokens import Span

    from newsfold.extract.people import extract_people

    doc = nlp("The list was compiled by Stuff Magazine, said Adam Vaughan. Next year will see new gadgets, "
              "Stuff predicts. Stuff predicts more.")
    ents = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text == "Stuff" and doc[t.i + 1].text != "Magazine"]
    ents += [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.text == "Adam"]
    doc.set_ents(sorted(ents, key=lambda e: e.start), default="outside")
    names = {p.name for p in extract_people(doc)[0]}
    assert "Adam Vaughan" in names and "Stuff" not in names


def test_a_publication_noun_before_or_after_the_name_names_it(nlp):
    from newsfold.extract.people.not_people.media import names_a_publication

    assert names_a_publication(nlp("He was awarded the title by US publication Forbes."), "Forbes")
    assert names_a_publication(nlp("He signed a three-year deal with Warner Brothers, according to Variety trade magazine."), "Variety")
    assert not names_a_publication(nlp("Forbes said the magazine would close."), "Forbes")
