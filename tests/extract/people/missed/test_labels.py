"""Speaker labels of transcripts."""

from __future__ import annotations

from newsfold.extract.people import extract_people


def test_capitalised_speaker_labels_are_people_but_headings_are_not(people_of):
    text = ("Hillary Clinton's campaign says they are unwilling to debate.\n\n"
            "KATE BOULDUAN: Why not debate?\n\n"
            "JOEL BENENSON: This is a man who said he'd never run a negative ad.\n\n"
            "BOULDUAN: Why not debate in New York?\n\n"
            "FIX IS IN: the moderators were chosen.")
    _, people, mentions = people_of(text)
    names = {p.name for p in people}
    assert {"KATE BOULDUAN", "JOEL BENENSON"} <= names
    assert not any("FIX" in n for n in names)
    assert sum(m.text == "BOULDUAN" for m in mentions) == 1


def test_labels_rule_can_be_switched_off(people_of):
    doc, people, _ = people_of("Intro line.\n\nJOEL BENENSON: We will see.")
    assert "JOEL BENENSON" in {p.name for p in people}
    assert "JOEL BENENSON" not in {p.name for p in extract_people(doc, disabled=frozenset({"labels"}))[0]}
