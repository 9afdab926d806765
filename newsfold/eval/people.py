"""Evaluate person extraction against a gold set of the people each article mentions.

Gold: JSON lines `{"doc_id": str, "text": str, "people": [name, ...]}`, or the Gender Gap
Tracker's own layout (`_id`, `body`, `peopleFemale` + `peopleMale` + `peopleUnknown`; JSON lines or a
folder of `<id>.json` files with the texts inside or in `<id>.txt` beside them). A predicted person
(ArticlePerson.name) matches a gold name when the surnames agree and, when both give one, the
first names agree (accents, case and transliteration folded). Matching is one-to-one per article;
scores are micro-averaged over all articles.

    .venv/bin/python -m newsfold.eval.people gold/people_seeds_gold.jsonl --ablate
    .venv/bin/python -m newsfold.eval.people ../shared/eval/ggt_dev.jsonl --split tune --ablate
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from newsfold.eval.intervals import INTERVAL_LEVEL, bootstrap_interval, f1_from
from newsfold.eval.scores import f1
from newsfold.eval.gold import read_gold
from newsfold.eval.splits import SPLITS, select
from newsfold.nlp.pipeline import parse_texts
from newsfold.extract.people.extractor import RULES, extract_people
from newsfold.extract.people.names import fold_tokens, name_matches_gold
from newsfold.extract.people.resources import load_resources


# The tracker's own layout (its human annotations): people split by gender, the article's id as
# `_id` or `id`, its text as `text` or `body`; one JSON object a file, or JSON lines.
TRACKER_PEOPLE_KEYS = ("peopleFemale", "peopleMale", "peopleUnknown")
TEXT_KEYS = ("text", "body")
ID_KEYS = ("doc_id", "id", "_id")


def normalise_gold_record(record: dict) -> dict:
    """A gold record in newsfold's layout (`doc_id`, `text`, `people`) from newsfold's own layout or
    the tracker's (`_id`, `body`, `peopleFemale` + `peopleMale` + `peopleUnknown`)."""
    doc_id = next((str(record[k]) for k in ID_KEYS if record.get(k)), None)
    text = next((record[k] for k in TEXT_KEYS if isinstance(record.get(k), str)), None)
    if doc_id is None or text is None:
        raise ValueError("people gold record needs an id (doc_id, id or _id) and a text (text or body)")
    people = record.get("people")
    if isinstance(people, dict):  # {"female": [...], "male": [...], "unknown": [...]}
        people = [n for names in people.values() for n in names]
    if people is None:
        if not any(k in record for k in TRACKER_PEOPLE_KEYS):
            raise ValueError(f"people gold record {doc_id} has no people list")
        people = [n for k in TRACKER_PEOPLE_KEYS for n in record.get(k) or ()]
    people = list(dict.fromkeys(n.strip() for n in people if n and n.strip()))
    return {**record, "doc_id": doc_id, "text": text, "people": people}


def _read_tracker_dir(folder: Path) -> list[dict]:
    """The tracker's annotation folder: one `<id>.json` a file; a text missing from the JSON is
    read from `<id>.txt` beside it or in a sibling folder."""
    records = []
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        record.setdefault("doc_id", record.get("_id") or record.get("id") or path.stem)
        if not any(isinstance(record.get(k), str) for k in TEXT_KEYS):
            candidates = [path.with_suffix(".txt")] + [
                sibling / f"{path.stem}.txt" for sibling in folder.parent.iterdir() if sibling.is_dir()]
            found = next((c for c in candidates if c.is_file()), None)
            if found is None:
                raise ValueError(f"no text for tracker annotation {path.name}")
            record["text"] = found.read_text(encoding="utf-8")
        records.append(record)
    return records


def read_people_gold(gold_path: Path | str, *, split: str = "all", limit: int | None = None) -> list[dict]:
    """People gold in either layout (JSON lines, or a folder of the tracker's JSON files), one split."""
    gold_path = Path(gold_path)
    records = _read_tracker_dir(gold_path) if gold_path.is_dir() else read_gold(gold_path)
    rows = [normalise_gold_record(r) for r in records]  # ids normalised before the split is drawn
    rows = select(rows, split) if split != "all" else rows
    return rows if limit is None else rows[:limit]


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
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1(precision, recall)}


def score_predictions(gold_rows: Iterable[dict], predicted: dict[str, list[str]]) -> dict:
    """Micro scores plus per-document errors, from predicted names per doc_id."""
    tp = fp = fn = 0
    docs = []
    per_doc = []
    for row in gold_rows:
        pairs, false_pos, false_neg = match_names(predicted.get(row["doc_id"], []), row["people"])
        tp, fp, fn = tp + len(pairs), fp + len(false_pos), fn + len(false_neg)
        docs.append({"doc_id": row["doc_id"], "false_positives": false_pos, "false_negatives": false_neg})
        per_doc.append((len(pairs), len(pairs) + len(false_pos), len(pairs) + len(false_neg)))
    return {**_scores(tp, fp, fn), "f1_interval": bootstrap_interval(per_doc, f1_from), "documents": docs}


def evaluate_people(gold_path: Path, nlp, *, disabled: frozenset[str] = frozenset(),
                    predict: Callable | None = None, split: str = "all",
                    limit: int | None = None) -> dict:
    """Run extraction over the gold texts (of one split) and score the set of people per article.

    `disabled` switches off extraction rules (ablation); `predict(doc) -> [names]` replaces
    the extractor (baselines).
    """
    rows = read_people_gold(gold_path, split=split, limit=limit)
    load_resources()  # so that the timing below is per article, not per process
    started = time.perf_counter()
    docs = list(parse_texts(nlp, [row["text"] for row in rows]))
    parsed = time.perf_counter()
    report = score_docs(rows, docs, disabled=disabled, predict=predict, parse_seconds=parsed - started)
    report["split"] = split
    return report


def score_docs(rows: Sequence[dict], docs: Sequence, *, disabled: frozenset[str] = frozenset(),
               predict: Callable | None = None, parse_seconds: float = 0.0) -> dict:
    """Score extraction (or `predict`) over already parsed gold documents."""
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
        "parse_seconds": parse_seconds,
        "extract_seconds": finished - parsed,
        "extract_ms_per_doc": 1000 * (finished - parsed) / max(len(rows), 1),
    })
    return report


def baseline_surname_merge(doc) -> list[str]:
    """spaCy PERSON entities merged by their last token: the naive baseline."""
    names = (ent.text.removesuffix("'s").removesuffix("’s").strip() for ent in doc.ents
             if ent.label_ == "PERSON")
    return _fullest_by_surname(n for n in names if n)


def _fullest_by_surname(names: Iterable[str]) -> list[str]:
    """One name per last word: the one with the most words (the first of equals), in first-seen order."""
    by_surname: dict[str, str] = {}
    for name in names:
        last = name.split()[-1]
        if len(name.split()) > len(by_surname.get(last, "").split()):
            by_surname[last] = name
    return list(by_surname.values())


def baseline_two_rules(doc) -> list[str]:
    """spaCy PERSON entities with two rules: photo credits and bylines dropped, and a lone token
    kept only when a fuller name in the article ends with it (the issue's plain baseline)."""
    from newsfold.extract.people.layout import is_credit
    from newsfold.extract.people.names import strip_possessive

    text = doc.text
    names = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not is_credit(text, ent.start_char, ent.end_char, ("credits",)):
            name = " ".join(strip_possessive(ent.text).split())
            if name and name not in names:
                names.append(name)
    full = [n for n in names if len(n.split()) > 1]
    kept = full + [n for n in names if len(n.split()) == 1 and any(f.split()[-1] == n for f in full)]
    return _fullest_by_surname(kept)


def ablate(gold_path: Path, nlp, *, split: str = "all", limit: int | None = None) -> dict[str, dict]:
    """F1 with every rule on, with each rule off in turn, and of the baselines; one parse."""
    rows = read_people_gold(gold_path, split=split, limit=limit)
    load_resources()
    docs = list(parse_texts(nlp, [row["text"] for row in rows]))
    results = {"all rules": score_docs(rows, docs)}
    for rule in RULES:
        results[f"without {rule}"] = score_docs(rows, docs, disabled=frozenset({rule}))
    results["baseline: spaCy PERSON merged by surname"] = score_docs(
        rows, docs, predict=baseline_surname_merge)
    results["baseline: spaCy PERSON + credits + lone needs full"] = score_docs(
        rows, docs, predict=baseline_two_rules)
    return results


def format_people_report(report: dict) -> str:
    lines = [
        f"people: P={report['precision']:.3f} R={report['recall']:.3f} F1={report['f1']:.3f} "
        f"(tp={report['tp']} fp={report['fp']} fn={report['fn']}, {report.get('n_documents', '?')} docs)",
    ]
    if report.get("f1_interval"):
        low, high = report["f1_interval"]
        lines.append(f"{INTERVAL_LEVEL:.0%} interval over documents (bootstrap): F1 {low:.3f}-{high:.3f}")
    if "extract_ms_per_doc" in report:
        lines.append(f"extraction: {report['extract_ms_per_doc']:.1f} ms/doc after parsing "
                     f"(parse {report['parse_seconds']:.2f}s total)")
    # The set-aside part is for figures only: its errors are never printed, so no rule is fit to them.
    documents = [] if report.get("split") == "heldout" else report.get("documents", [])
    for doc in documents:
        if doc["false_positives"] or doc["false_negatives"]:
            lines.append(f"  {doc['doc_id']}: fp={doc['false_positives']} fn={doc['false_negatives']}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    from newsfold.nlp.pipeline import load_pipeline
    from newsfold.settings import MODEL_NAME

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="JSON lines, or a folder of the tracker's JSON files")
    parser.add_argument("--model", default=MODEL_NAME)
    parser.add_argument("--split", choices=SPLITS, default="all",
                        help="all of the gold, the part for tuning, or the heldout part set aside")
    parser.add_argument("--limit", type=int, default=None, help="only the first N gold documents")
    parser.add_argument("--ablate", action="store_true", help="also score with each rule switched off")
    parser.add_argument("--quiet", action="store_true", help="figures only, no per-document errors")
    args = parser.parse_args(argv)
    nlp = load_pipeline(args.model)
    if args.ablate:
        for label, report in ablate(args.gold, nlp, split=args.split, limit=args.limit).items():
            print(f"{label:45} P={report['precision']:.3f} R={report['recall']:.3f} "
                  f"F1={report['f1']:.3f} (tp={report['tp']} fp={report['fp']} fn={report['fn']})")
        return 0
    report = evaluate_people(args.gold, nlp, split=args.split, limit=args.limit)
    if args.quiet:
        report = {k: v for k, v in report.items() if k != "documents"}
    print(format_people_report(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
