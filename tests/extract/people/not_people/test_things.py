"""Lone names the article treats as things: "it", "which", kind nouns across a comma, places."""

from __future__ import annotations


def test_a_name_the_article_calls_its_or_which_is_no_person(people_of):
    text = ("Archos launched its latest range of media players on Friday. Archos said the device would "
            "sell well, said Henri Crohas, chief of Archos. Microsoft lost a case brought by Eolas which "
            "claimed that browsers infringed a patent. Eolas said it was pleased.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Henri Crohas" in names
    assert not names & {"Archos", "Eolas"}


def test_its_in_a_reported_clause_leaves_the_speaker_a_person(people_of):
    text = "Mr Blair praised the company. Blair said its results were strong."
    _, people, _ = people_of(text)
    assert "Blair" in {p.name for p in people}


def test_a_kind_noun_across_a_comma_or_before_called_names_a_thing(people_of):
    text = ("IBM will partner with a small UK-based electronics firm, Montrose Secam, to make the devices. "
            "A Windows virus called Bofra is spreading, said Graham Cluley. Bofra plunders address books.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Graham Cluley" in names
    assert not names & {"Montrose Secam", "Bofra"}


def test_a_kind_noun_before_a_short_form_drops_no_full_name(people_of):
    text = ("David Fenton, a longtime strategist whose agency, Fenton, made the ads, said its goal was a "
            "carbon trading system. Mr. Fenton said the ads worked.")
    _, people, _ = people_of(text)
    assert "David Fenton" in {p.name for p in people}


def test_a_name_listed_with_places_or_before_a_place_noun_is_a_place(people_of):
    text = ("Fishing ports like Peterhead would get a quota. The MPs will meet fishermen in Aberdeen and "
            "Peterhead. Rain boosted the crop in the key Mackay region, and in areas such as Mackay the "
            "cane needs three days of rain, said Ross Finnie.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Ross Finnie" in names
    assert not names & {"Peterhead", "Mackay"}


def test_a_person_beside_a_place_once_among_many_mentions_stays(people_of):
    text = ("Assad met the envoy. Assad said he would stay. The future of Syria and Assad's role are unsure. "
            "Assad told reporters he was confident.")
    _, people, _ = people_of(text)
    assert "Assad" in {p.name for p in people}


def test_a_plural_nationality_is_no_person(people_of):
    text = "The ILO estimated that 400,000 Sri Lankans have lost their jobs, said Erik Solheim."
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Erik Solheim" in names
    assert "Sri Lankans" not in names


def test_a_word_ending_a_things_name_in_every_mention_is_no_person(people_of):
    text = ("A shortened Finance Bill would have to be rushed through Parliament. The full Finance Bill "
            "would then return to the Commons, said Aidan O'Carroll.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Aidan O'Carroll" in names
    assert "Bill" not in names
    _, people, _ = people_of("Coach Bill said the team played well. Bill said they would win again.")
    assert "Bill" in {p.name for p in people}


def test_a_speaker_who_says_what_it_does_is_a_firm(people_of):
    text = ("Adsteam said it had hedged part of its portfolio. Adsteam also said it continues to invest, "
            "said analyst Mary Jones. Richards said it was hard to tell. Richards said the talks failed.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Mary Jones", "Richards"} <= names
    assert "Adsteam" not in names


def test_a_plural_noun_capitalised_only_by_opening_sentences_is_no_person(people_of):
    text = ("Opponents argued that the measure could cost billions, said Tom Perez. Opponents said it would "
            "hurt morale. The bank will appeal, said Banks. Banks said the ruling was wrong.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Tom Perez" in names
    assert "Opponents" not in names


def test_a_kind_noun_with_a_in_an_apposition_after_the_name_names_a_thing(people_of):
    text = ("Trump tweeted on Sunday, referring to AP VoteCast, a nationwide survey of more than 115,000 "
            "voters. In London, Robey Warshaw, a firm founded in 2014, is advising SABMiller, said Jane Fox. "
            "\u201cHillary Clinton, a product of public schools herself, believes in public education,\u201d "
            "Weingarten declared.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert {"Jane Fox", "Hillary Clinton"} <= names
    assert not names & {"AP VoteCast", "Robey Warshaw"}


def test_the_name_a_place_noun_takes_is_a_place(people_of):
    text = ("Debris was seen on Carita beach. He said many others had taken refuge in his elevated village "
            "of Tahura Carita, which is about 100 metres from the sea, said Sutopo Purwo Nugroho.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Sutopo Purwo Nugroho" in names
    assert "Tahura Carita" not in names


def test_a_full_name_visited_and_labelled_an_organisation_is_no_person(people_of):
    text = ("Customers lined up at Tim Hortons on Monday. Tim Hortons said sales rose, said Mary Jones. "
            "Reporters waited at John Smith's home.")
    doc, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Mary Jones" in names
    assert "Tim Hortons" not in names


def test_a_model_code_or_a_number_word_names_a_product_or_a_line(people_of):
    text = ("He said Sony's Clie PEG UX50 media player broke the rules, said Paul Trotter. "
            "Workers on Flint's Line One will be moved, said Jane Rivers.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Clie PEG" not in names and "Line One" not in names
    assert {"Paul Trotter", "Jane Rivers"} <= names


def test_a_plural_name_after_the_names_a_band_or_a_family(people_of):
    text = ("The court dismissed a suit filed by the Beatles. It named former Beatles, George Harrison, Ringo "
            "Starr and the widow of John Lennon, Yoko Ono. The Beatles brought the suit in 1979.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Beatles" not in names and {"George Harrison", "Yoko Ono"} <= names


def test_a_kind_noun_a_person_may_be_leaves_the_full_name_a_person(people_of):
    text = ('"HDTV is just the latest must-have technology," says Jo Flaherty, a senior broadcaster with the CBS '
            "network. He adapted Gone Are the Days from his own play, Purlie Victorious.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Jo Flaherty" in names and "Purlie Victorious" not in names


def test_a_kind_noun_a_person_may_be_before_the_name_still_names_a_thing(people_of):
    text = ("The Da Vinci Code by US author Dan Brown is set in Paris. The main character, Robert Langdon, also "
            "appears in Angels and Demons.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Dan Brown" in names and "Robert Langdon" not in names


def test_a_full_name_with_a_work_apposed_right_after_is_the_work(people_of):
    text = ("Young book fans have voted Fergus Crane, a story about a boy who is taken on an adventure, the "
            "winner. Fergus Crane won two prizes, said Paul Stewart. Maria Lopez, a film director, was there.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Fergus Crane" not in names
    assert {"Paul Stewart", "Maria Lopez"} <= names


def test_a_lone_name_listed_with_bands_is_a_band(people_of):
    text = ("Green Day, the Foo Fighters and Keane are among the acts lined up. Brit Award winners Keane and "
            "The Streets are among the main attractions, said Geoff Ellis.")
    _, people, _ = people_of(text)
    names = {p.name for p in people}
    assert "Keane" not in names and "Geoff Ellis" in names


def test_a_lone_name_listed_with_bands_and_a_person_is_a_person(people_of):
    text = ("Muse were named best act, ahead of Franz Ferdinand, Natasha Bedingfield, Jamelia and The Streets, "
            "said singer Matt Bellamy.")
    _, people, _ = people_of(text)
    assert "Jamelia" in {p.name for p in people}


def test_a_kind_noun_after_a_role_of_leaves_its_holder_a_person(people_of):
    # the apposition names the author, however the parser hangs it on "book"
    text = ("The book and film blame Bob. The author of the book, Mitchell Zuckoff, said in a telephone "
            "interview that he stands by the depiction. Zuckoff said he made requests.")
    _, people, _ = people_of(text)
    assert "Mitchell Zuckoff" in {p.name for p in people}
