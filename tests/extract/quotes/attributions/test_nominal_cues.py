"""Attributions cued by no verb: what a source talks or feels about."""

from __future__ import annotations

from tests.extract.quotes.helpers import find, quotes_of, quotes_without


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


def test_nouns_learned_from_train_are_cues_with_their_act(nlp):
    # "endorsement" and "opinion" are cues of PolNeAR train (TRAIN_NOUN_CUES): attitudes, not speech.
    text = ("Obama's endorsement of Hillary Clinton came late in the race. "
            "The senator's opinion that the deal was a mistake did not change.")
    _, quotes, _ = quotes_of(nlp, text)
    endorsement = find(quotes, "Hillary Clinton")
    assert endorsement.cue == "endorsement" and endorsement.speaker_text == "Obama" and endorsement.act == "thought"
    opinion = find(quotes, "the deal was a mistake")
    assert opinion.speaker_text == "The senator" and opinion.act == "thought"


def test_noun_in_a_phrase_or_before_is_takes_the_clause_and_the_verbs_subject(nlp):
    # "in the hope that ..." is the hope of the subject of the verb it hangs on; "Their fear is that
    # ..." holds its content in the copula's clause.
    text = "She posted the video in the hope that he would share it. Their fear is that the moment will come too late."
    _, quotes, _ = quotes_of(nlp, text)
    hope = find(quotes, "he would share it")
    assert hope.cue == "hope" and hope.speaker_text == "She"
    fear = find(quotes, "the moment will come too late")
    assert fear.cue == "fear" and fear.speaker_text == "Their"


def test_an_attitude_adjective_with_an_infinitive_reports_it(nlp):
    # "X is eager/willing to ...": the infinitive is the source's disposition (PolNeAR annotates it),
    # a thought, so the tracker never counts it as speech.
    text = ("The governor is eager to settle the dispute with the unions before the summer. "
            "Several senators were willing to support a compromise on the budget.")
    _, quotes, _ = quotes_of(nlp, text)
    eager = find(quotes, "to settle the dispute")
    assert eager.cue == "eager" and eager.speaker_text == "The governor" and eager.act == "thought"
    willing = find(quotes, "to support a compromise")
    assert willing.cue == "willing" and willing.speaker_text == "Several senators"
    # (the learned scorer, which is offered adjectives too, off as well: the rule alone is tested)
    off = quotes_without(nlp, text, "copular_xcomp", "learned")
    assert not [q for q in off if q.cue in ("eager", "willing")]
