"""Training the learned attribution-cue scorer."""

from __future__ import annotations

from newsfold.eval.train_attribution import eligible_by_prior, train


def test_training_separates_a_clear_feature():
    # Every example with a source-like subject: eligible (train fits the verbs on eligible ones only)
    examples = [(["list=speech", "subj=source_like"], "say", 1)] * 20 + [(["dep=conj", "subj=source_like"], "eat", 0)] * 20 \
        + [(["list=speech", "subj=source_like"], "claim", 1)] * 5 + [(["dep=conj", "subj=source_like"], "walk", 0)] * 5
    s = train(examples)
    assert s.probability(["list=speech"], "unseen") > 0.5 > s.probability(["dep=conj"], "unseen")


def test_nouns_and_adjectives_fit_apart_and_only_lemmas_seen_as_cues():
    examples = [(["list=speech", "subj=source_like"], "say", 1)] * 20 + [(["dep=conj", "subj=source_like"], "eat", 0)] * 20 \
        + [(["noun:cand"], "n:claim", 1)] * 5 + [(["noun:cand"], "n:claim", 0)] * 5 \
        + [(["noun:cand"], "n:table", 0)] * 30
    s = train(examples)
    assert "n:claim" not in s.lemmas and s.nominal is not None
    assert set(s.nominal.lemmas) == {"n:claim"}  # never a cue: never scored, left out of the fit
    assert s.nominal_cues == frozenset({"n:claim"}) and "noun:cand" not in s.weights


def test_verbs_fit_on_eligible_candidates_and_lemmas_often_a_cue_whatever_the_subject():
    source = ["subj=source_like"]
    abstract = ["subj_pos=NOUN"]
    examples = [(source, "say", 1)] * 20 + [(source, "eat", 0)] * 20 \
        + [(abstract, "allow", 1)] * 4 + [(abstract, "allow", 0)] * 5 + [(abstract, "walk", 1)] * 2 \
        + [(abstract, "walk", 0)] * 20
    assert eligible_by_prior(examples, 3, 0.4) == frozenset({"say", "allow"})
    assert train(examples).lemmas.keys() == {"say", "eat"}  # the abstract subjects are not eligible
    s = train(examples, prior_eligible=(3, 0.4))
    assert s.eligible_lemmas == frozenset({"say", "allow"}) and s.lemmas["allow"] == (4, 9)
    assert "walk" not in s.lemmas


def test_one_to_one_matches_each_gold_and_prediction_once():
    from newsfold.eval.train_attribution import one_to_one, score_rows

    gold = [[(0, 100)], [(200, 260)]]
    # Two predictions cover the first gold: one matches, the other is a false positive; a
    # prediction covering under 30% of the second gold matches nothing.
    preds = [(0, 90), (10, 100), (200, 210)]
    pairs = one_to_one(gold, preds, 0.3)
    assert len(pairs) == 1 and pairs[0][0] == 0
    assert one_to_one(gold, [(0, 40), (200, 230)], 0.3) == [(0, 0), (1, 1)]
    assert one_to_one([], preds) == [] and one_to_one(gold, []) == []

    class Row:
        def __init__(self, s, e, act=None):
            self.start_char, self.end_char = s, e
            if act:
                self.act = act

    rec = {"attributions": [{"content_spans": [[0, 100]]}, {"content_spans": [[200, 260]]}]}
    s = score_rows([rec], [[Row(*p) for p in preds]])
    assert (s["tp"], s["pred"], s["gold"]) == (1, 3, 2)
    text = '"We will build it," she said. Then she left.'
    tracker = {"text": text, "quotes": [{"quote": text[0:19], "quote_span": [0, 19]}]}
    s = score_rows([tracker], [[Row(1, 17, "speech"), Row(0, 95, "thought")]], speech_only=True)
    assert (s["tp"], s["pred"], s["gold"]) == (1, 1, 1)
    # The tracker's gold is read as the eval reads it: its quote marks are not content.
    from newsfold.eval.train_attribution import gold_spans
    assert gold_spans(tracker) == [[(1, 18)]]
