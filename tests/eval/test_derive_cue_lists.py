"""Derivation of the train-derived cue word lists: counting, thresholds, exclusion of hand lists."""

from __future__ import annotations

from collections import Counter

from newsfold.eval.derive_cue_lists import (
    MIN_SEEN,
    NOUN_MIN_RATE,
    VERB_MIN_RATE,
    count_cue_rates,
    cue_mask,
    derive_attitude_verbs,
    derive_noun_cues,
    differences,
    is_noun_with_content,
    is_verb,
    select,
)


def gold(text: str, cue_word: str | None) -> dict:
    """A gold record whose one attribution has `cue_word` (its first occurrence) as cue."""
    if cue_word is None:
        return {"text": text, "attributions": []}
    start = text.index(cue_word)
    return {"text": text, "attributions": [{"cue_spans": [[start, start + len(cue_word)]]}]}


def corpus(nlp, items: list[tuple[str, str | None]]) -> tuple[list[dict], list]:
    rows = [gold(text, cue) for text, cue in items]
    return rows, list(nlp.pipe([r["text"] for r in rows]))


def test_cue_mask_marks_cue_characters_only():
    mask = cue_mask(gold("Jones argued that taxes rose.", "argued"), 28)
    assert mask[6:12] == b"\x01" * 6 and mask[5] == 0 and mask[12] == 0
    assert cue_mask({"attributions": [{"cue_spans": [[3, 99]]}]}, 5) == bytearray(b"\x00\x00\x00\x01\x01")


def test_counts_verbs_and_nouns_with_a_phrase_or_clause(nlp):
    rows, docs = corpus(nlp, [
        ("Jones celebrated the win.", "celebrated"),
        ("Jones celebrated the win again.", None),
        ("The chant of the fans grew louder.", "chant"),
        ("The chant grew louder.", "chant"),  # no phrase or clause: not a candidate
        ("Their claim that taxes rose was false.", None),
    ])
    seen, cued = count_cue_rates(rows, docs, is_verb)
    assert (seen["celebrate"], cued["celebrate"]) == (2, 1)
    assert seen["chant"] == 0
    seen, cued = count_cue_rates(rows, docs, is_noun_with_content)
    assert (seen["chant"], cued["chant"]) == (1, 1)
    assert (seen["claim"], cued["claim"]) == (1, 0)
    assert seen["win"] == 0 and seen["fan"] == 0


def test_select_keeps_rate_and_count_at_their_thresholds():
    seen = Counter({"at": MIN_SEEN, "below_rate": MIN_SEEN, "rare": MIN_SEEN - 1, "hand": 20, "top": 10})
    at_rate = round(VERB_MIN_RATE * MIN_SEEN)
    cued = Counter({"at": at_rate, "below_rate": at_rate - 1, "rare": MIN_SEEN - 1, "hand": 20, "top": 10})
    assert select(seen, cued, VERB_MIN_RATE) == ["hand", "top", "at"]
    assert select(seen, cued, VERB_MIN_RATE, exclude={"hand"}) == ["top", "at"]
    assert select(seen, cued, 0.0, min_seen=MIN_SEEN - 1, exclude={"hand"}) == ["top", "rare", "at", "below_rate"]


def test_derivation_applies_thresholds_and_leaves_out_hand_list_words(nlp):
    n = MIN_SEEN
    half = int(VERB_MIN_RATE * n)
    items = [("Jones celebrated the win.", "celebrated" if i < half else None) for i in range(n)]
    items += [("Jones painted the fence.", "painted" if i < half - 1 else None) for i in range(n)]
    # "argue" is a cue every time but a hand-listed report verb; "claim" a hand-listed cue noun.
    items += [("Jones argued that taxes rose.", "argued")] * n
    items += [("Their claim that taxes rose was false.", "claim")] * n
    noun_cued = -(-int(NOUN_MIN_RATE * 100) * n // 100)  # the fewest cued of n at the noun rate
    chants = [("The chant of the fans grew louder.", "chant" if i < noun_cued else None) for i in range(n)]
    rows, docs = corpus(nlp, items + chants)
    verbs, seen, cued = derive_attitude_verbs(rows, docs)
    assert verbs == ["celebrate"]
    assert (seen["paint"], cued["paint"]) == (n, half - 1) and cued["argue"] == n
    nouns, seen, cued = derive_noun_cues(rows, docs)
    assert nouns == ["chant"] and (seen["chant"], cued["chant"]) == (n, noun_cued)
    assert cued["claim"] == n  # a gold cue every time, but hand-listed
    # One cue fewer is under the rate; one occurrence fewer under the count.
    chants[noun_cued - 1] = (chants[noun_cued - 1][0], None)
    rows, docs = corpus(nlp, chants)
    assert derive_noun_cues(rows, docs)[0] == []
    rows, docs = corpus(nlp, [("The chant of the fans grew louder.", "chant")] * (n - 1))
    assert derive_noun_cues(rows, docs)[0] == []


def test_differences_lists_both_sides():
    assert differences(["a", "b", "c"], frozenset({"b", "d"})) == (["a", "c"], ["d"])
