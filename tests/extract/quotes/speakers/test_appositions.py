"""Names standing in for the title or description they follow."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.appositions import (
    inverted_speaker, name_after_title_phrase, one_of_named, right_after, title_domain_name,
)
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


def test_a_body_closing_a_named_persons_description_is_not_the_speaker(nlp):
    # The parser hangs the charity on the name as an apposition right before the verb: the speaker
    # is still the person.
    text = ("The Tories want health checks for migrants. Lisa Power, head of policy at Aids charity "
            "the Terrence Higgins Trust said the policy was prejudice-based rather than evidence-based.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "prejudice-based")
    assert q.speaker_text == "Lisa Power" and names[q.speaker_local_key] == "Lisa Power"


def test_an_indefinite_description_closing_a_named_persons_apposition_is_not_the_speaker(nlp):
    text = ("Labour activists gathered in Gateshead on Sunday. Katrina Bull, a prospective parliamentary "
            "candidate said Mr Blair had shown he could rouse the party's grassroots.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "rouse the party")
    assert q.speaker_text == "Katrina Bull" and names[q.speaker_local_key] == "Katrina Bull"


def test_a_name_after_a_title_and_the_body_it_is_of_is_the_speaker(nlp):
    text = ("Muslim groups will meet on Tuesday. The chairman of the MCB's public affairs committee, "
            "Sher Khan, said the war in Iraq would be a significant factor for voters.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "significant factor")
    assert q.speaker_text == "Sher Khan" and names[q.speaker_local_key] == "Sher Khan"
    doc = nlp("The lawyer for John Smith said the plan would fail.")
    assert name_after_title_phrase(doc[1]) is None


def test_a_bare_title_of_a_body_after_a_full_name_does_not_speak_for_it(nlp):
    text = ("Japanese investors sold U.S. shares on Monday.\n\n\"Although Japanese investors sold huge amounts of stocks "
            "in New York yesterday, most are still looking for chances to lighten their U.S. Stock inventories,\" "
            "Hiromitsu Sunada, manager of Meiji Mutual Life Insurance Co's international investment department said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "huge amounts")
    assert q.speaker_text == "Hiromitsu Sunada"
