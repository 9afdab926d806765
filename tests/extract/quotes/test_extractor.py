"""Quotes and speakers: quote-mark pairing (pure), then extraction over real parses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfold.extract.people.extractor import extract_people
from newsfold.extract.quotes.extractor import extract_quotes, find_quote_spans
from newsfold.records import QUOTE_KINDS


_parsed: dict[str, tuple] = {}


def quotes_of(nlp, text):
    """(doc, quotes, local_key -> name), parsed once per text for the whole module."""
    if text not in _parsed:
        doc = nlp(text)
        people, mentions = extract_people(doc)
        _parsed[text] = (doc, extract_quotes(doc, people, mentions), {p.local_key: p.name for p in people})
    return _parsed[text]


def find(quotes, words):
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote containing {words!r} in {[q.text for q in quotes]}"
    return hits[0]


# --- quote marks -------------------------------------------------------------------------------

def spans_text(text):
    return [text[s.start:s.end] for s in find_quote_spans(text)]


def test_curly_straight_and_double_apostrophe_marks():
    assert spans_text("He said “we will” and ‘fine’.") == ["we will", "fine"]
    assert spans_text('He said "we will" today.') == ["we will"]
    assert spans_text("''This isn't reform,'' said Doug.") == ["This isn't reform,"]


def test_apostrophes_are_not_quote_marks():
    assert spans_text("Trump’s plan and the Russians’ demands in the ’90s") == []
    assert spans_text("It's Trump's 'fine one' now") == ["fine one"]


def test_multi_paragraph_quote_is_one_span_per_paragraph():
    text = "He said: “First paragraph goes on.\n“Second paragraph ends,” he said."
    spans = find_quote_spans(text)
    assert [text[s.start:s.end] for s in spans] == ["First paragraph goes on.", "Second paragraph ends,"]
    assert spans[0].continues and not spans[0].closed
    assert spans[1].continued and spans[1].closed


def test_unbalanced_mark_never_swallows_the_next_paragraph():
    text = 'He said "this never closes.\nThe next paragraph is plain prose with no quotes at all.'
    spans = find_quote_spans(text)
    assert all("\n" not in text[s.start:s.end] for s in spans)
    assert all(s.end <= text.index("\n") for s in spans)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n'\"“”‘’«»„:")), max_size=120))
def test_quote_spans_are_bounded_and_clean_on_any_text(text):
    for s in find_quote_spans(text):
        assert 0 <= s.start < s.end <= len(text)
        inner = text[s.start:s.end]
        assert "\n" not in inner
        assert inner == inner.strip()
        assert any(c.isalnum() for c in inner)


# --- extraction on seed sentences ---------------------------------------------------------------

def test_seed_000_quote_attributed_after_it(nlp, seed_texts):
    _, quotes, names = quotes_of(nlp, seed_texts["000_498a19145399fe13.txt"])
    q = find(quotes, "It is time to stop this ridiculous war")
    assert q.kind == "direct" and q.speaker_text == "he" and q.cue == "wrote"
    assert names[q.speaker_local_key] == "Donald Trump"
    healey = find(quotes, "there can be no negotiations on Ukraine without Ukraine")
    assert names[healey.speaker_local_key].endswith("Healey")
    # The fragment is a partial quote of its own (the reported clause around it is indirect).
    partial = next(q for q in quotes if q.text == "lengthy and highly productive")
    assert partial.kind == "partial" and names[partial.speaker_local_key] == "Donald Trump"


def test_seed_001_colon_quotes_and_speakers(nlp, seed_texts):
    _, quotes, names = quotes_of(nlp, seed_texts["001_832239db96256c0f.txt"])
    q = find(quotes, "It is time to stop this ridiculous war")
    assert q.cue == "declared" and names[q.speaker_local_key] == "Donald Trump"
    z = find(quotes, "Security guarantees without America")
    assert z.speaker_text == "He" and names[z.speaker_local_key].startswith("Volodymyr Zelensk")
    p = find(quotes, "Russia has never discussed and will not discuss")
    assert names[p.speaker_local_key] == "Dmitry Peskov"
    # A document speaks: the speaker is kept as written, with no person.
    s = find(quotes, "Our shared objectives should be")
    assert s.speaker_text == "the statement" and s.speaker_local_key is None


def test_role_phrase_resolves_to_person(nlp, seed_texts):
    _, quotes, names = quotes_of(nlp, seed_texts["003_323cb39ab508f637.txt"])
    q = find(quotes, "No one wants peace more than Ukraine")
    assert q.speaker_text == "The Ukrainian leader"
    assert names[q.speaker_local_key] == "Volodymyr Zelensky"


@pytest.mark.parametrize("name", ["000_498a19145399fe13.txt", "001_832239db96256c0f.txt", "002_dc1560fb2344031c.txt",
                                  "003_323cb39ab508f637.txt", "004_043d5409da9c981b.txt"])
def test_offsets_kinds_and_confidence_hold_on_every_seed(nlp, seed_texts, name):
    doc, quotes, names = quotes_of(nlp, seed_texts[name])
    body = doc.text
    assert quotes
    for q in quotes:
        assert body[q.start_char:q.end_char] == q.text
        assert q.text[:1] not in "“”\"" and q.text[-1:] not in "“”\""
        assert q.kind in QUOTE_KINDS
        assert 0.0 <= q.confidence <= 1.0
        if q.speaker_text is not None:
            assert body[q.speaker_start:q.speaker_end] == q.speaker_text
            assert "\n" not in q.speaker_text
        if q.speaker_local_key is not None:
            assert q.speaker_local_key in names


def test_split_quote_gives_two_pieces_with_one_speaker(nlp):
    _, quotes, _ = quotes_of(nlp, 'John Healey spoke in Brussels. "We are," he said, "and we will."')
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["We are,", "and we will."]
    assert {q.speaker_text for q in direct} == {"he"}
    assert len({q.speaker_local_key for q in direct}) == 1 and direct[0].speaker_local_key is not None


def test_quote_with_no_attribution_takes_previous_speaker(nlp):
    text = ('Dmitry Peskov said: "Russia will not discuss it." '
            '"Ukrainian units will be expelled from this territory."')
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "Ukrainian units will be expelled")
    assert names[q.speaker_local_key] == "Dmitry Peskov"
    assert q.confidence < find(quotes, "Russia will not discuss it").confidence


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


def test_scare_quotes_and_titles_are_not_quotes(nlp):
    text = ('The road to a "just peace" remains uncertain. '
            'She appeared on "Face the Nation" on Sunday.')
    _, quotes, _ = quotes_of(nlp, text)
    assert quotes == []


def test_odd_marks_never_crash_or_swallow_the_article(nlp):
    text = ('He said "this never closes and goes on.\n'
            'Peskov said the talks would start soon. ” Stray mark, and another " here.\n'
            '“Fine,” she said.')
    doc, quotes, _ = quotes_of(nlp, text)
    for q in quotes:
        assert "\n" not in q.text and doc.text[q.start_char:q.end_char] == q.text
    assert any(q.text == "Fine," for q in quotes)


def test_works_without_people(nlp):
    doc = nlp('"We will win," Healey said.')
    quotes = extract_quotes(doc, [], [])
    assert quotes[0].speaker_text == "Healey" and quotes[0].speaker_local_key is None


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([
    'Trump said', '"We will win,"', "he added.", "“It is over.", "”", "'", "''", "Peskov:", "According to",
    "the spokesman", "\n", "“", "said that the talks", "would start.", ",", "—", "Mr. Smith", "she asked"]),
    max_size=14))
def test_extraction_never_crashes_and_keeps_offsets(nlp, pieces):
    doc = nlp(" ".join(pieces))
    for q in extract_quotes(doc, [], []):
        assert doc.text[q.start_char:q.end_char] == q.text and q.text
        assert q.kind in QUOTE_KINDS and 0.0 <= q.confidence <= 1.0
        if q.speaker_start is not None:
            assert doc.text[q.speaker_start:q.speaker_end] == q.speaker_text


# --- attributions beyond speech verbs (PolNeAR-style annotation) ----------------------------------

def test_partial_quote_leaves_the_sentence_punctuation_outside(nlp):
    text = 'Healey said there can be no talks "without Ukraine," and left.'
    _, quotes, _ = quotes_of(nlp, text)
    q = next(q for q in quotes if q.kind == "partial")
    assert q.text == "without Ukraine"
    abbreviation = 'He praised "the U.S." in a speech.'
    _, quotes, _ = quotes_of(nlp, abbreviation)
    assert any(q.text == "the U.S." for q in quotes if q.kind == "partial") or not any(
        q.kind == "partial" for q in quotes)


def test_reported_clause_around_a_quoted_fragment_is_kept(nlp):
    text = 'Pelosi said his temperament is "dangerous for a president."'
    _, quotes, _ = quotes_of(nlp, text)
    kinds = {q.kind: q for q in quotes}
    assert kinds["partial"].text == "dangerous for a president"
    assert kinds["indirect"].text.startswith("his temperament is") and kinds["indirect"].speaker_text == "Pelosi"


def test_attitude_verbs_nouns_and_passives(nlp):
    text = ("Hillary Clinton wants to triple the size of the AmeriCorps program. "
            "The Dallas Morning News backed Clinton last week. "
            "Officials rejected Trump's claim that the election was rigged. "
            "Clinton has been endorsed by the Arizona Republic.")
    _, quotes, names = quotes_of(nlp, text)
    want = find(quotes, "to triple the size")
    assert want.kind == "indirect" and want.cue == "wants" and names[want.speaker_local_key] == "Hillary Clinton"
    backed = next(q for q in quotes if q.cue == "backed")
    assert backed.text.startswith("Clinton") and backed.speaker_text == "The Dallas Morning News"
    claim = next(q for q in quotes if q.cue == "claim")
    assert claim.text == "that the election was rigged" and claim.speaker_text == "Trump"
    passive = next(q for q in quotes if q.cue == "endorsed")
    assert passive.text == "Clinton" and passive.speaker_text == "the Arizona Republic"


def test_no_source_no_attitude(nlp):
    # An abstract subject is no source, a date is no object, the reader ("you") is nobody.
    text = "These provocations support the case for more troops. If you vote for her, you will regret it."
    _, quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if q.cue in ("support", "vote")]


def test_reported_content_stops_at_the_paragraph_end(nlp):
    text = "The Latest: Trump urges supporters to monitor polling places.\n\nWASHINGTON (AP) - More text here."
    _, quotes, _ = quotes_of(nlp, text)
    urges = next(q for q in quotes if q.cue == "urges")
    assert "\n" not in urges.text and urges.speaker_text == "Trump"


def test_closing_mark_typed_at_paragraph_start_opens_a_quote():
    text = "Comments from readers:\n”Fear. I am truly afraid of what comes next.” ― Edwin Monroy"
    assert spans_text(text) == ["Fear. I am truly afraid of what comes next."]


def test_pronoun_skips_a_person_of_the_other_gender(nlp):
    text = ("Mrs. Clinton met Mr. Kaine in Ohio on Monday. "
            "He said the campaign would win the state.")
    _, quotes, names = quotes_of(nlp, text)
    q = find(quotes, "the campaign would win")
    assert q.speaker_text == "He" and q.speaker_local_key is not None
    assert names[q.speaker_local_key].endswith("Kaine")


def test_headline_verb_read_as_a_noun(nlp):
    text = "Trump questions the fairness of moderators ahead of debate\n\nThe debate is on Monday."
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "the fairness of moderators")
    assert q.speaker_text == "Trump"


def test_who_subject_is_the_phrase_right_before_it(nlp):
    text = ("Former President George W. Bush attended with his wife, Laura, who spoke of "
            "her early discussions with the museum's director.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "her early discussions")
    assert q.speaker_text == "Laura"


def test_issuer_of_a_document_is_the_source(nlp):
    text = ("Donald Trump appeared on a television show on Thursday. He released a letter from his doctor "
            "that says he is in excellent health.")
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "he is in excellent health")
    assert q.speaker_text == "He"


def test_colon_introduction_before_a_quote_paragraph(nlp):
    text = ('Trump spoke about crime in Chicago.\n\nHe said:\n\n"We have a situation where our inner '
            'cities are living in hell because it is so dangerous."')
    _, quotes, _ = quotes_of(nlp, text)
    q = find(quotes, "We have a situation")
    assert q.speaker_text == "He" and q.cue == "said"


def test_no_attribution_without_a_communication_act(nlp):
    text = ("Russia continues to occupy about 20% of Ukraine's territory. "
            "Zelensky spoke with the U.S. president on Wednesday. "
            "Zelensky said that Ukraine would not accept the deal.")
    _, quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if q.cue in ("continues", "spoke")]
    assert find(quotes, "Ukraine would not accept").speaker_text == "Zelensky"


def test_confidence_ranks_named_direct_over_pronoun_and_broad_cues(nlp):
    text = ('"We will win this war," Zelensky said on Tuesday. "Nobody doubts it," he added. '
            "Zelensky backed the plan. Zelensky said that talks would start soon.")
    _, quotes, _ = quotes_of(nlp, text)
    named = find(quotes, "We will win this war")
    pronoun = find(quotes, "Nobody doubts it")
    said = find(quotes, "talks would start soon")
    backed = find(quotes, "the plan")
    assert named.confidence >= 0.9
    assert named.confidence > pronoun.confidence > backed.confidence
    assert said.confidence > backed.confidence


def test_what_a_source_talks_or_feels_about(nlp):
    # "about" phrases of a source's words or feelings are attributed; a film's subject is not.
    text = ("The minister was coy about the timing of the election. "
            "She has no illusions about the scale of the task. "
            "The film is a movie about the American coal industry.")
    _, quotes, _ = quotes_of(nlp, text)
    coy = find(quotes, "the timing of the election")
    assert coy.kind == "indirect" and coy.speaker_text == "The minister" and coy.cue == "coy about"
    assert find(quotes, "the scale of the task").speaker_text == "She"
    assert not [q for q in quotes if "coal industry" in q.text]


def test_names_and_time_clauses_are_not_content(nlp):
    # "known as X" names something; "said before he died" says when, not what.
    text = ("Experts linked the breach to a hacking group known as Fancy Bear. "
            "The senator said before he died in 2009. "
            "Critics viewed the plan as favourable to corporations.")
    _, quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if q.text in ("Fancy Bear", "before he died in 2009")]
    assert not [q for q in quotes if q.text.startswith("before he died")]


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


def test_talk_nobody_holds_and_added_things(nlp):
    text = ("Shares rose amid speculation that the firm is to receive a takeover bid. "
            "The organisers added Flying Daggers to the list of films on the night.")
    _, quotes, _ = quotes_of(nlp, text)
    spec = find(quotes, "the firm is to receive a takeover bid")
    assert spec.kind == "indirect" and spec.speaker_text is None and spec.cue == "speculation"
    assert not [q for q in quotes if q.cue == "added"]


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


def test_no_comment_amounts_and_time_are_no_content(nlp):
    text = ("Norfolk Southern declined comment. He declined to identify the company. "
            "USX took a charge of 1.03 billion dlrs. "
            "The offer was announced shortly after the board meeting was scheduled to begin.")
    _, quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if q.cue in ("declined", "charge", "announced")]


def test_evidence_speaks_whatever_it_is(nlp):
    text = "Polling averages show Clinton with a lead in the low single digits."
    _, quotes, _ = quotes_of(nlp, text)
    show = next(q for q in quotes if q.cue == "show")
    assert show.text.startswith("Clinton with a lead") and show.speaker_text == "Polling averages"


def test_as_someone_put_it(nlp):
    text = ("The network is often accused of bias. As Ms. Simonyan put it in a statement in July, "
            "RT is \"providing a perspective you won't get from the mainstream press.\"")
    _, quotes, _ = quotes_of(nlp, text)
    assert find(quotes, "providing a perspective").speaker_text == "Ms. Simonyan"
