"""Score `extract_numbers` against a NewsQuant-style gold file (one sentence per JSONL line).

Each line: {"id", "text", "quantities": [{"value", "unit", "normalized_unit", "change",
"referred_concepts"}]}. Every sentence goes through the pipeline as a one-line article; each
predicted NumberMention is read back as (value, value_max, unit).

Matching rule (documented here because the scores depend on it):

* Scope. Ordinals (kind "ordinal") are left out of the predictions: NewsQuant does not annotate
  them ("the 22nd amendment" has no gold quantity). Everything else we emit counts.
* Value. Gold values are strings: "4.5", "-1.3", "2.998E-08", or ranges "10000.0-100000.0",
  "3.0 - 4.0". A gold single value matches a prediction without value_max (or with value_max ==
  value) when the numbers agree within 0.1% (relative; it was 1e-5 before issue #14, which defines
  the match at 0.1%). A gold range matches a predicted range when both ends match, in either order
  (the gold writes "from 75 to 45.88" as "75.0-45.88"; we store low..high).
* Unit. A prediction's unit matches when it is the gold `unit` or `normalized_unit`, or the same unit
  in another spelling. Spellings are brought to one key by: a synonym table of news spellings
  ("%", "per cent", "percentage" -> percent; "PS" -> GBP; "year-old" -> year), pycountry's ISO 4217
  names ("swedish krona" -> SEK), plurals (suffix rules and irregular plurals: "children" ->
  "child"), and pint for physical units (a symbol, its name and their plurals are one unit: "km",
  "kilometres", "kilometer"; "C", "celsius", "degree_Celsius"; "kW", "kilowatt"). Currency: gold
  "dollar" / "$" is the generic dollar and matches any dollar ISO code (USD, AUD, CAD, HKD, SGD,
  NZD, TWD), while a named dollar ("canadian dollar") needs its own code. Rates ("$ per gram") match
  part by part. Counted nouns (our unit for counts is the noun's lemma, e.g. "country") match when
  they are one of the words of the gold unit or normalised unit, singular ("European countries" /
  "european country"). A prediction with no unit matches a gold quantity whose surface unit is "-"
  (the text writes no unit, as in "rose 8% to 3.65").
* Pairing. Within a sentence each gold quantity is paired with at most one prediction, greedily
  (gold order, first free prediction that matches). Value F1 pairs on value alone; value+unit F1
  pairs, separately, on value and unit. Precision = matched / predictions, recall = matched / gold,
  micro-averaged over all sentences.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass
from pathlib import Path

from newsfold.eval.gold import read_gold
from newsfold.nlp.pipeline import parse_texts
from newsfold.extract.numbers import extract_numbers
from newsfold.eval.number_units import units_match
from newsfold.eval.scores import f1

REL_TOL = 1e-3  # "the value agrees (0.1%)"

def parse_gold_value(value: str) -> tuple[float, float | None]:
    """"4.5" -> (4.5, None); "10000.0-100000.0" or "3.0 - 4.0" -> (low, high) as written."""
    text = str(value).strip()
    try:
        return float(text), None
    except ValueError:
        pass
    m = re.fullmatch(r"(-?[\d.]+(?:[eE][-+]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][-+]?\d+)?)", text)
    if not m:
        raise ValueError(f"unreadable gold value {value!r}")
    return float(m.group(1)), float(m.group(2))


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-8)


def values_match(pred_value: float, pred_max: float | None, gold_value: str) -> bool:
    try:
        gold_low, gold_high = parse_gold_value(gold_value)
    except ValueError:
        return False  # an unreadable gold value counts as a gold quantity nobody can match
    if pred_max is not None and _close(pred_max, pred_value):
        pred_max = None
    if gold_high is None:
        return pred_max is None and _close(pred_value, gold_low)
    if pred_max is None:
        return False
    return ((_close(pred_value, gold_low) and _close(pred_max, gold_high))
            or (_close(pred_value, gold_high) and _close(pred_max, gold_low)))


def pair_quantities(golds: list[dict], preds: list, with_unit: bool) -> list[tuple[int, int]]:
    """(gold index, prediction index) pairs, greedily in gold order; on value, or on value and unit."""
    free = list(range(len(preds)))
    pairs = []
    for gi, gold in enumerate(golds):
        for pi in free:
            pred = preds[pi]
            if not values_match(pred.value, pred.value_max, gold["value"]):
                continue
            if with_unit and not units_match(pred.unit, gold):
                continue
            pairs.append((gi, pi))
            free.remove(pi)
            break
    return pairs


def _scores(matched: int, n_pred: int, n_gold: int) -> dict:
    precision = matched / n_pred if n_pred else 0.0
    recall = matched / n_gold if n_gold else 0.0
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall), "matched": matched}




def _wrap(text: str, width: int = 60) -> str:
    """The sentence hard-wrapped at `width` columns, as plain-text wire copy is."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join(lines + [line])


# Copies of the gold text that must read as well as the text itself: the gold quantities stay.
TRANSFORMS = {
    "cased": lambda text: text,
    "lower": str.lower,
    "upper": str.upper,
    "wrapped": _wrap,
}


@dataclass(frozen=True)
class Prediction:
    """One predicted quantity as the scorer reads it (a NumberMention, or a peer's output)."""

    text: str
    value: float
    value_max: float | None
    unit: str | None
    kind: str = "other"


def predict_newsfold(nlp, texts: list[str]) -> tuple[list[list[Prediction]], dict]:
    """newsfold's quantities for each text (ordinals left out: the gold has none), and timing."""
    started = time.perf_counter()
    docs = list(parse_texts(nlp, texts, batch_size=64))
    nlp_seconds = time.perf_counter() - started
    started = time.perf_counter()
    mentions = [[m for m in extract_numbers(doc) if m.kind != "ordinal"] for doc in docs]
    extract_seconds = time.perf_counter() - started
    predictions = [[Prediction(m.text, m.value, m.value_max, m.unit, m.kind) for m in ms] for ms in mentions]
    n_mentions = sum(len(p) for p in predictions)
    timing = {
        "nlp_seconds": nlp_seconds,
        "extract_seconds": extract_seconds,
        "numbers_per_second": n_mentions / extract_seconds if extract_seconds else 0.0,
        "sentences_per_second_extract": len(texts) / extract_seconds if extract_seconds else 0.0,
    }
    return predictions, timing


def score_predictions(records: list[dict], predictions: list[list]) -> dict:
    """Value and value+unit precision, recall and F1 of `predictions` (one list per record), with errors."""
    n_gold = n_pred = value_matched = unit_matched = 0
    errors = []
    for record, preds in zip(records, predictions):
        golds = record.get("quantities", [])
        n_gold += len(golds)
        n_pred += len(preds)
        value_pairs = pair_quantities(golds, preds, with_unit=False)
        unit_pairs = pair_quantities(golds, preds, with_unit=True)
        value_matched += len(value_pairs)
        unit_matched += len(unit_pairs)
        paired_gold = {g for g, _ in value_pairs}
        paired_pred = {p for _, p in value_pairs}
        unit_gold = {g for g, _ in unit_pairs}
        sentence_errors = []
        for gi, gold in enumerate(golds):
            if gi not in paired_gold:
                sentence_errors.append({"type": "missed", "gold_value": gold["value"], "gold_unit": gold["unit"],
                                        "gold_normalized_unit": gold["normalized_unit"]})
            elif gi not in unit_gold:
                pred = preds[dict(value_pairs)[gi]]
                sentence_errors.append({"type": "wrong_unit", "gold_value": gold["value"], "gold_unit": gold["unit"],
                                        "gold_normalized_unit": gold["normalized_unit"], "pred_text": pred.text,
                                        "pred_unit": pred.unit})
        for pi, pred in enumerate(preds):
            if pi not in paired_pred:
                sentence_errors.append({"type": "spurious", "pred_text": pred.text, "pred_value": pred.value,
                                        "pred_value_max": pred.value_max, "pred_unit": pred.unit,
                                        "pred_kind": pred.kind})
        if sentence_errors:
            errors.append({"id": record.get("id"), "text": record["text"], "errors": sentence_errors})
    return {
        "sentences": len(records),
        "gold_quantities": n_gold,
        "predicted_quantities": n_pred,
        "value": _scores(value_matched, n_pred, n_gold),
        "value_unit": _scores(unit_matched, n_pred, n_gold),
        "errors": errors,
    }


def gold_texts(records: list[dict], transform: str = "cased") -> list[str]:
    """The texts of the gold records, as written or as one of the TRANSFORMS copies."""
    return [TRANSFORMS[transform](r["text"]) for r in records]


def evaluate_numbers(gold_path: Path, nlp, limit: int | None = None, split: str = "all",
                     transform: str = "cased") -> dict:
    """Value F1 and value+unit F1 of extract_numbers on a NewsQuant-style JSONL file (one split of
    it: newsfold.eval.splits; the text as written or a TRANSFORMS copy), with errors."""
    records = read_gold(Path(gold_path), limit, split)
    predictions, timing = predict_newsfold(nlp, gold_texts(records, transform))
    report = score_predictions(records, predictions)
    report["gold_path"] = str(gold_path)
    report["timing"] = timing
    return report


def format_number_report(report: dict, max_errors: int = 60) -> str:
    """Human summary: value F1, value+unit F1, speed, and the first errors."""
    v, vu, t = report["value"], report["value_unit"], report.get("timing")
    lines = [
        f"numbers eval on {report.get('gold_path', report.get('name', '?'))}: {report['sentences']} sentences, "
        f"{report['gold_quantities']} gold, {report['predicted_quantities']} predicted",
        f"  value       P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f}",
        f"  value+unit  P={vu['precision']:.3f} R={vu['recall']:.3f} F1={vu['f1']:.3f}",
    ]
    if t:
        lines.append(f"  speed: extraction {t['extract_seconds']:.2f}s ({t['numbers_per_second']:.0f} numbers/s), "
                     f"nlp.pipe {t['nlp_seconds']:.2f}s")
    lines.append(f"  sentences with errors: {len(report['errors'])}")
    for entry in report["errors"][:max_errors]:
        lines.append(f"- [{entry['id']}] {entry['text']}")
        for error in entry["errors"]:
            if error["type"] == "missed":
                lines.append(f"    missed    {error['gold_value']} {error['gold_unit']!r} ({error['gold_normalized_unit']})")
            elif error["type"] == "wrong_unit":
                lines.append(f"    unit      {error['pred_text']!r}: ours {error['pred_unit']!r}, gold "
                             f"{error['gold_unit']!r} ({error['gold_normalized_unit']})")
            else:
                extra = f"-{error['pred_value_max']:g}" if error["pred_value_max"] is not None else ""
                lines.append(f"    spurious  {error['pred_text']!r} = {error['pred_value']:g}{extra} "
                             f"{error['pred_unit']!r} ({error['pred_kind']})")
    if len(report["errors"]) > max_errors:
        lines.append(f"... {len(report['errors']) - max_errors} more sentences with errors")
    return "\n".join(lines)


__all__ = ["evaluate_numbers", "format_number_report", "predict_newsfold", "score_predictions", "Prediction",
           "TRANSFORMS", "gold_texts", "values_match", "parse_gold_value"]
