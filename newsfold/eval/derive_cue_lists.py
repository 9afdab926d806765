"""Derivation of the train-derived cue word lists of `newsfold.extract.quotes.lexicon`
(TRAIN_ATTITUDE_VERBS, TRAIN_NOUN_CUES) from PolNeAR train by a gold-cue rate: how often a lemma's
token lies in a gold cue span among the times it occurs. Print the derived lists and their
differences with the shipped ones with

    python -m newsfold.eval.derive_cue_lists ../shared/eval/polnear_train.jsonl

(parses cached by `newsfold.eval.train_attribution.load_docs`). The shipped lists leave out a few
derived words on purpose (documented next to each list in the lexicon): those are the differences.
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Callable, Iterable, Sequence

from newsfold.extract.quotes.lexicon import (
    NOUN_CUES,
    REPORT_VERBS,
    TRAIN_ATTITUDE_VERBS,
    TRAIN_EVIDENCE_NOUNS,
    TRAIN_NOUN_CUES,
    TRAIN_THOUGHT_NOUNS,
)

# Thresholds the lexicon comments state: a verb is a gold cue at least half the time, a noun with a
# clause or prepositional phrase at least 30% of the time, each seen 8 times or more.
VERB_MIN_RATE = 0.5
NOUN_MIN_RATE = 0.3
MIN_SEEN = 8

# The hand lists the derivation adds to (the shipped lists already hold the derived words).
HAND_REPORT_VERBS = REPORT_VERBS - TRAIN_ATTITUDE_VERBS
HAND_NOUN_CUES = NOUN_CUES - TRAIN_NOUN_CUES


def cue_mask(row: dict, length: int) -> bytearray:
    """1 at each character of the text inside a gold cue span of the record, else 0."""
    mask = bytearray(length)
    for attribution in row.get("attributions") or []:
        for start, end in attribution.get("cue_spans") or []:
            end = min(end, length)
            if end > start:
                mask[start:end] = b"\x01" * (end - start)
    return mask


def is_verb(token) -> bool:
    """Verb candidates: every token spaCy tags VERB."""
    return token.pos_ == "VERB"


def is_noun_with_content(token) -> bool:
    """Noun candidates: a NOUN with a prepositional phrase to its right or a clause (acl, ccomp)
    after it, the shapes a noun cue takes ("claims of fraud", "the belief that ...")."""
    if token.pos_ != "NOUN":
        return False
    if any(c.dep_ == "prep" for c in token.rights):
        return True
    return any(c.dep_ in ("acl", "ccomp") and c.i > token.i for c in token.children)


def count_cue_rates(
    rows: Iterable[dict], docs: Iterable, is_candidate: Callable
) -> tuple[Counter, Counter]:
    """(seen, cued) per lowercased lemma over the candidate tokens: how often it occurs and how
    often its first character lies in a gold cue span."""
    seen: Counter = Counter()
    cued: Counter = Counter()
    for row, doc in zip(rows, docs):
        mask = cue_mask(row, len(doc.text))
        for token in doc:
            if not is_candidate(token):
                continue
            lemma = token.lemma_.lower()
            seen[lemma] += 1
            cued[lemma] += mask[token.idx] == 1
    return seen, cued


def select(
    seen: Counter, cued: Counter, min_rate: float, min_seen: int = MIN_SEEN, exclude: Iterable[str] = ()
) -> list[str]:
    """Lemmas seen at least `min_seen` times whose cue rate is at least `min_rate` and that `exclude`
    does not hold, by rate then count (highest first)."""
    excluded = frozenset(exclude)
    kept = [
        lemma for lemma, n in seen.items()
        if n >= min_seen and lemma not in excluded and cued[lemma] / n >= min_rate
    ]
    return sorted(kept, key=lambda lemma: (-cued[lemma] / seen[lemma], -seen[lemma], lemma))


def derive_attitude_verbs(rows: Sequence[dict], docs: Sequence) -> tuple[list[str], Counter, Counter]:
    """Derived TRAIN_ATTITUDE_VERBS (before the documented exclusions) with the counts behind them."""
    seen, cued = count_cue_rates(rows, docs, is_verb)
    return select(seen, cued, VERB_MIN_RATE, MIN_SEEN, HAND_REPORT_VERBS), seen, cued


def derive_noun_cues(rows: Sequence[dict], docs: Sequence) -> tuple[list[str], Counter, Counter]:
    """Derived TRAIN_NOUN_CUES (before the documented exclusions) with the counts behind them."""
    seen, cued = count_cue_rates(rows, docs, is_noun_with_content)
    return select(seen, cued, NOUN_MIN_RATE, MIN_SEEN, HAND_NOUN_CUES), seen, cued


def differences(derived: Iterable[str], shipped: Iterable[str]) -> tuple[list[str], list[str]]:
    """(derived but not shipped, shipped but not derived), each sorted."""
    derived, shipped = set(derived), set(shipped)
    return sorted(derived - shipped), sorted(shipped - derived)


def report(name: str, derived: list[str], shipped: frozenset, seen: Counter, cued: Counter) -> list[str]:
    """Lines describing one derived list and its differences with the shipped one."""
    def row(lemma: str) -> str:
        n = seen[lemma]
        return f"{lemma} {cued[lemma]}/{n}" + (f" {cued[lemma] / n:.2f}" if n else "")

    extra, missing = differences(derived, shipped)
    return [
        f"{name}: {len(derived)} derived, {len(shipped)} shipped",
        "  derived: " + ", ".join(row(lemma) for lemma in derived),
        "  derived, not shipped (documented exclusions): " + (", ".join(row(x) for x in extra) or "-"),
        "  shipped, not derived: " + (", ".join(row(x) for x in missing) or "-"),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """python -m newsfold.eval.derive_cue_lists GOLD.jsonl [--split all] [--cache DIR]."""
    from newsfold.eval.train_attribution import DEFAULT_CACHE, load_docs

    ap = argparse.ArgumentParser(prog="python -m newsfold.eval.derive_cue_lists")
    ap.add_argument("gold", help="training gold (PolNeAR train)")
    ap.add_argument("--split", default="all", help="split of GOLD to count on (all for training data)")
    ap.add_argument("--cache", default=str(DEFAULT_CACHE), help="where parses are cached ('' for none)")
    args = ap.parse_args(argv)
    rows, docs = load_docs(args.gold, args.split, args.cache or None)
    verbs, vseen, vcued = derive_attitude_verbs(rows, docs)
    nouns, nseen, ncued = derive_noun_cues(rows, docs)
    print(f"{len(rows)} articles; verbs: rate >= {VERB_MIN_RATE}, nouns: rate >= {NOUN_MIN_RATE}, "
          f"seen >= {MIN_SEEN}")
    print("\n".join(report("TRAIN_ATTITUDE_VERBS", verbs, TRAIN_ATTITUDE_VERBS, vseen, vcued)))
    print("\n".join(report("TRAIN_NOUN_CUES", nouns, TRAIN_NOUN_CUES, nseen, ncued)))
    # The thought / evidence split of the nouns is by meaning, not by rate: check it stays a subset.
    stray = sorted((TRAIN_THOUGHT_NOUNS | TRAIN_EVIDENCE_NOUNS) - TRAIN_NOUN_CUES)
    print("TRAIN_THOUGHT_NOUNS / TRAIN_EVIDENCE_NOUNS outside TRAIN_NOUN_CUES: " + (", ".join(stray) or "-"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
