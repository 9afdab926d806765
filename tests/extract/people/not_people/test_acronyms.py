"""Acronyms taken for people."""

from __future__ import annotations


def test_a_bracketed_acronym_of_a_longer_name_is_no_person(nlp):
    from spacy.tokens import Span

    from newsfold.extract.people import extract_people

    doc = nlp("Trading should grow following the link-up of the Stock Exchange of Singapore Dealing and Automated "
              "Quotation System (SESDAQ) with London, said Robin Tomlin. Banks have gone into SESDAQ.")
    ents = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text == "SESDAQ"]
    ents += [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.text == "Robin"]
    doc.set_ents(ents, default="outside")  # as en_core_web_md tags them
    names = {p.name for p in extract_people(doc)[0]}
    assert "Robin Tomlin" in names and "SESDAQ" not in names


def test_initials_in_brackets_after_a_person_stay_a_person(nlp):
    from spacy.tokens import Span

    from newsfold.extract.people.not_people.acronyms import defines_an_acronym

    doc = nlp("Robert Kilroy-Silk (RKS) launched his party.")
    i = next(t.i for t in doc if t.text == "RKS")
    doc.set_ents([Span(doc, 0, i - 1, label="PERSON")], default="outside")
    assert not defines_an_acronym(doc, i, i + 1)
