"""People gold derived from PolNeAR sources: named persons only, one per person."""

from __future__ import annotations

from newsfold.eval.source_people import person_in_source, source_people


def test_named_sources_are_people_and_others_are_not():
    text = "Bernie Sanders spoke. Sanders said so, and CNN reported it. The New York Times agreed."
    assert person_in_source("Mr. Trump's", text) == "Trump"
    assert person_in_source("Sen. Bernie Sanders (I-Vt.)", text) == "Bernie Sanders"
    assert person_in_source("Sanders", text) == "Sanders"  # "Bernie Sanders" in the text
    for source in ("he", "CNN", "The New York Times", "officials", "I", ""):
        assert person_in_source(source, text) is None


def test_one_name_per_person_the_fullest_form():
    record = {"text": "Hillary Clinton won. Clinton said it. Mrs. Clinton added more.",
              "attributions": [{"source": "Clinton"}, {"source": "Hillary Clinton"},
                               {"source": "Mrs. Clinton"}, {"source": "she"}]}
    assert source_people(record) == ["Hillary Clinton"]


def test_descriptors_before_a_title_are_cut_off():
    assert person_in_source("German Chancellor Angela Merkel", "") == "Angela Merkel"
    assert person_in_source("Charlotte Mayor Jennifer Roberts", "") == "Jennifer Roberts"
