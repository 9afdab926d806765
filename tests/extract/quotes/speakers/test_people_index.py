"""The article's people index: the antecedent of a he/she, with a gender check."""

from __future__ import annotations

from newsfold.extract.quotes.speakers.people_index import epithet_noun
from tests.extract.quotes.helpers import find, quotes_of, quotes_without


def test_pronoun_skips_a_person_of_the_other_gender(nlp):
    text = ("Mrs. Clinton met Mr. Kaine in Ohio on Monday. "
            "He said the campaign would win the state.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "the campaign would win")
    assert q.speaker_text == "He" and q.speaker_local_key is not None
    assert names[q.speaker_local_key].endswith("Kaine")


def test_pronoun_takes_the_person_of_its_gender_named_further_back(nlp):
    text = ("Kody Cook had been planning a move to Moncton before his death.\n\n"
            "Wendy Golden now lives in a small white bungalow with a cat.\n\n"
            "There are no photos on the walls. The shrine is in storage. It had become unhealthy. "
            "The memories are vivid. The message is simple. Nobody should share prescriptions.\n\n"
            "After Kody died, she urged police to investigate.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "police to investigate")
    assert q.speaker_text == "she"
    assert names[q.speaker_local_key] == "Wendy Golden"


def test_pronoun_goes_back_through_a_he_that_opens_the_sentence_before(nlp):
    # "He said Mateen ..." is Nefzi's line: its main-clause "He" stands for the person before it,
    # not for the subject of what he said.
    text = ("Inside the mosque, Adel Nefzi said worshippers are collecting money for the victims. "
            "He said Omar Mateen \u201chas not done this because he is a Muslim.\u201d "
            "\u201cWe don\u2019t teach anything\u201d against gay people at the mosque, he said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "We don\u2019t teach anything")
    assert q.speaker_text == "he" and names[q.speaker_local_key] == "Adel Nefzi"


def test_sentences_inside_a_quote_do_not_use_up_the_look_back(nlp):
    text = ("Donald Trump spoke in Ohio on Monday. "
            "Senator Bernie Sanders, a Vermont independent, said the economy is failing workers.\n\n"
            "\u201cLet\u2019s be clear. The global economy is not working. This model benefits the elite. "
            "It was developed by the elite. "
            "We need real change,\u201d he said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "We need real change")
    assert q.speaker_text == "he" and names[q.speaker_local_key] == "Bernie Sanders"


def test_a_pronoun_after_an_unlike_phrase_is_not_that_person(nlp):
    text = ("In Halifax, Ragheb Al Turkmani is eager to apply for citizenship. "
            "Unlike Mohammad Al Mnajer, he has been unable to find work. "
            "He is still trying to reach his Level 4 in English. "
            "\u201cWhen you have a family to look after, my study comes afterwards,\u201d he said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "my study comes afterwards")
    assert names[q.speaker_local_key] == "Ragheb Al Turkmani"


def test_pronoun_in_a_clause_on_a_persons_thing_is_that_person(nlp):
    text = ("The quote came from Alabama commissioner Thomas Krebs in 1980.\n\n"
            "FBI Director James Comey's news conference on Tuesday, in which he said that he would not "
            "recommend charges, was the latest in a series of failures.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "recommend charges")
    assert q.speaker_text == "he" and names[q.speaker_local_key] == "James Comey"


def test_pronoun_takes_the_speaker_of_the_sentence_before_over_its_subject(nlp):
    text = ("Jared Sexton attended the rally in Greensboro on Tuesday. "
            "Donald Trump, Sexton said, has created a strange political zone.\n\n"
            "\u201cSo afterwards, his supporters feel justified,\u201d he said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "his supporters feel justified")
    assert q.speaker_text == "he" and names[q.speaker_local_key] == "Jared Sexton"


def test_the_subject_of_a_gerund_is_no_speaker_to_go_back_to(nlp):
    text = ("New Jersey Gov. Chris Christie defended Donald Trump on Sunday.\n\n"
            "Asked about Trump's calling Hillary Clinton a bigot last week, Christie blamed Clinton "
            "for introducing charges of racism into the campaign.\n\n"
            "\u201cThe fact is that she\u2019s been the person who started this type of conversation,\u201d he said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "started this type of conversation")
    assert q.speaker_text == "he" and names[q.speaker_local_key] == "Chris Christie"


def test_a_pronoun_after_its_words_goes_on_with_the_speaker_not_with_a_person_named_in_them(nlp):
    text = ("Derek Wyatt said the campaign was far too long. The MP said Prime Minister Tony Blair had been "
            'trying very hard. But Mr Blair had been "hurt" by the Iraq controversy, he added.')
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "by the Iraq controversy")
    assert q.speaker_text == "he" and names.get(q.speaker_local_key) == "Derek Wyatt"


def test_a_person_named_in_a_clause_modifying_a_noun_does_not_break_a_pronoun_chain(nlp):
    text = ("Palaniappan Chidambaram is attending the meeting. At a conference on enterprise hosted by "
            "UK finance minister Gordon Brown on Friday, he said that he favoured floating exchange rates. "
            '"A flexible exchange rate is one more channel for absorbing shocks," he told the conference.')
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "A flexible exchange rate")
    assert names.get(q.speaker_local_key) == "Palaniappan Chidambaram"


def test_a_pronoun_after_a_partial_quote_goes_on_with_the_speaker_not_with_a_person_named_in_it(nlp):
    text = ("Former chief executive Bernard Ebbers denied the charges in court on Tuesday. Mr Sullivan "
            "\"made the accounting decisions,\" he told the court.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "made the accounting decisions")
    assert names.get(q.speaker_local_key) == "Bernard Ebbers"


def test_a_speaker_before_a_quote_stays_the_antecedent_of_a_pronoun_after_it(nlp):
    text = ("Hillary Clinton spoke first. Senator Claire McCaskill scolded him: \"The scientific community is "
            "against you,\" she said.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "scientific community").speaker_local_key) == "Claire McCaskill"


def test_a_pronoun_that_goes_on_talking_skips_a_person_only_mentioned_before_it(nlp):
    text = ("Liverpool manager Rafael Benitez said: \"It was a really great night.\" "
            "Benitez hailed Gerrard for his strike. "
            "The Reds scored three second-half goals in a comeback capped by Steven Gerrard's 20-yard drive. "
            "He added: \"Steven can play all over the pitch.\"")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "all over the pitch")
    assert q.speaker_text == "He" and names[q.speaker_local_key] == "Rafael Benitez"


def test_the_office_is_not_a_shadow_one_the_people_role_left_unqualified(nlp):
    text = ("Gordon Brown has issued a rallying cry to supporters. "
            "The chancellor said the vote would give a clear choice, and that the cuts proposed by "
            "shadow chancellor Oliver Letwin were the equivalent of sacking every teacher.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "the vote would give")
    assert q.speaker_text == "The chancellor" and names[q.speaker_local_key] == "Gordon Brown"


def test_a_role_of_another_party_is_not_the_office_a_phrase_names(nlp):
    text = ("Republican presidential nominee Donald Trump spoke in Ohio. Hillary Clinton spoke in Toledo. "
            "Clinton says she is thrilled to have the endorsement. "
            "The Democratic presidential nominee says every child should have the chance to succeed.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "every child should have")
    assert names.get(q.speaker_local_key) != "Donald Trump"


def test_a_role_matches_a_description_on_its_noun_not_on_a_party_word(nlp):
    # "Republican" is a word of Trump's role, but "The Arizona Republican" is no "Republican presidential
    # candidate": the person the sentence before is about.
    text = ("Republican presidential candidate Donald Trump held a rally in Phoenix on Saturday. "
            "John McCain stayed away from the event. The Arizona Republican said he had other plans.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "other plans")
    assert q.speaker_text == "The Arizona Republican" and names.get(q.speaker_local_key) == "John McCain"


def test_a_role_matches_a_description_on_a_noun_of_the_same_kind(nlp):
    text = ("Libertarian presidential nominee Gary Johnson spoke in Denver. Hillary Clinton spoke in Ohio. "
            "The Libertarian candidate said he would reach the debate stage.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "debate stage")
    assert names.get(q.speaker_local_key) == "Gary Johnson"


def test_an_ex_office_written_with_a_hyphen_is_not_the_office(nlp):
    # "ex-Conservative chancellor Ken Clarke" is a former chancellor: "the chancellor" is Mr Brown.
    text = ("Gordon Brown said it was vital the UK continued to invest in science, he told MPs. "
            "The chancellor said the new rules would force Britain to run a budget surplus.\n\n"
            "Earlier, ex-Conservative chancellor Ken Clarke said political give and take would replace rigid rules.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "force Britain to run")
    assert q.speaker_text == "The chancellor" and names[q.speaker_local_key] == "Gordon Brown"


def test_a_pronoun_chain_goes_back_to_the_one_person_of_the_sentence_before_it(nlp):
    # Gammage is nobody's subject, but he is the one person the "He said:" after him can be.
    text = ("\"It's a good price,\" said Ian Fogg, an analyst at Jupiter Research.\n\n"
            "One dissenting opinion came from Brian Gammage, vice-president of research at Gartner. "
            "He said: \"I don't think it changes the world.\" "
            "He also said the machine appealed in categories that few consumers care about.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "appealed in categories")
    assert q.speaker_text == "He" and names[q.speaker_local_key] == "Brian Gammage"


def test_a_person_named_after_a_he_that_opens_the_sentence_before_is_not_he(nlp):
    # "He has worked on ... Finding Nemo": the sentence is about "He"; a name after him is no antecedent.
    text = ("For Rick Dean, director of business development for digital content company THX, a high-definition "
            "future is an exciting prospect. He has worked on the Star Wars DVD trilogy, Finding Nemo, The Incredibles "
            "and Indiana Jones. \"There was a time not so long ago when the film world and the video world were two "
            "completely separate worlds,\" he told the BBC News website.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "There was a time")
    assert q.speaker_text == "he" and names.get(q.speaker_local_key) == "Rick Dean"


def test_epithet_noun_takes_epithets_and_man_compounds():
    assert epithet_noun("politician") and epithet_noun("frontman") and epithet_noun("businessperson")
    assert not epithet_noun("report") and not epithet_noun("chairman-elect")


def test_he_goes_on_with_the_role_the_sentence_before_is_about(nlp):
    # "The chairman" names nobody; "he" is the person the role stands for, not John Jones named in its clause.
    text = ("Alan Smith says the firm will hire more staff.\n\nThe chairman is trying to calm a row with John Jones "
            "over pay. He is saying that the bonus scheme will be fair to all.")
    _, quotes, names = quotes_of(nlp, text)
    assert names[find(quotes, "the bonus scheme").speaker_local_key] == "Alan Smith"
    off = quotes_without(nlp, text, "described_subject")
    assert find(off, "the bonus scheme").speaker_local_key == "john jones"


# A name in the writer's aside between two pieces of a quote is no antecedent of the "he" after it.
def test_he_after_a_quote_with_an_aside_is_the_speaker_before(nlp):
    text = ("Michael Bloomberg has not decided whether to run.\n\n"
            "Bloomberg's pollster, Douglas Schoen, says his man has the money, message, independence and time to "
            "fill that need. \"I don't think the conventional wisdom\" -- that Bloomberg is perceived as a New York "
            "nanny-state liberal -- \"is going to last,\" he says.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "conventional wisdom")
    assert names.get(q.speaker_local_key) == "Douglas Schoen"


def test_a_subject_before_the_quote_is_still_the_antecedent(nlp):
    # Control: no quoted words before the name in its sentence, so it is no aside.
    text = ("Walter Stone studies third-party bids.\n\n"
            "Michael Bloomberg, asked about his plans on Monday, \"would not rule anything out,\" he said.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "would not rule anything out")
    assert names.get(q.speaker_local_key) == "Michael Bloomberg"


def test_a_role_of_another_party_is_not_the_described_speaker_nor_what_his_pronoun_goes_on_with(nlp):
    text = ("Alan Pryce has stepped down as a partner in an Edinburgh law firm after criticism of his two jobs.\n\n"
            "The Welsh Conservative leader had insisted that his legal work did not sway his politics. "
            "But on Friday he said: \"I have resigned with immediate effect.\"\n\n"
            "Welsh Labour Party Assembly leader Carys Jones said the affair had done him harm.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "his legal work did not sway").speaker_local_key) == "Alan Pryce"
    assert names.get(find(quotes, "I have resigned").speaker_local_key) == "Alan Pryce"
    off = quotes_without(nlp, text, "role_party")
    assert names.get(find(off, "his legal work did not sway").speaker_local_key) == "Carys Jones"


def test_a_he_whose_sentence_is_about_a_he_goes_on_with_the_person_the_sentence_before_brings_in(nlp):
    text = ("Most critics expect Ann Lowe to take the prize.\n\n"
            "\"I think Lowe will win,\" said Mr Hart. \"She has done everything right.\"\n\n"
            "Lowe is also the personal choice of Peter Bell, editor of trade paper Film Weekly. "
            "But while he tipped Lowe to win, he predicted it would be a close contest. "
            "\"Anything can happen on the night,\" he told reporters.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "Anything can happen").speaker_local_key) == "Peter Bell"
    off = quotes_without(nlp, text, "introduced_antecedent")
    assert names.get(find(off, "Anything can happen").speaker_local_key) == "Hart"  # the last speaker named


PLURAL_TEXT = ("\u201cCities must build more,\u201d said Sara Quinn, a professor at the university.\n\n"
               "Aides say Ann Fowler also advises the mayor on housing.\n\n"
               "\u201cEvery family deserves a home,\u201d she said at the convention.")


def test_a_she_after_a_sentence_of_aides_saying_goes_on_with_the_person_they_talk_of(nlp):
    _, quotes, names = quotes_of(nlp, PLURAL_TEXT)
    assert names.get(find(quotes, "Every family deserves").speaker_local_key) == "Ann Fowler"


def test_without_the_rule_the_plural_speaker_ends_the_search_and_the_last_speaker_is_taken(nlp):
    _, _, names = quotes_of(nlp, PLURAL_TEXT)
    q = find(quotes_without(nlp, PLURAL_TEXT, "plural_described"), "Every family deserves")
    assert names.get(q.speaker_local_key) == "Sara Quinn"
