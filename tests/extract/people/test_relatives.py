"""A relative named by a given name takes the surname the relation implies: "Clinton's husband, Bill"."""

from __future__ import annotations

import pytest

from newsfold.extract.people import extract_people


def _names(nlp, text, disabled=frozenset()):
    people, _ = extract_people(nlp(text), disabled=disabled)
    return {p.name for p in people}


@pytest.mark.parametrize("text, full", [
    ("Hillary Clinton spoke in Iowa. Clinton's husband, Bill, effectively hurled the first punch.", "Bill Clinton"),
    ("Bernie Sanders campaigned in West Hollywood. He was flanked by his wife, Jane, and Secret Service agents.",
     "Jane Sanders"),
    ("Trump recalled Leonard Hill III's widow, Anita, as a great woman.", "Anita Hill"),
    ("Last year, Joe Biden seriously contemplated another run, but he ultimately decided not to following "
     "the death of his son Beau.", "Beau Biden"),
])
def test_a_relatives_given_name_takes_the_surname(nlp, text, full):
    given = full.split()[0]
    assert full in _names(nlp, text)
    assert given in _names(nlp, text, frozenset({"relatives"}))


def test_a_relative_named_in_full_elsewhere_is_that_person(nlp):
    text = "Bill Clinton spoke first. Later Hillary Clinton thanked the crowd. Clinton's husband, Bill, smiled."
    people, mentions = extract_people(nlp(text))
    bill = next(p for p in people if p.name == "Bill Clinton")
    assert [m.text for m in mentions if m.local_key == bill.local_key][-1] == "Bill"
    assert "Bill" not in {p.name for p in people}


def test_her_skips_a_man_named_last(nlp):
    text = "Hillary Clinton hired staff, as James Carville did for her husband, Bill, in Little Rock."
    assert "Bill Clinton" in _names(nlp, text)


def test_a_womans_son_keeps_his_given_name_alone(nlp):
    text = "Wendy Golden has no idea why her son Kody chose to swallow it."
    assert "Kody" in _names(nlp, text) and "Kody Golden" not in _names(nlp, text)


def test_a_he_opening_a_later_sentence_is_no_person_named_before(nlp):
    text = ("Donald Trump thanked his campaign manager, Corey Lewandowski, and his spokeswoman, Hope Hicks. "
            "He said his wife, Melania, backed him.")
    names = _names(nlp, text)
    assert "Melania Trump" in names and "Melania Lewandowski" not in names
