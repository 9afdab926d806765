"""Teams and bands known by the plural verb they take."""

from __future__ import annotations


def _tagged(nlp, text, *names):
    from spacy.tokens import Span

    doc = nlp(text)
    ents = []
    for name in names:
        words = name.split()
        for t in doc:
            if [x.text for x in doc[t.i:t.i + len(words)]] == words and not any(
                    e.start <= t.i < e.end for e in ents):
                ents.append(Span(doc, t.i, t.i + len(words), label="PERSON"))
    doc.set_ents(sorted(ents, key=lambda e: e.start), default="outside")
    return doc


def test_a_name_that_takes_a_plural_verb_is_a_team(nlp):
    from newsfold.extract.people import extract_people

    doc = _tagged(nlp, "Coach Stuart Baxter will return. Last year Bafana Bafana were humbled by Mauritius. "
                       "Bafana Bafana play the Seychelles first.", "Stuart Baxter", "Bafana Bafana")
    names = {p.name for p in extract_people(doc)[0]}
    assert "Stuart Baxter" in names and "Bafana Bafana" not in names


def test_a_singular_verb_or_a_list_keeps_the_person(nlp):
    from newsfold.extract.people import extract_people

    doc = _tagged(nlp, "Brad Pitt, Robert De Niro and Hugh Grant have been added to the line-up. "
                       "If Tom Jones were to sing, Tom Jones is ready.",
                  "Brad Pitt", "Robert De Niro", "Hugh Grant", "Tom Jones")
    names = {p.name for p in extract_people(doc)[0]}
    assert {"Brad Pitt", "Hugh Grant", "Tom Jones"} <= names
