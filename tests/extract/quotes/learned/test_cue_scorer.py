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
    assert set(model) == {"bias", "prior_weight", "base_rate", "alpha", "threshold", "weights", "lemmas"}
    # Lemma keys are single words with counts; no sentence of any article is stored.
    for lemma, (pos, n) in model["lemmas"].items():
        assert " " not in lemma and 0 <= pos <= n and n >= 2


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
