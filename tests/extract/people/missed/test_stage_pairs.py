"""Two-word stage names a person noun vouches for."""

from __future__ import annotations


def _tag(doc, label, *names):
    from spacy.tokens import Span

    ents = []
    for name in names:
        words = name.split()
        for t in doc:
            if doc[t.i:t.i + len(words)].text == name:
                ents.append(Span(doc, t.i, t.i + len(words), label=label))
    doc.set_ents(ents, default="outside")
    return doc


def test_a_person_noun_vouches_for_a_pair_tagged_as_a_work(nlp):
    from newsfold.extract.people import extract_people

    doc = _tag(nlp("Assault on Precinct 13, starring rapper Ja Rule, made £750,000 in its first weekend."),
               "WORK_OF_ART", "Ja Rule")
    assert "Ja Rule" in {p.name for p in extract_people(doc)[0]}


def test_a_pair_without_a_person_noun_or_inside_a_longer_name_is_no_stage_name(nlp):
    from newsfold.extract.people.missed.stage_pairs import stage_pair_forms

    doc = _tag(nlp("The film Ja Rule made money. The rapper Franz Ferdinand Tour sold out."), "WORK_OF_ART",
               "Ja Rule")
    assert stage_pair_forms(doc, frozenset({"relations"})) == []
