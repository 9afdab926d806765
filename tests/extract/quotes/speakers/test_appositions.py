"""Names standing in for the title or description they follow."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.appositions import inverted_speaker, one_of_named, right_after, title_domain_name
from tests.extract.quotes.helpers import find, quotes_of


def test_a_name_closing_a_title_that_names_its_field(nlp):
    doc = nlp("Shadow spokesman for sport Hugh Robertson said the plan would fail.")
    assert title_domain_name(doc[1]).text == "Robertson"
    doc = nlp("The lawyer for John Smith said the plan would fail.")
    assert title_domain_name(doc[1]) is None


def test_right_after_a_title_and_its_complement(nlp):
    doc = nlp("The Shadow Secretary of State for Health, Theresa May, said no.")
    secretary = doc[2]
    assert right_after(secretary, [t.i for t in doc if t.text == "Theresa"][0])
    assert not right_after(secretary, [t.i for t in doc if t.text == "said"][0])


def test_one_of_a_group_with_a_name_hung_on_the_group(nlp):
    doc = nlp("However, one of the so-called Birmingham Six, Patrick Hill - who was wrongly jailed - said they were delighted.")
    one = [t for t in doc if t.lower_ == "one"][0]
    name = one_of_named(one)
    assert name is not None and name.text == "Hill"


def test_a_description_left_open_after_a_name_is_not_the_speaker(nlp):
    doc = nlp('"We are doing research," Michael Lamberty, a Lufthansa spokesman told the BBC.')
    name, noun = [t for t in doc if t.text == "Lamberty"][0], [t for t in doc if t.text == "spokesman"][0]
    assert not inverted_speaker(name, noun)
    _, quotes, names = quotes_of(nlp, doc.text)
    q = find(quotes, "doing research")
    assert names.get(q.speaker_local_key) == "Michael Lamberty"
    # After what is no person's name, a name or person noun closing the phrase speaks.
    doc = nlp("To understand the real Dred Scott, Chief Justice Roberts said, one must read the case.")
    assert inverted_speaker([t for t in doc if t.text == "Scott"][0], [t for t in doc if t.text == "Roberts"][0])
