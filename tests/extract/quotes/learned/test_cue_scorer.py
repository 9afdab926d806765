"""The learned attribution-cue scorer: the shipped model, the scorer, and its place in extraction."""

from __future__ import annotations

import json

from newsfold.extract.people.extractor import extract_people
from newsfold.extract.quotes.extractor import extract_quotes
from newsfold.extract.quotes.learned import cue_scorer as AM

SIGNED = "The governor signed a bill that raises the minimum wage to fifteen dollars."


def test_shipped_model_is_derived_statistics_only():
    with open(AM.MODEL_PATH, encoding="utf-8") as f:
        model = json.load(f)
    assert 0 < model["threshold"] < 1
    keys = {"bias", "prior_weight", "base_rate", "alpha", "threshold", "weights", "lemmas"}
    assert keys <= set(model) <= keys | {"nominal", "eligible_lemmas"}
    # Lemma keys are single words with counts; no sentence of any article is stored.
    for part in (model, model.get("nominal", {"lemmas": {}})):
        for lemma, (pos, n) in part["lemmas"].items():
            assert " " not in lemma and 0 <= pos <= n and n >= 2
    if "nominal" in model:
        assert set(model["nominal"]) == keys and all(":" in k for k in model["nominal"]["lemmas"])
    assert all(" " not in lemma for lemma in model.get("eligible_lemmas", ()))


def test_lemma_prior_smooths_towards_the_base_rate():
    s = AM.Scorer({}, 0.0, 1.0, {"say": (9, 10), "eat": (0, 10)}, 0.2, 5.0, 0.5)
    assert s.probability([], "say") > s.probability([], "unseen") > s.probability([], "eat")
    assert abs(s.probability([], "unseen") - 0.2) < 1e-9  # unseen lemmas fall back to the base rate


def test_learned_attribution_added_and_switchable(nlp):
    doc = nlp(SIGNED)
    people, mentions = extract_people(doc)
    off = frozenset({"learned"})
    assert not [q for q in extract_quotes(doc, people, mentions, disabled=off) if q.cue == "signed"]
    found = [q for q in extract_quotes(doc, people, mentions) if q.cue == "signed"]
    assert found and found[0].kind == "indirect" and found[0].speaker_text == "The governor"
    assert doc.text[found[0].start_char:found[0].end_char] == found[0].text
    assert found[0].text.startswith("a bill")


def test_no_model_means_rules_only(nlp, tmp_path, monkeypatch):
    doc = nlp(SIGNED)
    people, mentions = extract_people(doc)
    monkeypatch.setattr(AM, "load_scorer", lambda: None)
    assert not [q for q in extract_quotes(doc, people, mentions) if q.cue == "signed"]


WARY = "Many Republicans are wary of the trade deal."


def test_nominal_model_scores_nouns_and_adjectives_apart():
    nominal = AM.Scorer({"adj:cand": 3.0}, 0.0, 1.0, {"a:wary": (5, 6), "a:tired": (0, 4)}, 0.1, 5.0, 0.5)
    s = AM.Scorer({}, 0.0, 1.0, {"say": (9, 10)}, 0.2, 5.0, 0.5, nominal)
    assert s.model_for("a:wary") is nominal and s.model_for("say") is s
    # Only lemmas seen as a cue are worth scoring; the JSON round trip keeps the nominal model.
    assert s.nominal_cues == frozenset({"a:wary"})
    back = AM.Scorer.from_json(json.loads(json.dumps(s.to_json())))
    assert back.nominal is not None and back.nominal.lemmas == nominal.lemmas
    assert AM.Scorer.from_json(json.loads(json.dumps(AM.Scorer({}, 0.0, 1.0, {}, 0.2, 5.0, 0.5).to_json()))).nominal is None


def test_learned_adjective_attribution(nlp, monkeypatch):
    doc = nlp(WARY)
    people, mentions = extract_people(doc)
    off = frozenset({"copular"})  # the hand rule for "wary of" off: the learned site alone
    nominal = AM.Scorer({"adj:cand": 3.0}, 0.0, 1.0, {"a:wary": (5, 6)}, 0.1, 5.0, 0.5)
    verbs = AM.Scorer({}, -10.0, 1.0, {}, 0.2, 5.0, 0.5)
    monkeypatch.setattr(AM, "scorer_override", verbs)
    assert not [q for q in extract_quotes(doc, people, mentions, disabled=off) if q.cue == "wary"]
    verbs.nominal = nominal
    found = [q for q in extract_quotes(doc, people, mentions, disabled=off) if q.cue == "wary"]
    assert found and found[0].text == "the trade deal" and found[0].speaker_text == "Republicans"
    assert found[0].act == "thought"


def test_learned_noun_attribution_is_a_view_held(nlp, monkeypatch):
    doc = nlp("Her repeated message about Sanders grew sharper in the last week.")
    people, mentions = extract_people(doc)
    nominal = AM.Scorer({"noun:cand": 3.0}, 0.0, 1.0, {"n:message": (5, 6)}, 0.1, 5.0, 0.5)
    monkeypatch.setattr(AM, "scorer_override", AM.Scorer({}, -10.0, 1.0, {}, 0.2, 5.0, 0.5, nominal))
    found = [q for q in extract_quotes(doc, people, mentions) if q.cue == "message"]
    # A cue noun no list holds, with no clause: no speech (the tracker counts none)
    assert found and found[0].text == "Sanders" and found[0].act == "thought"


def test_a_question_noun_with_its_topic_through_a_preposition_is_no_speech(nlp, monkeypatch):
    doc = nlp("That leaves open the question of whether charges could be laid against the officers.")
    people, mentions = extract_people(doc)
    nominal = AM.Scorer({"noun:cand": 3.0}, 0.0, 1.0, {"n:question": (5, 6)}, 0.1, 5.0, 0.5)
    monkeypatch.setattr(AM, "scorer_override", AM.Scorer({}, -10.0, 1.0, {}, 0.2, 5.0, 0.5, nominal))
    found = [q for q in extract_quotes(doc, people, mentions) if q.cue == "question"]
    # "the question of whether ...": a topic, no words (the tracker counts no speech)
    assert found and found[0].text.startswith("whether charges") and found[0].act == "intention"


def test_the_reader_addressed_or_a_quote_in_the_content_is_not_eligible_for_any_part_of_speech():
    assert AM.eligible(["noun:src=poss"], "n:claim")
    assert not AM.eligible(["noun:src=poss", "noun:subj=you"], "n:claim")
    assert not AM.eligible(["adj:quote_in_content"], "a:wary")
    assert not AM.eligible(["subj=you", "subj=source_like"], "warn")
    assert AM.eligible(["subj=source_like"], "warn")


def test_a_lemma_often_a_cue_in_training_is_eligible_whatever_its_subject():
    abstract = ["subj_pos=NOUN"]  # "The move could allow ...": no source-like subject
    assert not AM.eligible(abstract, "allow")
    assert AM.eligible(abstract, "allow", frozenset({"allow"}))
    assert not AM.eligible(abstract + ["subj=you"], "allow", frozenset({"allow"}))  # never usable
    s = AM.Scorer({}, 0.0, 1.0, {"allow": (5, 8)}, 0.2, 5.0, 0.5, eligible_lemmas=frozenset({"allow"}))
    assert AM.Scorer.from_json(json.loads(json.dumps(s.to_json()))).eligible_lemmas == frozenset({"allow"})


def _verb_candidate(nlp, text, verb):
    from newsfold.extract.quotes import find_quote_spans
    from newsfold.extract.quotes.article import ParsedArticle
    from newsfold.extract.quotes.quote_marks import covered_chars

    art = ParsedArticle(nlp(text))
    marked = find_quote_spans(art.text)
    inside = covered_chars(marked, len(art.text))
    return next((c for c in AM.candidates(art, inside, bytearray(len(art.text)), marked) if c.token.text == verb), None)


def test_content_after_at_in_on_unless_a_time_or_place(nlp):
    c = _verb_candidate(nlp, "Local politicians also fired back at the mayor's comments about the police.", "fired")
    assert c is not None and "content=prep_at" in c.features
    assert c.token.doc.text[c.start:c.end].startswith("the mayor's comments")
    # "in Ohio", "on Tuesday": a place and a date, no content
    assert _verb_candidate(nlp, "The senator campaigned in Ohio on Tuesday.", "campaigned") is None


def test_a_short_object_is_offered_marked_as_short(nlp):
    c = _verb_candidate(nlp, "Mr. Christie savaged Rubio.", "savaged")
    assert c is not None and "short_content" in c.features and c.token.doc.text[c.start:c.end] == "Rubio"
    c = _verb_candidate(nlp, "The governor signed a bill that raises the minimum wage.", "signed")
    assert c is not None and "short_content" not in c.features
