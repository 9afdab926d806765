"""Training the learned attribution-cue scorer."""

from __future__ import annotations

from newsfold.eval.train_attribution import train


def test_training_separates_a_clear_feature():
    examples = [(["list=speech"], "say", 1)] * 20 + [(["dep=conj"], "eat", 0)] * 20 \
        + [(["list=speech"], "claim", 1)] * 5 + [(["dep=conj"], "walk", 0)] * 5
    s = train(examples)
    assert s.probability(["list=speech"], "unseen") > 0.5 > s.probability(["dep=conj"], "unseen")


def test_nouns_and_adjectives_fit_apart_and_only_lemmas_seen_as_cues():
    examples = [(["list=speech"], "say", 1)] * 20 + [(["dep=conj"], "eat", 0)] * 20 \
        + [(["noun:cand"], "n:claim", 1)] * 5 + [(["noun:cand"], "n:claim", 0)] * 5 \
        + [(["noun:cand"], "n:table", 0)] * 30
    s = train(examples)
    assert "n:claim" not in s.lemmas and s.nominal is not None
    assert set(s.nominal.lemmas) == {"n:claim"}  # never a cue: never scored, left out of the fit
    assert s.nominal_cues == frozenset({"n:claim"}) and "noun:cand" not in s.weights


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
