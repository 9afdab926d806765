"""What an unmarked attribution keeps of its content, and cues that are no communication act."""

from __future__ import annotations

from newsfold.extract.quotes.attributions.content import cut_content
from newsfold.extract.quotes.quote_marks import find_quote_spans
from tests.extract.quotes.helpers import find, quotes_of, quotes_without


def test_reported_clause_around_a_quoted_fragment_is_kept(nlp):
    text = 'Pelosi said his temperament is "dangerous for a president."'
    _, quotes, _ = quotes_of(nlp, text)
    # One row per attribution: the quoted fragment is part of the reported clause's row.
    assert len(quotes) == 1
    q = quotes[0]
    assert q.kind == "indirect" and q.speaker_text == "Pelosi" and q.act == "speech"
    assert q.text == 'his temperament is "dangerous for a president."'


def test_reported_content_stops_at_the_paragraph_end(nlp):
    text = "The Latest: Trump urges supporters to monitor polling places.\n\nWASHINGTON (AP) - More text here."
    _, quotes, _ = quotes_of(nlp, text)
    urges = next(q for q in quotes if q.cue == "urges")
    assert "\n" not in urges.text and urges.speaker_text == "Trump"


def test_no_attribution_without_a_communication_act(nlp):
    text = ("Russia continues to occupy about 20% of Ukraine's territory. "
            "Zelensky spoke with the U.S. president on Wednesday. "
            "Zelensky said that Ukraine would not accept the deal.")
    _, quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if q.cue in ("continues", "spoke")]
    assert find(quotes, "Ukraine would not accept").speaker_text == "Zelensky"


def test_names_and_time_clauses_are_not_content(nlp):
    # "known as X" names something; "said before he died" says when, not what.
    text = ("Experts linked the breach to a hacking group known as Fancy Bear. "
            "The senator said before he died in 2009. "
            "Critics viewed the plan as favourable to corporations.")
    _, quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if q.text in ("Fancy Bear", "before he died in 2009")]
    assert not [q for q in quotes if q.text.startswith("before he died")]


def test_lead_cue_keeps_its_own_paragraph_and_addressees_are_not_content(nlp):
    text = ("Lib Dems demand new inquiry\n\n"
            "A judge should look into the controversy as key questions remain unanswered, the Lib Dems say.\n\n"
            "Tony Blair has dismissed reports he told Gordon Brown he would quit. "
            "Mr Brown forecast that inflation would fall to 1.75% next year.")
    _, quotes, _ = quotes_of(nlp, text)
    say = next(q for q in quotes if q.cue == "say")
    assert say.text.startswith("A judge should") and say.speaker_text == "the Lib Dems"
    assert not [q for q in quotes if q.text == "Gordon Brown"]
    assert find(quotes, "inflation would fall").speaker_text == "Mr Brown"


def test_no_comment_is_no_speech_and_amounts_and_time_are_no_content(nlp):
    # PolNeAR annotates "declined to comment" as an attribution: a row, but nobody's words.
    text = ("A spokesman for the company declined to comment. "
            "USX took a charge of 1.03 billion dlrs. "
            "The offer was announced shortly after the board meeting was scheduled to begin.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "to comment").act != "speech"
    assert not [q for q in quotes if q.cue in ("charge", "announced")]


def test_a_second_report_after_a_comma_is_its_own_row(nlp):
    # PolNeAR annotates "applauding ..." and "which he describes as ..." apart from the first report.
    text = ("Clinton called the agreement a historic step forward in global efforts, applauding America's "
            "leadership in the process. He touted his victories in various states, particularly in Florida, "
            "which he describes as his second home.")
    _, quotes, _ = quotes_of(nlp, text)
    called = find(quotes, "historic step")
    assert called.text == "the agreement a historic step forward in global efforts"
    applauding = find(quotes, "America's leadership")
    assert applauding.cue == "applauding" and applauding.speaker_text == "Clinton"
    assert find(quotes, "his victories").text == "his victories in various states, particularly in Florida"


def test_a_verb_conjoined_in_the_cues_tense_is_the_sources_next_act(nlp):
    # The parser hangs "vowed" / "questioned" on the reported clause's verb; PolNeAR annotates them apart.
    text = ("He said that he would offer a prayer for the nominee but did not suggest it would be Trump. "
            "Chris Brownell said he makes $41,000 a year and questioned how he would be helped by the plan.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "a prayer").text == "that he would offer a prayer for the nominee"
    assert find(quotes, "41,000").text == "he makes $41,000 a year"
    # A speech verb in the cue's tense is the source's next act even when the clause is in it too.
    text2 = "He announced that he was undergoing therapy and vowed to focus on being a better father."
    _, quotes2, _ = quotes_of(nlp, text2)
    assert find(quotes2, "undergoing therapy").text == "that he was undergoing therapy"
    assert disabled_quotes(nlp, text, "conj_cut") != [q.text for q in quotes]


def test_a_second_report_after_a_quoted_fragments_comma_is_its_own_row(nlp):
    # American style puts the comma inside the closing mark: '"... this race," adding that ...'.
    text = ('Cruz said that there is "only one strong conservative in a position to win this race," adding '
            'that it is why Donald Trump attacks him every day.')
    _, quotes, _ = quotes_of(nlp, text)
    said = find(quotes, "only one strong")
    assert "adding" not in said.text
    assert "attacks him" not in said.text
    assert find(quotes, "attacks him").cue == "adding"
    assert "adding" in " ".join(disabled_quotes(nlp, text, "sibling_cut"))


def disabled_quotes(nlp, text, rule):
    return [q.text for q in quotes_without(nlp, text, rule)]


def test_a_clause_ending_inside_a_quoted_fragment_takes_the_whole_fragment():
    text = 'He said the plan was "a total disaster for everyone involved" and left.'
    marked = find_quote_spans(text)
    start = text.index("the plan")
    # The parse ended the clause inside the marks: it runs on to the closing mark.
    s, e = cut_content(text, marked, start, text.index("disaster"))
    assert text[s:e] == 'the plan was "a total disaster for everyone involved"'


def test_a_clause_running_into_a_whole_sentence_quote_stops_before_it():
    text = 'Moscow dismissed the idea, with Peskov stating, "Russia has never agreed to this. We will not."'
    marked = find_quote_spans(text)
    start = text.index("the idea")
    s, e = cut_content(text, marked, start, text.index("never"))
    assert text[s:e] == "the idea, with Peskov stating"


def test_content_stops_before_an_according_to_phrase_that_closes_it(nlp):
    # "according to X" reports the whole clause, its cue included: a content running on into the
    # phrase crosses that row and the two cut each other into halves of one attribution.
    text = ("White male union members favored Mr. Obama in 2008 by nearly 20 percentage points, "
            "according to polling by the union.")
    _, quotes, _ = quotes_of(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].text == "White male union members favored Mr. Obama in 2008 by nearly 20 percentage points"
    assert quotes[0].cue == "according to"
    assert [q.text for q in quotes] != disabled_quotes(nlp, text, "according_tail")
