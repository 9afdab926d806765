"""Characters whose player is given in a bracket."""

from __future__ import annotations


def test_a_part_with_its_player_in_a_bracket_is_no_person(nlp):
    from spacy.tokens import Span

    from newsfold.extract.people import extract_people

    doc = nlp("The film stars Kimberly Elise. With the help of her grandmother Madea (one of three roles played "
              "by Perry), she plots revenge. Tyler Perry wrote it.")
    ents = [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.text in ("Kimberly", "Tyler")]
    ents += [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text == "Madea"]
    doc.set_ents(sorted(ents, key=lambda e: e.start), default="outside")
    names = {p.name for p in extract_people(doc)[0]}
    assert {"Kimberly Elise", "Tyler Perry"} <= names and "Madea" not in names


def test_a_bracket_without_a_player_keeps_the_person(nlp):
    from newsfold.extract.people.not_people.played_by import bracket_names_its_player

    doc = nlp("Robert Kilroy-Silk (who played no part) launched his party.")
    assert not bracket_names_its_player(doc, 0, 2)


def test_a_part_with_its_player_after_a_comma_is_no_person(nlp):
    from newsfold.extract.people.not_people.played_by import comma_names_its_player

    doc = nlp("The lines are uttered by family patriarch Mike Baxter, portrayed by Allen.")
    start = next(t.i for t in doc if t.text == "Mike")
    assert comma_names_its_player(doc, start, start + 2)
    doc = nlp("The lines are uttered by Mike Baxter, who played golf with Allen.")
    start = next(t.i for t in doc if t.text == "Mike")
    assert not comma_names_its_player(doc, start, start + 2)
