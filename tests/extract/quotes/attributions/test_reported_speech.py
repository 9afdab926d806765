"""Reported speech without quote marks, led by a verb."""

from __future__ import annotations

from newsfold.extract.quotes.article import ParsedArticle
from newsfold.extract.quotes.attributions.reported_speech import indirect_candidates
from tests.extract.quotes.helpers import find, quotes_of


def test_indirect_speech_and_according_to(nlp):
    text = ("Volodymyr Zelensky said that Ukraine would not accept any deal made without it. "
            "Pete Hegseth warned the allies to prepare for a long war in Europe. "
            "According to Dmitry Peskov, the call lasted nearly an hour and a half.")
    _, quotes, names = quotes_of(nlp, text)
    z = find(quotes, "Ukraine would not accept any deal")
    assert z.kind == "indirect" and z.cue == "said" and names[z.speaker_local_key] == "Volodymyr Zelensky"
    h = find(quotes, "to prepare for a long war")
    assert h.kind == "indirect" and h.cue == "warned" and names[h.speaker_local_key] == "Pete Hegseth"
    p = find(quotes, "the call lasted nearly an hour")
    assert p.cue == "according to" and names[p.speaker_local_key] == "Dmitry Peskov"


def test_parenthetical_cue_splits_the_reported_clause(nlp):
    _, quotes, _ = quotes_of(nlp, "The museum, Mr. Bush said, celebrated several of his heroes.")
    pieces = [q for q in quotes if q.kind == "indirect"]
    assert [q.text for q in pieces] == ["The museum", "celebrated several of his heroes"] or \
        [q.text for q in pieces] == ["celebrated several of his heroes"]
    assert all(q.speaker_text == "Mr. Bush" for q in pieces)


def test_a_parenthetical_cue_that_also_takes_an_object_reports_its_host(nlp):
    # "note", "add", "argue" are object cues too ("noted the rule"); with no object of their own
    # between commas they report the host clause like "said".
    doc = nlp("Time, Mr. Pence noted, was on their side in the long fight over the budget.")
    found = [doc.text[s:e] for s, e, a in indirect_candidates(ParsedArticle(doc)) if a.cue == "noted"]
    assert found == ["was on their side in the long fight over the budget"]
    off = [a for _, _, a in indirect_candidates(ParsedArticle(doc, frozenset({"parenthetical"}))) if a.cue == "noted"]
    assert off == []


def test_an_as_clause_closed_by_a_comma_in_mid_sentence_reports_what_follows(nlp):
    doc = nlp("Given that, as The Times reported on Saturday, he has already emerged as an influential adviser.")
    found = [doc.text[s:e] for s, e, a in indirect_candidates(ParsedArticle(doc)) if a.cue == "reported"]
    assert found == ["he has already emerged as an influential adviser"]
    off = [a for _, _, a in indirect_candidates(ParsedArticle(doc, frozenset({"as_reported_mid"}))) if a.cue == "reported"]
    assert off == []


def test_a_side_of_a_parenthetical_cue_without_a_verb_is_no_content(nlp):
    doc = nlp("Over the years, Smith says, the town has changed beyond recognition.")
    found = [doc.text[s:e] for s, e, a in indirect_candidates(ParsedArticle(doc)) if a.cue == "says"]
    assert found == ["the town has changed beyond recognition"]


def test_any_subject_holds_an_attitude_but_not_the_reader(nlp):
    # A group noun is a source as PolNeAR annotates ("Independents favored ..."); the reader ("you") is nobody.
    text = "Independents strongly favored Mr. Sanders over Mrs. Clinton. If you vote for her, you will regret it."
    _, quotes, _ = quotes_of(nlp, text)
    favored = next(q for q in quotes if q.cue and "favored" in q.cue)
    assert favored.speaker_text == "Independents" and favored.text.startswith("Mr. Sanders")
    assert not [q for q in quotes if q.cue == "vote"]


def test_two_reports_in_one_sentence_stay_apart(nlp):
    text = "The Tories say Labour is acting too late while the Lib Dems say the plans may not work."
    _, quotes, _ = quotes_of(nlp, text)
    tories = next(q for q in quotes if q.speaker_text == "The Tories")
    assert tories.text == "Labour is acting too late"
    assert find(quotes, "the plans may not work").speaker_text == "the Lib Dems"


def test_expected_and_tipped_with_no_source(nlp):
    text = ("The costs of the trial, expected to last five months, are high. "
            "Borrowing is tipped to fall to £31bn by 2006.")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "to last five months").speaker_text is None
    assert find(quotes, "to fall to £31bn").cue == "tipped"


def test_an_expectation_a_named_source_reports_is_its_speech(nlp):
    text = "Sales are expected to fall in 2005, Fiat said this week, as it exits unprofitable areas."
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "Sales are expected to fall")
    assert (q.cue, q.speaker_text, q.act) == ("said", "Fiat", "speech")


def test_a_clause_hung_on_the_hearer_is_what_was_told(nlp):
    text = ("Amstutz told reporters following a senate hearing that if the soybean loan rate were 4.56 dlrs, "
            "USDA could then consider ways to make U.S. soybeans more competitive. "
            "She told the story the family had heard many times.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "USDA could then consider")
    assert q.text.startswith("that if the soybean") and q.act == "speech"
    assert all(not q.text.startswith("the family") for q in quotes)


def test_appear_reports_its_subject_and_complement_with_no_source(nlp):
    # "appear" is in no report list; as a raising verb it still reports, but not "appeared on television".
    text = "Many Republican voters appear to be moving behind Trump. The band appeared on television."
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "to be moving behind Trump")
    assert q.cue == "appear" and q.speaker_text is None and q.text.startswith("Many Republican voters")
    assert not [q for q in quotes if "television" in q.text]


def test_evidence_speaks_whatever_it_is(nlp):
    text = "Polling averages show Clinton with a lead in the low single digits."
    _, quotes, _ = quotes_of(nlp, text)
    show = next(q for q in quotes if q.cue == "show")
    assert show.text.startswith("Clinton with a lead") and show.speaker_text == "Polling averages"


def test_as_someone_reported_reports_the_host_clause(nlp):
    text = ("The party made a deal. As POLITICO revealed, the RNC agreed to allow Trump to use the party's "
            "voter file in late November.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "the RNC agreed")
    assert q.speaker_text == "POLITICO" and q.text.startswith("the RNC")



def test_a_poll_in_a_phrase_is_the_source_of_its_clause(nlp):
    # "In the latest poll, X" reports X as the poll's finding; "In the morning" is no source.
    text = ("In the most recent Fox poll, Kasich was at 25 percent support. "
            "In the morning, Kasich was at the rally in Ohio.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "Kasich was at 25 percent support")
    assert q.speaker_text == "the most recent Fox poll" and q.act == "evidence"
    assert not [q for q in quotes if "rally" in q.text]


def test_cognition_verbs_with_an_object(nlp):
    # "projected a deficit", "learned of the plan": object cues derived from PolNeAR train.
    text = "The budget office projected a deficit of $500 billion for the coming year. She learned of the plan from her staff."
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "a deficit of $500 billion").speaker_text == "The budget office"
    assert find(quotes, "the plan").cue == "learned"


def test_attitude_verbs_derived_from_train(nlp):
    # "railed against", "preferred": cues of PolNeAR train no hand list held (TRAIN_ATTITUDE_VERBS).
    text = "Sanders railed against the big banks on Monday. Most voters preferred a candidate with experience."
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "the big banks").speaker_text == "Sanders"
    assert find(quotes, "a candidate with experience").speaker_text == "Most voters"


def test_an_answer_in_place_of_a_clause_is_what_was_said(nlp):
    # Polls: "75 percent said yes", "49 percent say the same of Trump" (PolNeAR annotates the answer).
    doc = nlp("In the poll, 75 percent of Democrats said yes, and only 49 percent of Republicans say the same of Trump.")
    said = {a.cue: doc.text[s:e] for s, e, a in indirect_candidates(ParsedArticle(doc)) if a.cue in ("said", "say")}
    assert said == {"said": "yes", "say": "the same of Trump"}
    off = ParsedArticle(doc, frozenset({"said_answer"}))
    assert not [a for _, _, a in indirect_candidates(off) if a.cue in ("said", "say")]
