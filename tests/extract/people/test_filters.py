"""Precision filters: organisations, places, companies and country initials are no people."""

from __future__ import annotations


def test_organisations_and_products_shaped_like_names(people_of):
    text = ("Windows Messenger and MSN Messenger were updated, said Stephen Toulouse. "
            "Cingular Wireless is adopting the technology, as is the George W. Bush Presidential Center.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Stephen Toulouse" in names
    assert not names & {"Windows Messenger", "MSN Messenger", "Cingular Wireless",
                        "George W. Bush Presidential Center"}


def test_lone_place_after_preposition_is_not_a_person(people_of):
    text = ("Opponents say cash from Heathrow and Gatwick was used. At Gatwick, the company has "
            "written to homes. BAA said Gatwick would grow.")
    _, people, _ = people_of(text)
    assert "Gatwick" not in {p.name for p in people}


def test_company_names_are_not_people(people_of):
    text = ("Federal regulators said Dean Witter Reynolds Inc had settled. The SEC said it was not "
            "charging Dean Witter with any offence. Husky Oil Ltd said its board called a meeting, "
            "and Husky said shareholders would vote. Philip Morris Inc may buy the stake, or Morris "
            "may sell. \"The market has turned,\" said Hiroyuki Kondo of Yasuda Trust and Banking Co "
            "Ltd in New York. President Howard Dean said Dean Foods Co would grow.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert not names & {"Dean Witter", "Husky", "Philip Morris", "Morris"}
    assert {"Hiroyuki Kondo", "Howard Dean"} <= names


def test_bracketed_wire_companies_and_country_initials(people_of):
    text = ("Balladur said the government awarded control of <Compagnie Generale de Constructions> "
            "to the group. Compagnie Generale said it was pleased. The issue raised 50 mln H.K. Dlrs, "
            "said Victor Li.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Compagnie Generale" not in names and "H.K. Dlrs" not in names
    assert "Victor Li" in names


def test_place_like_given_name_with_a_surname_ending_in_s(people_of):
    text = ('"I welcome this report," said Arts minister Estelle Morris of the findings. '
            "The Charlotte Panthers won again.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Estelle Morris" in names and "Charlotte Panthers" not in names


def test_priced_items_are_products_not_people(people_of):
    text = ("Grooming products deliver moisture. Graydon Green Cream, $38, graydonskincare.ca. "
            "Kiehl’s Body Fuel, $25. Barber Jack Smith said beards are back.")
    _, people, _ = people_of(text)
    assert not any("Cream" in p.name for p in people)
    assert "Jack Smith" in {p.name for p in people}


def test_dictionary_word_names_whose_surname_stands_alone_are_people(people_of):
    text = ("Phil Mickelson played a match against Tiger Woods in Las Vegas. "
            "Woods said the match was fun. Defense Secretary Ash Carter visited. Carter said little.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Tiger Woods" in names and "Ash Carter" in names


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


def test_a_lone_name_suffix_is_no_person(people_of):
    _, people, _ = people_of("William F. Buckley, Jr. was his uncle and he said so.")
    assert "Jr." not in {p.name for p in people}


def test_a_noun_for_a_thing_before_a_name_names_no_person(people_of):
    text = ("Traffic tripled, warns network monitoring company Sandvine. Sandvine said providers must "
            "cope, said analyst Marc Morin. Others, like the French newspaper Le Monde, offer blogs. "
            "German magazine Der Spiegel said the talks went on. "
            "Doug Purdy walks his terrier Chloe near his home. Chloe said nothing.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Marc Morin", "Doug Purdy"} <= names
    assert not names & {"Sandvine", "Le Monde", "Der Spiegel", "Chloe"}


def test_a_thing_noun_heading_a_clause_is_no_classifier(people_of):
    text = "He joined the firm John Smith founded in 1990, said Mary Jones."
    _, people, _ = people_of(text)
    assert {"John Smith", "Mary Jones"} <= {p.name for p in people}


def test_roles_played_in_a_work_are_characters(people_of):
    text = ("Mario Kombou plays Vince Everett in Jailhouse Rock every night. Actor Shane Richie won an "
            "award for his portrayal of Alfie Moon in EastEnders. Rafael Nadal played Roger Federer in "
            "Melbourne. Jamie Foxx plays Ray Charles in Ray; Ray Charles died in 2004.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Mario Kombou", "Shane Richie", "Rafael Nadal", "Roger Federer", "Jamie Foxx", "Ray Charles"} <= names
    assert not names & {"Vince Everett", "Alfie Moon"}


def test_a_saint_s_name_is_a_church_or_a_place(people_of):
    text = ("Gordon Brown's father John used to preach at the St Bryce Kirk church. "
            "Mr Brown introduced Alan Greenspan to the guests.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Alan Greenspan" in names and "Bryce Kirk" not in names


def test_an_article_and_a_word_is_a_paper_or_a_place(people_of):
    text = ("The camp played host to more than 30 players, including Greg Rusedski and Anne Keothavong. "
            "\"La Manga is an amazing site to take a bunch of kids who want to be the best,\" said Jimmy "
            "Connors, speaking at Queen's Club in London.\n\nSpeaking from La Manga, LTA performance director "
            "David Felgate told BBC Sport: \"Jimmy was fantastic.\" Backers include Jim Hodges, Le Frye, "
            "Luke Byars and Matt Moore.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"David Felgate", "Jimmy Connors", "Le Frye"} <= names
    assert "La Manga" not in names


def test_a_thing_noun_compounded_to_a_name_whatever_verb_follows(people_of):
    text = ("The guitarist with US rock band Korn has quit the music business, saying he made the decision "
            "after a religious awakening. Brian Welch told a radio station that his bandmates respected his "
            "decision. A U.S. Navy battle group led by the U.S. aircraft carrier "
            "Kitty Hawk is in the Arabian Sea, Pentagon spokesman Fred Hoffmann said.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Brian Welch", "Fred Hoffmann"} <= names
    assert not names & {"Korn", "Kitty Hawk"}


def test_roles_played_in_a_production_or_appeared_as_are_characters(people_of):
    text = ("Actress Patsy Rowlands played Mrs Potts in the London stage version of Beauty and the Beast. "
            "Her last appearance on stage was as Mrs Pearce in the award-winning production of My Fair Lady. "
            "Agent Simon Beresford said she was much loved.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Patsy Rowlands", "Simon Beresford"} <= names
    assert not names & {"Potts", "Mrs Potts", "Pearce", "Mrs Pearce"}


def test_a_lone_name_joined_by_and_to_a_person_is_a_person(people_of):
    text = ("The single, featuring artists including Chris Martin and Jamelia, held off Kylie Minogue. "
            "Shoppers liked Malin + Goetz Vitamin E Shaving Cream, said Kathryn Hudson.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Chris Martin", "Jamelia", "Kylie Minogue"} <= names
    assert "Malin" not in names


def test_a_firm_shortened_to_the_word_before_its_trade_is_no_person(people_of):
    text = ("PC ownership will double, according to a report by analysts Forrester Research. Low-priced "
            "computers are expected to dominate, Forrester said. \"Local PC makers will win,\" said Simon "
            "Yates, a senior analyst for Forrester.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Simon Yates" in names and "Forrester" not in names


def test_platforms_in_a_list_beside_people_are_no_people(people_of):
    text = ("\"It's all Facebook, Instagram and Snapchat,\" said Jake Horowitz. The campaign courts voters "
            "on channels such as Facebook, Twitter and Snapchat, said Teddy Goff, Katie Harbath and Jenna Golden.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Jake Horowitz", "Teddy Goff"} <= names
    assert not names & {"Facebook", "Snapchat", "Instagram", "Twitter"}


def test_a_lone_title_a_place_opener_and_a_kind_in_apposition(people_of):
    text = ("It traded five detainees for Sgt. Bowe Bergdahl, and earlier for Sgt. Gilad Shalit. She recalled "
            "summer visits to Lake Winola, said Jill Biden. Teck, the Canadian mining company, says the tax "
            "costs it millions, and Teck wants the gap narrowed, said Marcia Smith.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Bowe Bergdahl", "Jill Biden", "Marcia Smith"} <= names
    assert not names & {"Sgt", "Lake Winola", "Teck"}


def test_a_work_named_like_a_person_is_no_person(people_of):
    text = ("Jamie Foxx will win best actor for his portrayal of singer Ray Charles, while Vera Drake star "
            "Imelda Staunton looks likely to lose out. Others include low-budget British film Vera Drake. "
            "Foxx's movie Ray, a bio-pic of late singer Ray Charles, also took best sound.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Jamie Foxx", "Ray Charles", "Imelda Staunton"} <= names
    assert "Vera Drake" not in names


def test_a_band_named_like_a_person_is_no_person(people_of):
    text = ("Keane won best British album. Keane frontman Tom Chaplin thanked fans, and Keane are touring. "
            "\"Why have the jobs gone to India? Blair say's the economy is strong,\" wrote a reader to Mr Blair.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Tom Chaplin" in names and "Blair" in names
    assert "Keane" not in names
