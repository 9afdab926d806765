"""Cue and speaker of marked quotes, and the speaker a quote with no attribution of its own takes."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of


def test_quote_with_no_attribution_takes_previous_speaker(nlp):
    text = ('Dmitry Peskov said: "Russia will not discuss it." '
            '"Ukrainian units will be expelled from this territory."')
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "Ukrainian units will be expelled")
    assert names[q.speaker_local_key] == "Dmitry Peskov"
    assert q.confidence < find(quotes, "Russia will not discuss it").confidence


def test_colon_introduction_before_a_quote_paragraph(nlp):
    text = ('Trump spoke about crime in Chicago.\n\nHe said:\n\n"We have a situation where our inner '
            'cities are living in hell because it is so dangerous."')
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "We have a situation")
    assert q.speaker_text == "He" and q.cue == "said"


def test_fragment_without_speech_verb_is_its_sentence_subjects(nlp):
    # No speech verb around the fragment: the person the sentence is about, not the earlier speaker.
    text = ('"We will win," the architect said on Monday. '
            'In recent weeks, Reid has gone after Trump as a "human leech who will bleed the country."')
    _, quotes, _ = quotes_of(nlp, text)
    leech = find(quotes, "human leech")
    assert leech.kind == "partial" and leech.speaker_text == "Reid"


def test_quote_after_reported_speech_takes_its_speaker(nlp):
    # The reported sentence right before the quote is closer than the earlier quote's speaker.
    text = ('"We have made progress," said Ms Hewitt. '
            'Robert Tapsfield criticised the existing system. '
            '"There is just no logic to a system which values children so differently."')
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "no logic").speaker_text == "Robert Tapsfield"


def test_quote_right_after_a_sentence_about_a_named_person_is_theirs(nlp):
    text = ("Christopher House revived the piece. “I always felt it deserved to be longer,” says House. "
            "Durning did not need much coaxing. “I’m thankful for the invitation and this chance to explore "
            "its possibilities.”")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "thankful for the invitation")
    assert q.speaker_text == "Durning"


def test_reported_intro_takes_the_clause_closest_to_the_quote(nlp):
    text = ("But the Greens posted their worst showing in Nanaimo since 1996 and Mr. Wilkinson predicted that "
            "result could lead to an earlier election.\n\n\"The collapse in the Green Party vote means there is a "
            "lot of stress in that coalition right now.\"")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "The collapse in the Green Party").speaker_text == "Mr. Wilkinson"


def test_colon_introduction_the_parser_hung_on_the_quote(nlp):
    text = ("Martell, the addictions doctor on Nova Scotia's South Shore, is more blunt: \"With this prescription "
            "monitor doing this new monitoring, I think they're going to uncover things that are kind of horrifying.\"")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "uncover things").speaker_text != "I"


def test_a_sentence_that_only_says_who_spoke_attributes_the_quote_before(nlp):
    text = ("Markets fell on Monday. Industrial companies have warned about slowing sales.\n\n"
            "\"Does he really need that easy deal, or can he let his team push back harder?\" Michael Every, "
            "a senior strategist for Rabobank, said in a commentary.\n\n"
            "\"Prices will rise.\" Analysts said the outlook was poor.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "easy deal")
    assert q.speaker_text == "Michael Every" and q.cue == "said"
    # A sentence with words of its own is its own attribution, not the quote's.
    assert find(quotes, "Prices will rise").speaker_text != "Analysts"


def test_a_sentence_turning_to_somebody_else_does_not_attribute_the_quote_before(nlp):
    text = ("Pressed on incapacity benefits, Alan Milburn said the system must \"provide the right incentives\". "
            "\"No-one is talking about driving people into work but one million people want the chance to work\". "
            "However, backbench Labour MP Karen Buck warned against the changes.")
    _, quotes, names = quotes_of(nlp, text)
    assert names.get(find(quotes, "No-one is talking").speaker_local_key) == "Alan Milburn"


def test_a_multi_paragraph_quote_never_takes_the_speaker_of_a_quote_after_it(nlp):
    # The quote ends in its second paragraph; the nickname quoted after it is in somebody else's sentence.
    text = ('Michael Howard said: "I don\'t think it did me any lasting damage. "There might have been '
            'some occasions when we left early.\n\n"I\'m just being honest. I think truancy is a very bad thing." '
            'Another player - Jimmy "the Whirlwind" White - has previously admitted missing lessons.')
    _, quotes, names = quotes_of(nlp, text)
    for words in ("There might have been", "I'm just being honest"):
        q = find(quotes, words)
        assert q.speaker_local_key is not None and names[q.speaker_local_key] == "Michael Howard", (words, q)


def test_inverted_cue_after_double_apostrophe_marks(nlp):
    text = ("Paul Manafort spoke to party officials on Thursday. ''Is Donald Trump running against the Republican "
            "National Committee?'' asked Mr. Manafort, referring to the candidate's assault.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "Is Donald Trump running")
    assert q.speaker_text == "Mr. Manafort" and q.cue == "asked"


def test_a_one_word_label_is_the_speakers_from_its_object_on(nlp):
    # A single quoted word is dropped as a scare quote, unless the speaker gives it as a label.
    text = ('For that she drew the ire of Donald Trump. He called her "weak" in a post. '
            'Later, Trump referred to the judge as "Spanish," which angered many.')
    _, quotes, _ = quotes_of(nlp, text)
    weak = find(quotes, "weak")
    assert weak.text.startswith('her "weak"') and weak.speaker_text == "He"
    spanish = find(quotes, "Spanish")
    assert spanish.text.startswith("the judge as") and spanish.speaker_text == "Trump"


def test_a_naming_participle_or_passive_gives_no_label_row(nlp):
    text = ('She joined a group called "Allies" last year. The plan was called "reckless" by critics. '
            'He has called for more "flexibility" in the talks.')
    _, quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if q.kind == "partial"]


def test_a_one_word_verdict_declared_of_the_object_is_the_speakers(nlp):
    # "declared himself "delighted"": the speaker's verdict on the object, not a scare quote.
    text = ('Robert Jackson joined Labour on Monday. Prime Minister Tony Blair declared himself "delighted", '
            'saying Mr Jackson would be welcomed.')
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "delighted")
    assert q.text.startswith('himself "delighted') and names[q.speaker_local_key] == "Tony Blair"


def test_a_sentence_of_what_is_yet_to_be_said_does_not_attribute_the_quote_before(nlp):
    text = ("\"I am very happy to see you all,\" said Diack. \"We are the leading Federation in this field.\" "
            "The two task forces will report back to the IAAF Council, at its April meeting in Qatar.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "leading Federation")
    assert q.speaker_text != "The two task forces"
    assert names.get(q.speaker_local_key) == "Diack"
