"""Things named after people: a name that only modifies a school, a bank, a project or a virus."""

from __future__ import annotations

import pytest


def _tag(doc, *names):
    from spacy.tokens import Span

    ents = []
    for name in names:
        words = name.split()
        for t in doc:
            if doc[t.i:t.i + len(words)].text == name:
                ents.append(Span(doc, t.i, t.i + len(words), label="PERSON"))
    doc.set_ents(ents, default="outside")  # as en_core_web_md tags them
    return doc


@pytest.mark.parametrize("text, name", [
    ("I have wanted to do that since I went to the Bobby Charlton school.", "Bobby Charlton"),
    ("Mitsubishi bought a 25 pct stake in the small Liu Chong Hing Bank last year.", "Liu Chong"),
    ("The towns lie east of Los Angeles and west of the Sierra Madre mountain range.", "Sierra Madre"),
])
def test_a_name_modifying_a_named_thing_is_no_person(nlp, text, name):
    from newsfold.extract.people.not_people.named_for import names_a_thing

    doc = _tag(nlp(text), name)
    start = next(t.i for t in doc if t.text == name.split()[0])
    assert names_a_thing(doc, start, start + len(name.split()))


def test_the_person_named_elsewhere_stays(nlp):
    from newsfold.extract.people import extract_people

    doc = _tag(nlp("Sir Bobby Charlton opened the Bobby Charlton school. Bobby Charlton said it was a fine day."),
               "Bobby Charlton")
    assert "Bobby Charlton" in {p.name for p in extract_people(doc)[0]}


def test_a_government_or_a_film_keeps_its_person(nlp):
    from newsfold.extract.people.not_people.named_for import names_a_thing

    for text, name in [("He served in the Harold Wilson government.", "Harold Wilson"),
                       ("He also appeared in the Spike Lee movie.", "Spike Lee")]:
        doc = _tag(nlp(text), name)
        start = next(t.i for t in doc if t.text == name.split()[0])
        assert not names_a_thing(doc, start, start + 2)


def test_a_film_titled_after_the_name_keeps_its_person(nlp):
    from newsfold.extract.people.not_people.named_for import names_a_thing

    doc = _tag(nlp("They met at Glienicke Bridge, as in the Tom Hanks movie ''Bridge of Spies,'' last year."),
               "Tom Hanks")
    start = next(t.i for t in doc if t.text == "Tom")
    assert not names_a_thing(doc, start, start + 2)


def test_a_titled_name_opening_a_schools_name_is_the_schools(people_of):
    _, people, _ = people_of("Students at Sir John A. Macdonald Secondary School held a vigil, principal Tom Lee said.")
    names = {p.name for p in people}
    assert "Tom Lee" in names and "John A. Macdonald" not in names


def test_canadian_high_schools_named_after_people_are_no_people(people_of):
    _, people, _ = people_of("He attended Lord Byng Secondary and Vincent Massey Collegiate, said his aunt Mary Li.")
    names = {p.name for p in people}
    assert "Mary Li" in names and not names & {"Byng Secondary", "Byng", "Vincent Massey Collegiate", "Vincent Massey"}
