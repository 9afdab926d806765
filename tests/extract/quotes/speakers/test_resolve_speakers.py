"""Speakers resolved to the article's people: role phrases, lead descriptions, names."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of, quotes_without


def test_role_phrase_resolves_to_person(nlp, seed_texts):
    _, quotes, names = quotes_of(nlp, seed_texts["003_323cb39ab508f637.txt"])
    q = find(quotes, "No one wants peace more than Ukraine")
    assert q.speaker_text == "The Ukrainian leader"
    assert names[q.speaker_local_key] == "Volodymyr Zelensky"


def test_epithet_is_the_person_just_named(nlp):
    text = ("Cambridge cartoonist Andre Campbell draws with a computer. "
            "“There hasn’t been a whole lot of representation of disabled characters in comics,” says the bow-tied maverick.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "representation of disabled")
    assert q.speaker_text == "the bow-tied maverick"
    assert names[q.speaker_local_key] == "Andre Campbell"


def test_an_unnamed_official_is_nobody_named(nlp):
    text = ("The final call rests with Justice Minister David Lametti. "
            "“It is a ministerial decision,” a justice official said at the briefing. "
            "The official told reporters more than 90 per cent of extraditions go through.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "ministerial decision").speaker_local_key is None
    assert find(quotes, "90 per cent").speaker_local_key is None


def test_lone_name_the_tagger_took_for_an_organisation(nlp):
    text = ("CHINA TALK: Chinese Vice-President Wang Qishan took aim at the U.S. in pointed comments at the World "
            "Economic Forum in Davos, Switzerland. Wang said that \"Shifting blame for one's own problems onto "
            "others will not resolve the problems,\" alluding to a trade war with Washington.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "Shifting blame")
    assert names.get(q.speaker_local_key) == "Wang Qishan"


def test_role_tagged_as_a_proper_noun_is_still_a_role(nlp):
    # The tagger reads the lower-case "minister" of "the minister said" as a proper noun.
    text = ("Finance Minister Bill Morneau announced the plan on Monday. Opposition critics were not convinced. "
            "“We will act quickly,” the minister said.")
    _, quotes, names = quotes_of(nlp, text)
    assert names[find(quotes, "act quickly").speaker_local_key] == "Bill Morneau"


def test_an_age_is_the_person_just_named(nlp):
    for text in ("Jane Smith, 34, was hurt in the crash. Police closed the road for hours. "
                 "“It was scary,” the 34-year-old said.",
                 "Jane Smith, 34, was hurt in the crash. “It was scary,” said the 34-year-old."):
        _, quotes, names = quotes_of(nlp, text)
        q = find(quotes, "It was scary")
        assert "34-year-old" in q.speaker_text and names[q.speaker_local_key] == "Jane Smith"


def test_a_gendered_role_skips_a_person_of_the_other_gender(nlp):
    text = ("Jane Smith, 34, was hurt in the crash. Her husband, Tom Smith, drove her to hospital. "
            "“It was scary,” said the mother of two.")
    _, quotes, names = quotes_of(nlp, text)
    assert names[find(quotes, "It was scary").speaker_local_key] == "Jane Smith"


def test_an_epithet_outside_the_extraction_nouns_is_still_resolved(nlp):
    text = "Kawhi Leonard scored 30 points. The Raptors won again. “We played well,” said the two-time NBA champion."
    _, quotes, names = quotes_of(nlp, text)
    assert names[find(quotes, "played well").speaker_local_key] == "Kawhi Leonard"


def test_an_epithet_learned_from_news_is_the_person_just_named(nlp):
    text = ("Ben Carson campaigned in New Hampshire on Friday. "
            "The retired neurosurgeon said the investigation was \u201cnot very difficult.\u201d")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "not very difficult")
    assert q.speaker_text == "The retired neurosurgeon" and names[q.speaker_local_key] == "Ben Carson"


def test_a_party_member_epithet_is_a_person(nlp):
    text = ("Rep. Trey Gowdy released a statement on Wednesday. "
            "The South Carolina Republican said the committee had faced serial delays.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "serial delays")
    assert names[q.speaker_local_key] == "Trey Gowdy"


def test_a_role_noun_tagged_as_a_name_and_a_sports_role_are_roles(nlp):
    text = ("Derek Wyatt said the campaign had turned off voters. The MP for Sittingbourne and Sheppey said "
            "Tony Blair had been trying very hard. Everton's Kevin Campbell signed the singer to his label. "
            "The Everton striker claims he spent thousands of pounds producing the album.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "Tony Blair had been").speaker_local_key) == "Derek Wyatt"
    assert names.get(find(quotes, "he spent thousands").speaker_local_key) == "Kevin Campbell"


def test_a_lead_that_describes_its_speaker_is_the_person_named_in_the_next_sentence(nlp):
    text = ("Labour MP praises Tory campaign\n\nThe Conservatives have been \"a lot smarter\" in the way they "
            "have run the campaign, a Labour backbencher has said.\n\nDerek Wyatt said having a five month "
            "campaign turned off voters.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "a lot smarter")
    assert names.get(q.speaker_local_key) == "Derek Wyatt"


def test_a_title_with_a_name_in_apposition_is_that_person_and_goes_on_in_a_pronoun(nlp):
    text = ("Judge Peter Woolf published the guidelines on Monday. Director of Public Prosecutions, Ken Macdonald QC, "
            "who sits on the council, said the principle was set down by parliament. \"It represents a tougher "
            "regime than existed previously,\" he said.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "the principle was set").speaker_local_key) == "Ken Macdonald"
    assert names.get(find(quotes, "a tougher regime").speaker_local_key) == "Ken Macdonald"


def test_a_title_the_article_gives_a_person_is_that_person_later(nlp):
    text = ("Poverty should come first, Cardinal John Hume has said. The cardinal said 2005 should be the year "
            "for campaigning. On Friday, the Cardinal will ask the congregation to pray. \"Peace is possible,\" he will say.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "2005 should be the year").speaker_local_key) == "John Hume"
    assert names.get(find(quotes, "Peace is possible").speaker_local_key) == "John Hume"


def test_a_pronoun_goes_on_with_a_described_speaker_of_a_perfect_tense_verb(nlp):
    text = ("Actors Samuel Jackson and Ben Stiller have signed up for Rick Gervin's new sitcom, the comedian has told "
            "reporters. \"We wanted actors who had iconic status,\" Gervin said. Stiller and Jackson have both "
            "read the scripts, the comedian has said. He said they had both agreed to appear in an episode each.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "agreed to appear").speaker_local_key) == "Rick Gervin"


def test_a_title_naming_its_field_before_a_name_is_that_person_and_goes_on_in_a_pronoun(nlp):
    text = ("Education Secretary Charles Clarke said funding would rise. Shadow spokesman for sport Hugh Robertson "
            "said: \"I suspect the clubs are the answer.\" He said more emphasis should be put on traditional sports.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "the clubs are the answer").speaker_local_key) == "Hugh Robertson"
    assert names.get(find(quotes, "more emphasis").speaker_local_key) == "Hugh Robertson"


def test_a_word_inside_a_role_is_no_title(nlp):
    text = ("European Central Bank president Mario Draghi spoke on Thursday. The bank said it did not change "
            "its interest rates.")
    _, quotes, names = quotes_of(nlp, text)
    assert find(quotes, "did not change").speaker_local_key is None


def test_the_bare_office_is_not_its_shadow_nor_a_role_sharing_only_a_modifier(nlp):
    text = ("David Blunkett has apologised to MPs after the Home Office announced a review of murder laws. "
            "The home secretary confirmed the review was to get under way next year. He said the review would "
            "look at mandatory sentences. Shadow home secretary David Davis welcomed the review. Home Office "
            "minister Baroness Scotland said the court must pass a life sentence.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "get under way").speaker_local_key) != "David Davis"
    assert names.get(find(quotes, "get under way").speaker_local_key) not in ("Baroness Scotland", "Scotland")
    assert names.get(find(quotes, "mandatory sentences").speaker_local_key) != "David Davis"


def test_a_member_of_another_assembly_is_an_epithet_like_the_mp(nlp):
    text = ("Ex-chat show host Robert Kilroy-Silk has quit the UK Independence Party. "
            "The MEP said he was ashamed to have joined the party.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "ashamed to have joined").speaker_local_key, "").endswith("Kilroy-Silk")


def test_a_speaker_after_a_rank_abbreviation_is_the_person_named(nlp):
    text = ('"This was a tragic and preventable collision," said OPP Sgt. Kerry Schmidt. '
            "RCMP Cpl. Jennifer Clarke told CBC News that officers arrived within minutes.")
    _, quotes, names = quotes_of(nlp, text)
    assert names[find(quotes, "tragic and preventable").speaker_local_key] == "Kerry Schmidt"
    assert names[find(quotes, "officers arrived").speaker_local_key] == "Jennifer Clarke"


def test_a_name_described_between_dashes_is_the_speaker_not_a_person_in_the_description(nlp):
    text = ("Baikal passed into the hands of state-controlled firm Rosneft. "
            "\"We used to see street hustlers do this kind of thing,\" Andrei Illarionov - then economic adviser "
            "to President Vladimir Putin - told a press conference.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "street hustlers")
    assert names[q.speaker_local_key] == "Andrei Illarionov"


def test_a_title_whose_name_follows_outside_the_speaker_phrase_is_that_person(nlp):
    text = ("Top of the Pops is to move to BBC Two. The new show will launch in spring. "
            "BBC Two controller Roly Keating: \"It's an exciting new era for Top of the Pops.\"")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "exciting new era")
    assert names[q.speaker_local_key] == "Roly Keating"


def test_a_lead_politician_is_the_person_named_in_the_next_sentence(nlp):
    text = ("Ministers 'naive' over phone-taps\n\n"
            "The government is being naive by refusing to allow phone-tap evidence in court, a senior EU politician says.\n\n"
            "Javier Solana, EU foreign policy chief, says phone-tap evidence works in the courts of other European countries.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "being naive by refusing")
    assert names[q.speaker_local_key] == "Javier Solana"


def test_a_titled_name_of_a_body_is_the_speaker_not_the_body(nlp):
    text = ("Staff Sgt. Mike Rollins of Toronto police said in a statement that the investigation is ongoing. "
            "Jane Doe of the Canadian Cancer Society said the numbers are alarming.")
    _, quotes, names = quotes_of(nlp, text)
    assert names[find(quotes, "investigation is ongoing").speaker_local_key] == "Mike Rollins"
    assert names[find(quotes, "numbers are alarming").speaker_local_key] == "Jane Doe"


def test_a_nationality_with_an_age_cut_off_its_the_is_the_person_just_named(nlp):
    text = ("Arsenal manager Arsene Wenger has signed a new contract. He said: \"These are exciting times.\" "
            "The 55-year-old Frenchman told the club's website: \"My intention has always been clear.\"")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "My intention")
    assert names.get(q.speaker_local_key) == "Arsene Wenger"


def test_a_description_named_further_on_word_for_word_is_that_person(nlp):
    text = ("A letter was sent to Martin Mubanga. An identical letter has been sent to Feroz Abbasi, the men's solicitor says.\n\n"
            "Mark Oaten demanded assurances. The men's solicitor, Louise Christian, has raised questions about the evidence.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "An identical letter")
    assert names.get(q.speaker_local_key) == "Louise Christian"
    # A description named nowhere further on stays nobody's.
    _, quotes, _ = quotes_of(nlp, text.replace("The men's solicitor, Louise Christian,", "Louise Christian"))
    assert find(quotes, "An identical letter").speaker_local_key is None


def test_the_person_named_after_the_body_a_role_is_of_is_the_speaker(nlp):
    text = ("\"In a sense, we have hardly started in reaching the whole population,\" the new chair of the Internet "
            "Engineering Task Force (IETF), Brian Carpenter, says.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "hardly started")
    assert names.get(q.speaker_local_key) == "Brian Carpenter"


def test_a_person_of_a_firm_and_a_person_also_known_as_are_the_speakers(nlp):
    text = ("\"Customers are getting used to the idea of an 'always available' society,\" says Cara Diemont of IT firm "
            "Dimension Data, which commissioned the survey.\n\n"
            "\"Radio 1's chart show is an institution,\" says JK, also known as Jason King.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "always available").speaker_local_key) == "Cara Diemont"
    assert names.get(find(quotes, "an institution").speaker_local_key) == "Jason King"


def test_a_persons_message_speaks_for_that_person(nlp):
    text = ("Soon, thousands of web users around the world were logging on to read Morquendi's first hand accounts. "
            "In one message, Morquendi wrote about a Sri Lankan woman who was running home with a friend when the wave hit. "
            "\"She was being swept away,\" Morquendi's message read. \"She grabbed a tree with one hand.\"")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "swept away").speaker_local_key) == "Morquendi"


def test_a_lead_academic_is_the_person_named_in_the_next_sentence(nlp):
    text = ("Nuclear strike 'key terror risk'\n\n"
            "The UK and US must realise they cannot prevent all terror attacks, says a top academic.\n\n"
            "Amitai Etzioni, a key influence on New Labour thinking, says the US emphasis on an \"Axis of Evil\" is misplaced.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "cannot prevent all terror").speaker_local_key) == "Amitai Etzioni"


def test_a_role_is_nobody_the_article_gives_another_office(nlp):
    # "the prime minister" is not the one who spoke last, whom the article calls "London mayor".
    text = ("Tony Blair has joined the row over the remarks. London mayor Ken Livingstone says he will not "
            "apologise. But the prime minister says it is time to say sorry.")
    _, quotes, names = quotes_of(nlp, text)
    assert names[find(quotes, "time to say sorry").speaker_local_key] == "Tony Blair"
    off = quotes_without(nlp, text, "other_office")
    assert find(off, "time to say sorry").speaker_local_key == "ken livingstone"


# A he/she resolved to a person its own quoted words name in the third person goes on with the last speaker.
def test_a_pronoun_is_not_the_person_its_own_words_talk_about(nlp):
    text = ("Manchester United manager Alex Ferguson said his side faced a hard task. \"They can play Kaka "
            "forward,\" Ferguson said. Ferguson's own talisman Ruud van Nistelrooy is fit again, but the Scot "
            "admitted he was unsure whether to start the Dutchman. \"Ruud is the best striker in Europe. What I "
            "have to judge is whether he will struggle,\" he said. \"His ability puts him in with a big shout but it is a "
            "major decision.\"")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "best striker").speaker_local_key) == "Alex Ferguson"
    assert names.get(find(quotes, "big shout").speaker_local_key) == "Alex Ferguson"  # the same "he" going on


def test_a_pronoun_whose_words_name_nobody_keeps_its_antecedent(nlp):
    text = ("Manchester United manager Alex Ferguson said his side faced a hard task. \"They can play Kaka "
            "forward,\" Ferguson said. Ruud van Nistelrooy is fit again. \"I feel great and I am ready to "
            "start,\" he said.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "ready to").speaker_local_key) == "Ruud van Nistelrooy"


# The last speaker is the one his words talk about: the he/she is the person before him.
def test_a_pronoun_whose_words_talk_to_the_last_speaker_is_the_person_before(nlp):
    text = ("Rovers manager David Whelan has criticised captain Olof Berglund for his remarks before the derby. "
            "Berglund spoke of his dislike of the rivals ahead of the match. \"I've had a quiet word with Olof "
            "about it,\" he told the club's website.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "quiet word").speaker_local_key) == "David Whelan"


# As speakers name themselves ("win with Trump") is no sign that somebody else talks.
def test_a_pronoun_whose_words_name_him_by_his_full_name_keeps_him(nlp):
    text = ("Senator Bernard Sands held a rally in Fresno on Tuesday. Hillary Clinton leads him by 300 delegates. "
            "\"They say Bernard Sands should drop out,\" he said.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "drop out").speaker_local_key) == "Bernard Sands"


# "He added" goes on with the speaker named last, not with the person the sentence before is about.
def test_he_added_goes_on_with_the_last_speaker(nlp):
    text = ("Drummer Larry Mullen echoed those sentiments at the launch. The band feel they have something to "
            "prove, according to Q magazine editor Paul Rees. \"This makes them hugely determined.\" He added: "
            "\"They are equally determined to stay relevant.\"")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "equally determined").speaker_local_key) == "Paul Rees"


# "Scotland's justice minister" and "the minister" are not "First Minister Jack Morrow" (RANK_QUALIFIERS).
def test_a_ranked_title_is_another_office(nlp):
    text = ("Scotland's justice minister has warned bigoted fans that she wants to hit them \"where it hurts\".\n\n"
            "Catherine Jameson said exclusion orders were being considered. She praised the clubs for their work. "
            "However, the minister said stopping abuse was a key objective. Last week Ms Jameson and First "
            "Minister Jack Morrow met supporters' groups.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "where it hurts").speaker_local_key) == "Catherine Jameson"
    assert names.get(find(quotes, "stopping abuse").speaker_local_key) == "Catherine Jameson"


# A described speaker none of the people's names or roles fits goes on with the last speaker when he "added".
def test_a_description_that_added_goes_on_with_the_last_speaker(nlp):
    text = ("Former Australia wing David Campbell said the coach had done a fine job. \"He is the only choice,\" "
            "Campbell said. England face Italy on 12 March. And the ex-Wallaby added: \"If England lost that, they'd "
            "be in turmoil.\"")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "in turmoil").speaker_local_key) == "David Campbell"


def test_the_writers_own_words_naming_the_speaker_keep_the_pronoun_on_her(nlp):
    text = ("The evening honoured Amandla Stenberg. Two standout moments came from Shonda Rhimes and Rihanna.\n\n"
            "In her speech, Rhimes declared the need for strong will, ambition and drive: \"Change the world and "
            "when you've done that, change it again,\" she said.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "Change the world").speaker_local_key) == "Shonda Rhimes"


def test_a_title_several_people_hold_is_a_role_not_an_unknown_name(nlp):
    text = ("DJ Sam Rivers says club music is far from finished.\n\n"
            "\"People keep telling me it is over,\" Rivers said.\n\n"
            "He said he had found the attention on his marriage hard, after his wife was seen with DJ Tom Hale.\n\n"
            "The DJ admitted, however, that his success had a cost.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "his success had a cost")
    assert q.speaker_text == "The DJ" and names.get(q.speaker_local_key) == "Sam Rivers"
    off = find(quotes_without(nlp, text, "shared_title"), "his success had a cost")
    assert off.speaker_local_key is None


def test_a_possessive_pronoun_speaker_resolves_as_its_personal_pronoun(nlp):
    text = 'John Smith spoke to reporters on Monday. "We lost the vote," his statement said.'
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "We lost").speaker_local_key) == "John Smith"
    assert find(quotes_without(nlp, text, "possessive"), "We lost").speaker_local_key is None
