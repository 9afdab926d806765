"""Works and clubs in a bracket after a person's name."""

from __future__ import annotations


def _tagged(nlp, text, *names):
    from spacy.tokens import Span

    doc = nlp(text)
    ents = []
    for name in names:
        words = name.split()
        for t in doc:
            if [x.text for x in doc[t.i:t.i + len(words)]] == words and not any(
                    e.start <= t.i + k < e.end for e in ents for k in range(len(words))):
                ents.append(Span(doc, t.i, t.i + len(words), label="PERSON"))
    doc.set_ents(sorted(ents, key=lambda e: e.start), default="outside")
    return doc


def test_a_film_in_a_bracket_after_a_nominee_is_no_person(nlp):
    from newsfold.extract.people import extract_people

    doc = _tagged(nlp, "Fellow nominees include Imelda Staunton (Vera Drake), Natalie Press (My Summer of Love) "
                       "and Anne Reid (The Mother).", "Imelda Staunton", "Vera Drake", "Natalie Press", "Anne Reid")
    names = {p.name for p in extract_people(doc)[0]}
    assert {"Imelda Staunton", "Natalie Press", "Anne Reid"} <= names and "Vera Drake" not in names


def test_a_surname_completing_a_given_name_keeps_the_person(nlp):
    from newsfold.extract.people import extract_people

    doc = _tagged(nlp, "Former first lady Laura Bush wrote the foreword. \"I got off the sidelines for Jeb (Bush),\" "
                       "she said.", "Laura Bush", "Jeb", "Bush")
    names = {p.name for p in extract_people(doc)[0]}
    assert "Laura Bush" in names


def test_an_actor_in_a_bracket_after_a_one_word_character_stays(nlp):
    from newsfold.extract.people import extract_people

    doc = _tagged(nlp, "His latest role in Finding Neverland explored JM Barrie's relationship with Sylvia (Kate "
                       "Winslet) and her children.", "JM Barrie", "Sylvia", "Kate Winslet")
    names = {p.name for p in extract_people(doc)[0]}
    assert "Kate Winslet" in names
