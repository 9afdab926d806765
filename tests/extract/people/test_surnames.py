"""The surname the model left out of a tagged name grows back: a capital letter, a name heading a
given name, given names tagged alone, a middle initial, a hyphenated surname cut at its hyphen."""

from __future__ import annotations


def test_a_capital_letter_after_a_lone_given_name_is_its_surname(people_of):
    text = ("There was bad blood between rival beauty queens Hannah B and Caelynn. Later, Hannah B worried. "
            "Group date with Demi, Bri, Tracy, Elyse, Hannah G, Nicole and Catherine. Plan B is ready.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Hannah B", "Hannah G"} <= names
    assert "Hannah" not in names and "Plan B" not in names


def test_the_head_of_a_lone_given_name_listed_with_a_person_is_its_surname(people_of):
    text = ("Roche also coached former number one Ivan Lendl and Pat Rafter to Grand Slam victories and has "
            "worked with Australia's Lleyton Hewitt.")
    _, people, _ = people_of(text)
    assert {"Ivan Lendl", "Pat Rafter", "Lleyton Hewitt"} <= {p.name for p in people}


def test_a_hyphenated_surname_cut_at_its_hyphen_grows_back(people_of):
    text = ('Analysts said the issues were badly timed.\n    James Miller-Day, director of County Securities Asia '
            'Ltd, said: "I don\'t like the concept."')
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "James Miller-Day" in names and "James Miller" not in names


def test_a_hyphen_joining_two_people_is_no_surname(nlp):
    from newsfold.extract.people.surnames import word_surname_end
    doc = nlp("The Tony Blair-Brown feud went on.")
    tony = next(t.i for t in doc if t.text == "Tony")
    assert word_surname_end(doc, tony, tony + 2) == tony + 2


def test_given_names_tagged_alone_take_the_surname_tagged_elsewhere(people_of):
    text = ("(after extra-time - score at 90 mins 1-1)\n\nJohn Arne Riise volleyed Liverpool ahead after 45 "
            "seconds but Steven Gerrard scored a 79th-minute own goal. Blues boss Jose Mourinho was sent off.\n\n"
            "Riise could not have connected any better with Morientes' cross as he smashed a left-foot volley "
            "past Petr Cech.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "John Arne Riise" in names and "Riise" not in names and "John Arne" not in names


def test_a_party_label_and_a_given_name_take_no_surname_after_them(people_of):
    # The model tags "Tory Dominic" alone and "Grieve" elsewhere: the party label is no given name.
    text = ('Mr Blair said he left "without a stain on his character" but Tory Dominic Grieve branded the way '
            'Mr Blunkett\'s office operated as "scandalous".\n\nBut shadow attorney general Mr Grieve said: '
            '"While I don\'t rule out the possibility that Mr Blunkett may return as a minister, I don\'t think '
            'it\'s likely."')
    _, people, _ = people_of(text)
    assert not any(p.name.startswith("Tory Dominic G") for p in people)


def test_an_untagged_surname_heading_a_given_name_tagged_alone(nlp):
    from spacy.tokens import Span

    from newsfold.extract.people import extract_people

    doc = nlp("Syria is flexible, Belgian Foreign Minister Leo Tindemans said after talks.")
    leo = next(t.i for t in doc if t.text == "Leo")
    doc.set_ents([Span(doc, leo, leo + 1, label="PERSON")], default="outside")  # as en_core_web_md tags it
    assert "Leo Tindemans" in {p.name for p in extract_people(doc)[0]}


def test_a_hyphen_the_model_tagged_into_the_name_keeps_the_half_after_it(nlp):
    """ "Mark Dornford-" tagged, "May" left out: the half is a given name and a month, still the surname."""
    from spacy.tokens import Span

    from newsfold.extract.people.surnames import word_surname_end
    doc = nlp("It is British director Mark Dornford-May's first feature film.")
    mark = next(t.i for t in doc if t.text == "Mark")
    hyphen = next(t.i for t in doc if t.text == "-")
    doc.ents = [Span(doc, mark, hyphen + 1, label="PERSON")]
    assert word_surname_end(doc, mark, hyphen) == hyphen + 2
    doc.ents = []
    assert word_surname_end(doc, mark, hyphen) == hyphen  # untagged hyphen, a given name after: two people?


def test_an_undotted_middle_initial_tagged_without_the_surname_grows_to_it(nlp):
    """ "Bruce L" tagged, "Castor" left out: the word after a bare middle initial is the surname."""
    from spacy.tokens import Span

    from newsfold.extract.people.surnames import word_surname_end
    doc = nlp("District Attorney Bruce L Castor Jr said detectives found nothing.")
    bruce = next(t.i for t in doc if t.text == "Bruce")
    doc.ents = [Span(doc, bruce, bruce + 2, label="PERSON")]
    assert word_surname_end(doc, bruce, bruce + 2) == bruce + 3
    doc = nlp("The Malcolm X Foundation said so.")
    malcolm = next(t.i for t in doc if t.text == "Malcolm")
    doc.ents = [Span(doc, malcolm, malcolm + 2, label="PERSON")]
    assert word_surname_end(doc, malcolm, malcolm + 2) == malcolm + 2
