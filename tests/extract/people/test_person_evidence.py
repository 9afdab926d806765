"""Evidence that a lone name is a person: a person noun, a plural title, "such as", a person it is
listed with; a list headed by a kind of thing is no list of people."""

from __future__ import annotations


def test_a_person_noun_vouches_for_a_lone_name(nlp):
    from spacy.tokens import Span

    from newsfold.extract.people import extract_people

    text = ("A disaster agency official named Jhony told reporters most victims were found on the beach. "
            "He owns a barbershop named after his grandmother Mildred. "
            "Yuni, a resident of Lampung, was watching television when the wave hit. Rover barked.")
    doc = nlp(text)
    # the rule judges the model's lone PERSON names, so they are given here whatever the model says
    doc.set_ents([Span(doc, t.i, t.i + 1, label="PERSON") for t in doc
                  if t.text in ("Jhony", "Mildred", "Yuni", "Rover")], default="outside")
    names = {p.name for p in extract_people(doc)[0]}
    assert {"Jhony", "Mildred", "Yuni"} <= names
    assert "Rover" not in names  # no title, role, speech verb or person noun: unvouched


def test_a_lone_name_joined_by_and_to_a_person_is_a_person(people_of):
    text = ("The single, featuring artists including Chris Martin and Jamelia, held off Kylie Minogue. "
            "Shoppers liked Malin + Goetz Vitamin E Shaving Cream, said Kathryn Hudson.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Chris Martin", "Jamelia", "Kylie Minogue"} <= names
    assert "Malin" not in names


def test_a_plural_title_vouches_for_the_names_it_introduces(people_of):
    text = ("Those charged included Otis Ferry and Luke Tomlinson, 27, a close friend of princes William and Harry. "
            "They were charged under the Public Order Act.")
    _, people, _ = people_of(text)
    assert {"William", "Harry"} <= {p.name for p in people}


def test_people_such_as_vouches_for_a_lone_name(people_of):
    text = ("It was Diaghilev who changed her name. People such as Matisse became like uncles to her, and she "
            "toured Europe.")
    _, people, _ = people_of(text)
    assert "Matisse" in {p.name for p in people}


def test_a_plural_post_before_a_club_vouches_for_nobody(people_of):
    text = ("Victory took Real to within six points of leaders Barcelona and Owen is confident Real can close the "
            "gap. Michael Owen scored twice.")
    _, people, _ = people_of(text)
    assert "Barcelona" not in {p.name for p in people}


def test_a_list_with_an_item_headed_by_a_kind_of_thing_is_no_list_of_people(people_of):
    text = ("Nikolai Nolan runs the awards. GreenFairyDotcom, Londonist, Hicksdesign, PlasticBag and London "
            "Underground Tube Blog are the nominees in the best British or Irish weblog.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Nikolai Nolan" in names
    assert not names & {"Londonist", "Hicksdesign", "PlasticBag", "London Underground Tube Blog"}


def test_a_word_tagged_person_inside_a_sentence_joins_a_related_person(nlp):
    from spacy.tokens import Span

    from newsfold.extract.people import extract_people

    doc = nlp("Mr Pound said his wife Maggie had been fully supportive and their two children Emily, 16, "
              "and Pelham, 14 were pleased to have an older sister.")
    spans = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text in ("Pound", "Maggie", "Emily", "Pelham")]
    doc.set_ents(spans, default="outside")  # as en_core_web_md tags them
    assert "Pelham" in {p.name for p in extract_people(doc)[0]}
    assert "Pelham" not in {p.name for p in extract_people(doc, disabled=frozenset({"tagged_words"}))[0]}


def test_an_age_between_commas_vouches_for_a_lone_name(nlp):
    from spacy.tokens import Span

    from newsfold.extract.people import extract_people

    doc = nlp("Colton, 7, loves hockey. His mother says Colton plays every day after school.")
    first, second = [t.i for t in doc if t.text == "Colton"]
    doc.set_ents([Span(doc, first, first + 1, label="GPE"), Span(doc, second, second + 1, label="PERSON")],
                 default="outside")  # as en_core_web_md tags them
    assert "Colton" in {p.name for p in extract_people(doc)[0]}
    assert "Colton" not in {p.name for p in extract_people(doc, disabled=frozenset({"ages"}))[0]}


def test_a_score_after_a_team_is_no_age(nlp):
    from newsfold.extract.people.person_evidence import is_aged

    doc = nlp("Leeds 2, Hull 1, Colton, 7, 8 and 9 were the numbers.")
    assert not is_aged(doc, 1)
    colton = next(t.i for t in doc if t.text == "Colton")
    assert not is_aged(doc, colton + 1)  # "7, 8 and 9": a run of numbers


def test_a_relation_noun_right_before_a_name_and_after_a_comma_only_when_asked():
    import spacy
    from spacy.tokens import Doc

    from newsfold.extract.people.person_evidence import after_relation_noun

    doc = Doc(spacy.blank("en").vocab, words=["his", "wife", ",", "Jane", "Sanders", "and", "friend", "Mardy", "Fish"])
    assert after_relation_noun(doc, 7)  # "friend Mardy Fish"
    assert not after_relation_noun(doc, 3)  # "wife, Jane": the comma stands between
    assert after_relation_noun(doc, 3, comma=True)
    assert not after_relation_noun(doc, 0, comma=True)
