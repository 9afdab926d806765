"""People gold derived from attribution data: the named persons among PolNeAR's sources.

PolNeAR marks who says what, not who is named, so this is a recall-only gold: every source span
that names a person ("Mr. Trump", "Bernie Sanders", "Sanders" where the text also gives "Bernie
Sanders") is a person the article names; people who never speak are missing, so precision against
it means nothing. It measures, on other news (US politics, 2016) than the tracker's, whether rules
drop real people. A source names a person when, titles and possessives cut off, it is one to four
capitalised words and either follows an honorific or office title, or opens with a given name
(gender-guesser), or is one word that the text gives elsewhere right after a given name.

    .venv/bin/python -m newsfold.eval.source_people ../shared/eval/polnear_train.jsonl --limit 300 --ablate
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path

from newsfold.eval.gold import read_gold
from newsfold.eval.people import match_names
from newsfold.eval.splits import SPLITS
from newsfold.extract.people.extractor import RULES, extract_people
from newsfold.extract.people.lexicon import HONORIFICS, NAME_PARTICLES, OFFICE_TITLES
from newsfold.extract.people.names import name_matches_gold, strip_possessive
from newsfold.extract.people.resources import is_known_first_name, load_resources
from spacy.lang.en.stop_words import STOP_WORDS

_TITLES = HONORIFICS | OFFICE_TITLES
_WORD = re.compile(r"[A-Z][\w'’\-]*\.?$")


def _given(word: str) -> bool:
    return word.lower() not in STOP_WORDS and is_known_first_name(word)


def person_in_source(source: str, text: str) -> str | None:
    """The person a source span names, as a name, or None (a pronoun, an outlet, a group)."""
    source = strip_possessive(re.sub(r"\s*\([^)]*\)", "", source)).strip(" ,")
    words = source.split()
    titled = False
    # "German Chancellor Angela Merkel", "Sen. Bernie Sanders": the name follows the last title
    cut = [k for k, w in enumerate(words) if w in _TITLES or w.rstrip(".") in _TITLES]
    if cut and cut[-1] < len(words) - 1:
        words, titled = words[cut[-1] + 1:], True
    if not 1 <= len(words) <= 4 or not all(_WORD.match(w) or w.lower() in NAME_PARTICLES for w in words):
        return None
    if any(w.lower() in STOP_WORDS for w in words) or len(words[-1]) < 2:
        return None  # "The New York Times", "I"
    name = " ".join(words)
    if titled or (len(words) > 1 and _given(words[0])):
        return name
    if len(words) == 1 and any(_given(m.group(1)) for m in re.finditer(
            rf"\b([A-Z][a-z]+)\s+{re.escape(words[0])}\b", text)):
        return name
    return None


def source_people(record: dict) -> list[str]:
    """The people among a PolNeAR record's sources, one name each (the fullest form seen)."""
    names: list[str] = []
    for attribution in record.get("attributions", ()):
        name = person_in_source(attribution.get("source") or "", record["text"])
        if name is None:
            continue
        same = next((k for k, n in enumerate(names) if name_matches_gold(name, n)), None)
        if same is None:
            names.append(name)
        elif len(name.split()) > len(names[same].split()):
            names[same] = name
    return names


def read_source_gold(path: Path | str, *, split: str = "all", limit: int | None = None) -> list[dict]:
    rows = read_gold(Path(path), limit, split)
    return [{"doc_id": r["doc_id"], "text": r["text"], "people": source_people(r)} for r in rows]


def recall_of(rows: Sequence[dict], docs: Sequence, *, disabled: frozenset[str] = frozenset()) -> dict:
    """Recall of the source people, and how many people the extractor names in all (for the size
    of a rule's effect on precision, which this gold cannot tell)."""
    found = missed = predicted = 0
    missing: list[tuple[str, list[str]]] = []
    for row, doc in zip(rows, docs):
        names = [p.name for p in extract_people(doc, disabled=disabled)[0]]
        pairs, _, misses = match_names(names, row["people"])
        found, missed, predicted = found + len(pairs), missed + len(misses), predicted + len(names)
        if misses:
            missing.append((row["doc_id"], misses))
    return {"found": found, "missed": missed, "predicted": predicted,
            "recall": found / (found + missed) if found + missed else 1.0, "missing": missing}


def main(argv: Sequence[str] | None = None) -> int:
    from newsfold.nlp.pipeline import load_pipeline, parse_texts
    from newsfold.settings import MODEL_NAME

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="PolNeAR JSON lines (doc_id, text, attributions)")
    parser.add_argument("--model", default=MODEL_NAME)
    parser.add_argument("--split", choices=SPLITS, default="all")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--ablate", action="store_true", help="also with each rule switched off")
    args = parser.parse_args(argv)
    rows = read_source_gold(args.gold, split=args.split, limit=args.limit)
    load_resources()
    docs = list(parse_texts(load_pipeline(args.model), [r["text"] for r in rows]))
    configs = [("all rules", frozenset())] + (
        [(f"without {rule}", frozenset({rule})) for rule in RULES] if args.ablate else [])
    reports = []
    for label, disabled in configs:
        report = recall_of(rows, docs, disabled=disabled)
        reports.append(report)
        print(f"{label:30} recall={report['recall']:.3f} (found={report['found']} "
              f"missed={report['missed']}) people named={report['predicted']}")
    if not args.ablate and args.split != "heldout":  # the set aside gives figures, never errors to fit
        for doc_id, misses in reports[0]["missing"]:  # the all-rules run above
            print(f"  {doc_id}: missed {misses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
