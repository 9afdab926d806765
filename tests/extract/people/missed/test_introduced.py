"""Names introduced by a strong title or a nationality, whatever label the model gave them."""

from __future__ import annotations

from newsfold.extract.people.extractor import RULES
from newsfold.extract.people.missed.introduced import nationality_forms, titled_forms

ALL = frozenset(RULES)


def test_a_strong_title_introduces_a_name_the_model_tags_org(nlp):
    doc = nlp("The hearing was chaired by Mr Hulme-Cross on Monday.")
    assert [f.text for f in titled_forms(doc, ALL)] == ["Hulme-Cross"]  # the model says ORG


def test_a_title_before_a_stadium_names_no_person(nlp):
    doc = nlp("Mr Smith arrived at King Fahd International Stadium on Tuesday.")
    assert [f.text for f in titled_forms(doc, ALL)] == ["Smith"]


def test_titles_switched_off_find_nothing(nlp):
    doc = nlp("The hearing was chaired by Mr Hulme-Cross on Monday.")
    assert titled_forms(doc, ALL - {"titles"}) == []


def test_a_nationality_introduces_an_untagged_name(nlp):
    doc = nlp("Bulgarian Magdaleena Maleeva beat Belgian Kirsten Flipkens in three sets.")
    assert [f.text for f in nationality_forms(doc, ALL)] == ["Kirsten Flipkens"]
    assert nationality_forms(doc, ALL - {"nationality"}) == []


def test_a_country_s_name_introduces_a_name_tagged_loc(nlp):
    doc = nlp("But neither Germany’s Angela Merkel nor France’s Francois Hollande have gone as far as Cameron.")
    assert "Francois Hollande" in [f.text for f in nationality_forms(doc, ALL)]
    doc = nlp("They hiked through Canada’s Rocky Mountains last summer.")
    assert nationality_forms(doc, ALL) == []


def test_chairman_introduces_a_name_the_model_tags_org(nlp):
    doc = nlp("Republican National Committee Chairman Reince Priebus tweeted Tuesday night.")
    assert "Reince Priebus" in [f.text for f in titled_forms(doc, ALL)]
