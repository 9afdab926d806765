"""Names of things that are no people: kinds, works, bands, characters."""

from __future__ import annotations


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


def test_a_role_as_a_name_is_a_character(people_of):
    text = ("Annette Bening is a favourite. One of the biggest Oscars buzzes in recent years was for Bening's role "
            "as troubled Carolyn Burnham in 1999's American Beauty. She also had a cameo role as Tom Farrell's "
            "mother Sheila in BBC comedy Gimme Gimme Gimme.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Annette Bening" in names
    assert not names & {"Carolyn Burnham", "Sheila"}


def test_a_name_directed_by_someone_is_a_film(people_of):
    text = ("Actress Patsy Rowlands made her film debut in 1963 in Tom Jones, directed by Tony Richardson. "
            "Sid James starred too.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Patsy Rowlands", "Tony Richardson", "Sid James"} <= names
    assert "Tom Jones" not in names


def test_a_role_opening_the_text_is_read_like_any_other(people_of):
    # "As" is the first token: the word before it is none, not the text's last word ("such")
    text = "As Mrs Pearce in My Fair Lady, Patsy Rowlands was loved by critics as such"
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Patsy Rowlands" in names
    assert not names & {"Pearce", "Mrs Pearce"}


def test_a_name_only_a_work_takes_after_a_noun_is_a_work(people_of):
    text = ("Jim Carrey entertained crowds at the premiere of Lemony Snicket in London. Staunton, a nominee "
            "for her performance in Vera Drake, attended. The stage adaptation of children's film Mary "
            "Poppins has had its opening night. National Treasure sees Cage's character Ben Gates chase a "
            "fortune. Nicolas Cage attended the premiere of his friend's film with Tim Allen.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Jim Carrey", "Nicolas Cage", "Tim Allen"} <= names
    assert not names & {"Lemony Snicket", "Vera Drake", "Mary Poppins", "Ben Gates"}


def test_a_genre_before_a_name_names_a_work(people_of):
    text = ("Catalina Sandino Moreno took best actress for her role in the Colombian drama Maria Full of Grace. "
            "Annabelle Wallace stars in a bilingual romantic comedy Dil Jo Bhi Kahey. Abba reunited for the "
            "premiere of hit musical Mamma Mia! which is based on the band's songs.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Catalina Sandino Moreno", "Annabelle Wallace"} <= names
    assert not any(n.startswith(("Maria Full", "Dil Jo", "Mamma")) for n in names)


def test_a_name_after_his_character_is_a_character_whatever_the_parse(people_of):
    text = ("Victoria Wood slated comedian Sacha Baron Cohen for his character Ali G's horrible brand of humour. "
            "Jon Hamm said his character Don Draper drinks too much, and Elisabeth Moss agreed.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Victoria Wood", "Jon Hamm", "Elisabeth Moss"} <= names
    assert not names & {"Ali G", "Don Draper"}


def test_a_film_an_actor_plays_in_and_a_named_role_are_no_people(people_of):
    _, people, _ = people_of("David Schwimmer plays a divorced drunkard in Duane Hopwood, while Pierce Brosnan "
                             "stars as a hit man. Swedish star Stellan Skarsgard stayed in the Merrin role.")
    names = {p.name for p in people}
    assert {"David Schwimmer", "Pierce Brosnan", "Stellan Skarsgard"} <= names
    assert not {"Duane Hopwood", "Merrin"} & names


def test_a_plural_noun_before_one_name_names_a_firm_not_listed_people(people_of):
    _, people, _ = people_of("The sale, hosted by auctioneers Cooper Owen, was held in London. Original band "
                             "members Bryan Ferry, Phil Manzanera and Andy Mackay will play.")
    names = {p.name for p in people}
    assert "Cooper Owen" not in names
    assert {"Bryan Ferry", "Phil Manzanera", "Andy Mackay"} <= names


def test_a_kind_noun_opening_the_sentence_names_a_firm(people_of):
    text = ("Bookmaker William Hill has stopped taking bets, said its spokesman Rupert Adams. "
            "Retailer John Lewis said sales rose. Analyst Jane Doe agreed.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "William Hill" not in names and "John Lewis" not in names
    assert {"Rupert Adams", "Jane Doe"} <= names


def test_a_kind_noun_before_a_longer_name_the_name_opens_names_a_firm(people_of):
    text = ("Shares of Reynolds Metals Co rose after Wall Street firm Furman Selz Mager Dietz and Birney "
            "issued a report. Traders said Furman Selz also boosted its estimates, said Jane Rivers.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert not any(n.startswith("Furman") for n in names) and "Jane Rivers" in names


def test_an_airline_shortened_to_its_first_words_is_no_person(people_of):
    text = ("Pan American World Airways said it took delivery of the first of 12 aircraft. "
            "Pan American said it will use the aircraft on domestic routes.")
    _, people, _ = people_of(text)
    assert "Pan American" not in {p.name for p in people}


def test_a_name_starring_someone_is_a_film(people_of):
    text = ("Films on ITV1 include Gus Van Sant's Finding Forrester, starring Sean Connery. Tom Hanks, starring "
            "in a new drama, said he was pleased.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Finding Forrester" not in names and {"Gus Van Sant", "Sean Connery", "Tom Hanks"} <= names


def test_a_role_in_a_series_and_a_fairy_tale_are_no_people(people_of):
    text = ("He played undercover cop Tommy Hanson in the US series 21 Jump Street for three years. In 1990 he began "
            "his partnership with Tim Burton in the dark fairy tale Edward Scissorhands, about a young man.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Tim Burton" in names and not {"Tommy Hanson", "Edward Scissorhands"} & names


def test_names_a_plural_kind_noun_introduces_are_firms(people_of):
    text = ("In Indonesia, shares in state construction companies Adhi Karya and Semen Gresik have jumped. "
            "In recent months companies such as Adam Opel - the German arm of US carmaker General Motors - "
            "have slashed jobs. Its top brands include Newcastle Brown Ale, Strongbow and Kronenbourg. "
            "Much of that trade passes through Rotterdam, home to specialist crane maker Huisman Itrec. "
            "Its cranes help build oil rigs, said analyst Frank Weise. "
            "Award-winning film maker Mike Leigh spoke, as did firms' boss Tom Smith.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Frank Weise", "Mike Leigh"} <= names
    assert not names & {"Adhi Karya", "Semen Gresik", "Adam Opel", "Strongbow", "Kronenbourg", "Huisman Itrec"}


def test_a_name_the_article_calls_mr_is_a_person_whatever_kind_noun_brought_him_in(people_of):
    text = ("Leading British computer games maker Peter Molyneux has been made an OBE. "
            "Mr Molyneux said receiving the honour was something of a surprise. "
            "Much of that trade passes through Rotterdam, home to specialist crane maker Huisman Itrec.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Peter Molyneux" in names
    assert "Huisman Itrec" not in names  # control: no "Mr Itrec", still a firm


def test_a_listed_name_introduced_anew_is_no_firm(people_of):
    text = ("Characters like Souness, Ferguson and current Ibrox manager Alex McLeish all cite Smith's experience.")
    _, people, _ = people_of(text)
    assert "Alex McLeish" in {p.name for p in people}


def test_a_plural_kind_across_a_comma_before_such_as_names_things(people_of):
    _, people, _ = people_of("In the past many viruses, such as Netsky, have been the work of one man, "
                             "said Graham Cluley of Sophos.")
    names = {p.name for p in people}
    assert "Graham Cluley" in names and "Netsky" not in names


def test_a_storm_named_like_a_person_is_no_person(people_of):
    _, people, _ = people_of("Two days after superstorm Sandy ravaged New Jersey, President Obama toured the "
                             "devastation with Gov. Chris Christie. His handling of the immediate aftermath of Sandy was praised.")
    names = {p.name for p in people}
    assert "Sandy" not in names and "Chris Christie" in names


def test_warships_listed_after_their_kind_are_no_people(people_of):
    text = ("U.S. Defense Secretary Caspar Weinberger told a Pentagon news conference the destroyers Kidd, "
            "Young, Leftwich and Hoel fired about 1,000 rounds of five-inch shells at Iranian targets.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Caspar Weinberger" in names
    assert not names & {"Kidd", "Young", "Leftwich", "Hoel"}


def test_a_plural_relative_clause_of_a_later_name_leaves_the_person(people_of):
    text = ("The other two new entries are Dana Rayne with Object of My Desire at seven and Kasabian who are at "
            "number eight with Cut Off. Franz Ferdinand, who were shortlisted, played.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Dana Rayne" in names and "Franz Ferdinand" not in names


def test_a_name_after_role_as_is_a_character_whatever_the_parse(nlp):
    from newsfold.extract.people import extract_people
    text = ("Actress Diane Guerrero has become a familiar figure to many through her roles as Maritza Ramos on "
            "Orange Is the New Black and Lina on Jane the Virgin.")
    doc = nlp(text)
    names = {p.name for p in extract_people(doc)[0]}
    assert "Diane Guerrero" in names and "Maritza Ramos" not in names
    assert "Maritza Ramos" in {p.name for p in extract_people(doc, disabled=frozenset({"role_as"}))[0]}
