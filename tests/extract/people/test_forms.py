"""Trimming entity edges: descriptors, role words and post-nominals are cut off names."""

from __future__ import annotations

from newsfold.extract.people.forms import flat, is_initial


def test_descriptors_post_nominals_and_awards_are_not_names(people_of):
    text = ("Crooked Hillary Clinton lost ground, Trump said. Paul Boateng MP welcomed the report. "
            "The film won an Oscar and then a second Oscar in March.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Hillary Clinton" in names and "Paul Boateng" in names
    assert not any("Crooked" in n or n.endswith(" MP") or n == "Oscar" for n in names)


def test_a_capitalised_role_word_before_a_name_is_cut(people_of):
    text = ("Rapper Snoop Dogg has been sued, and he denies the claims. "
            "Dougray Scott found fame in the TV series Soldier Soldier.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Snoop Dogg" in names and "Rapper Snoop Dogg" not in names
    assert "Soldier" not in names


def test_nickname_in_quotes_stays_inside_the_name(people_of):
    _, people, _ = people_of("Lead singer Riefian “Ifan” Fajarsyah told followers in a tearful video.")
    assert any(p.name.startswith("Riefian") and p.name.endswith("Fajarsyah") for p in people)


def test_a_nickname_left_outside_the_entity_is_taken_back(nlp):
    from newsfold.extract.people.forms import nickname_start

    doc = nlp("Lead singer Riefian “Ifan” Fajarsyah told followers.")
    surname = next(t.i for t in doc if t.text == "Fajarsyah")
    assert doc[nickname_start(doc, surname)].text == "Riefian"
    plain = nlp("The singer Fajarsyah told followers.")
    assert nickname_start(plain, 2) == 2


def test_a_title_word_ending_a_name_stays_after_a_given_name_or_an_initial(people_of):
    _, people, _ = people_of("David Duke endorsed the plan on Monday. Rep. Peter T. King criticised it.")
    names = {p.name for p in people}
    assert "David Duke" in names and "Peter T. King" in names


def test_a_big_place_before_a_given_name_is_a_descriptor(people_of):
    _, people, _ = people_of("Later, Miss Alabama Hannah told the other women that she was staying.")
    assert {p.name for p in people} == {"Hannah"}


def test_hyphenated_given_names_stay_whole(people_of):
    text = ("Cheung Kong expects strong results, chairman Li Ka-shing said. U.N. Secretary-General "
            "Ban Ki-moon said South Korean President Park Geun-hye would visit. He wants an "
            "Elizabeth Warren-style agency, said Tom Lee.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Li Ka-shing", "Ban Ki-moon", "Park Geun-hye", "Elizabeth Warren", "Tom Lee"} <= names


def test_a_party_label_is_no_part_of_the_name(people_of):
    _, people, _ = people_of("Fellow Lib Dem Norman Baker said the episode was bad. Tory Burch agreed.")
    names = {p.name for p in people}
    assert "Norman Baker" in names and "Tory Burch" in names


def test_a_title_word_after_an_honorific_is_the_surname(people_of):
    text = ("British Airways will recover, chairman Lord King told the annual meeting. However, King said "
            "this result was satisfactory.")
    _, people, _ = people_of(text)
    assert "King" in {p.name for p in people}


def test_a_given_name_left_outside_the_entity_joins_it(people_of):
    _, people, _ = people_of("Teri Hatcher beat Marcia Cross and Felicity Huffman. In March Rubio won Minnesota.")
    names = {p.name for p in people}
    assert "Felicity Huffman" in names and "March Rubio" not in names


def test_inverted_said_before_a_speaker_is_cut(people_of):
    text = ("FBI Director James Comey spoke on Friday about the gun sale. Said Comey, \"The thought "
            "is very painful to us.\"\n\nThe home was turned into a museum. Said Dorothy Poynter, who grew "
            "up with Ali in the neighborhood.\n\nSaid Kouachi, 34, was killed in the raid, police said.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "James Comey" in names and "Dorothy Poynter" in names
    assert not {"Said Comey", "Said Dorothy Poynter"} & names
    assert "Said Kouachi" in names  # a given name Said: the sentence has its own verb


def test_a_nationality_noun_before_a_given_name_is_a_descriptor(people_of):
    text = ("Briton Hayley Yelling also competes in Edinburgh, as does in-form Scot Kathy Butler. "
            "Scot Gemmell won the race.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Hayley Yelling", "Kathy Butler"} <= names
    assert not any(n.startswith("Scot K") for n in names)


def test_a_hyphenated_surname_after_a_title_stays_whole(people_of):
    text = ("Damian Hockney and Peter Hulme-Cross were elected in 2004. He said Mr Hulme-Cross and "
            "himself had no intention of resigning. Veritas was formed by Mr Kilroy-Silk, who left "
            "Robert Kilroy Silk's old party.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Hulme" not in names and "Peter Hulme-Cross" in names
    assert len([n for n in names if "Kilroy" in n]) == 1


def test_an_initial_is_one_capital_and_its_full_stop():
    assert is_initial("T.") and not is_initial("T") and not is_initial("Th.") and not is_initial("t.")


def test_flat_cuts_a_possessive_typed_with_an_opening_quote():
    assert flat("Donald\nTrump‘s") == "Donald Trump"
    assert flat("Joseph O‘Connor") == "Joseph O‘Connor"  # a quote inside a name stays


def test_will_opening_a_question_is_no_given_name(people_of):
    text = ("Sen. Ted Cruz of Texas named Carly Fiorina as his running mate. Will Cruz's gambit do any better? "
            "Probably not. Will Smith said he liked the film.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Will Cruz" not in names and "Ted Cruz" in names
    assert "Will Smith" in names  # a statement: Will is his name


def test_a_nickname_and_surname_left_outside_a_tagged_given_name_are_taken_in(people_of):
    _, people, _ = people_of('Juan "Chico" Manriquez of Oakland carried one of the photos, he said.')
    assert any(p.name.startswith("Juan") and p.name.endswith("Manriquez") for p in people)


def test_an_editors_bracket_after_a_given_name_keeps_the_name_whole(people_of):
    _, people, _ = people_of("“He will attack her like Trump and [New Jersey Gov. Chris] Christie did to Rubio,” "
                             "a Democratic strategist said.")
    names = {p.name for p in people}
    assert "Chris Christie" in names and "Chris" not in names
    assert flat("Junichiro) Koizumi") == "Junichiro Koizumi"


def test_a_common_noun_inside_a_tagged_name_ends_it(nlp):
    """ "Ray Charles biopic Ray" tagged whole: the name is the part before the common noun."""
    from spacy.tokens import Span

    from newsfold.extract.people.forms import trim_span
    from newsfold.extract.people.extractor import RULES
    doc = nlp("The other films nominated are wine comedy Sideways and Ray Charles biopic Ray.")
    ray = next(t.i for t in doc if t.text == "Ray")
    doc.ents = [Span(doc, ray, ray + 4, label="PERSON")]
    assert doc[ray + 2].text == "biopic" and doc[ray + 2].pos_ == "NOUN"
    assert trim_span(doc, ray, ray + 4, frozenset(RULES)) == (ray, ray + 2)


def test_a_full_name_after_a_verb_s_ing_form_is_no_title(nlp):
    from newsfold.extract.people.forms import opens_with_gerund

    doc = nlp("Meeting Tom Hanks was a thrill, and Finding Neverland was a hit.")
    assert not opens_with_gerund(doc, 0, 3)  # a verb before a given name and surname: trimming's case
    assert opens_with_gerund(doc, 8, 10)


def test_a_plural_noun_opening_the_sentence_is_cut_off_a_name(nlp):
    from spacy.tokens import Span

    from newsfold.extract.people import extract_people

    doc = nlp("The Ethiopian broke the record last year. Compatriots Mulugeta Wondimu and Markos Geneti will race.")
    i = next(t.i for t in doc if t.text == "Compatriots")
    doc.set_ents([Span(doc, i, i + 3, label="PERSON")], default="outside")  # as en_core_web_md tags it
    assert "Mulugeta Wondimu" in {p.name for p in extract_people(doc)[0]}
    disabled = frozenset({"sentence_plurals"})
    assert "Mulugeta Wondimu" not in {p.name for p in extract_people(doc, disabled=disabled)[0]}


def test_a_quoted_nickname_before_a_surname_the_model_tagged_a_person(people_of):
    _, people, _ = people_of('Actor Dwayne "The Rock" Johnson said he would run. Johnson laughed.')
    assert [p.name for p in people] == ['Dwayne "The Rock" Johnson']
