"""Training the learned attribution-cue scorer."""

from __future__ import annotations

from newsfold.eval.train_attribution import train


def test_training_separates_a_clear_feature():
    examples = [(["list=speech"], "say", 1)] * 20 + [(["dep=conj"], "eat", 0)] * 20 \
        + [(["list=speech"], "claim", 1)] * 5 + [(["dep=conj"], "walk", 0)] * 5
    s = train(examples)
    assert s.probability(["list=speech"], "unseen") > 0.5 > s.probability(["dep=conj"], "unseen")
