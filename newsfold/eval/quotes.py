"""Score quote extraction against a PolNeAR-style gold file (one article a line, attributions with
`content_spans`, `source_spans`, `cue_spans`, `quote_marked`).

Matching: every predicted quote is assigned to the gold attribution it overlaps most (characters);
a gold attribution is found at coverage c when the predicted quotes assigned to it cover at least a
fraction c of its content characters (union, so a split quote's two halves add up). A prediction is
correct when the attribution it was assigned to is found. Speaker accuracy is measured on found
attributions that have a gold source (no predicted speaker counts as wrong): the predicted speaker
span overlaps a gold source span, or is resolved to the person whose mention the gold source is, or
(names, not pronouns) ends in the same word, or is the noun a gold relative pronoun ("who")
stands for.

Quote-marked scope: gold attributions flagged `quote_marked` or whose content holds a pair of quote
marks (the flag ignores '' and single quotes); predictions that are direct, partial, or reported
speech carrying quoted words.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

from newsfold.eval.gold import read_gold
from newsfold.extract.people import extract_people
from newsfold.extract.quotes import extract_quotes, find_quote_spans
from newsfold.nlp.pipeline import parse_texts
from newsfold.records import ArticlePerson, PersonMention, QuoteMention

COVERAGES = (0.3, 0.8)
PRONOUN_SOURCES = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "his", "her"})


def is_marked(text: str, attribution: dict) -> bool:
    """Quote-marked: the gold flag, or a pair of quote marks in the content. PolNeAR's flag only
    knows double quotes, so wire copy written with two apostrophes (''like this'') and headline
    single quotes count as marked here too."""
    if attribution.get("quote_marked"):
        return True
    return any(bool(find_quote_spans(text[a:b])) for a, b in attribution["content_spans"])


def gold_kind(text: str, attribution: dict) -> str:
    """direct | partial | indirect from the gold content: quote-marked and (nearly) all inside the
    marks is direct, marked in part is partial, unmarked is indirect."""
    if not is_marked(text, attribution):
        return "indirect"
    spans = attribution["content_spans"]
    content = " ".join(text[a:b] for a, b in spans).strip()
    stripped = content.strip(" .,;:")
    if stripped[:1] in "\"“«'‘" and stripped[-1:] in "\"”»'’":
        return "direct"
    return "partial"


def overlap_length(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two [start, end) intervals share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def union_length(intervals: Iterable[tuple[int, int]]) -> int:
    """Characters covered by the union of [start, end) intervals."""
    total, cur_s, cur_e = 0, None, None
    for s, e in sorted(intervals):
        if cur_e is None or s > cur_e:
            if cur_e is not None:
                total += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    if cur_e is not None:
        total += cur_e - cur_s
    return total


def speaker_correct(pred: QuoteMention, text: str, attribution: dict,
                    mentions: Sequence[PersonMention] = ()) -> bool:
    """The predicted speaker is the gold source (the rules in the module docstring)."""
    if pred.speaker_start is None:
        return False
    span = (pred.speaker_start, pred.speaker_end)
    for a, b in attribution["source_spans"]:
        if overlap_length(span, (a, b)) > 0:
            return True
    # The same person by resolution: "he" resolved to the person the gold source names.
    if pred.speaker_local_key is not None:
        for m in mentions:
            if m.local_key == pred.speaker_local_key and any(
                    overlap_length((m.start_char, m.end_char), (a, b)) > 0 for a, b in attribution["source_spans"]):
                return True
    # A relative pronoun source ("Mr. Kamin, who emphasized") stands for the noun just before it.
    for a, b in attribution["source_spans"]:
        if text[a:b].lower() in ("who", "which", "that") and 0 <= a - pred.speaker_end <= 3:
            return True
    words = (pred.speaker_text or "").lower().split()
    if not words or words[-1] in PRONOUN_SOURCES:
        return False
    for a, b in attribution["source_spans"]:
        gold_words = text[a:b].lower().replace("’s", "").split()
        if gold_words and gold_words[-1] not in PRONOUN_SOURCES and gold_words[-1] == words[-1]:
            return True
    return False


def score_article(text: str, attributions: Sequence[dict], preds: Sequence[QuoteMention],
                  coverage: float, marked_only: bool = False,
                  mentions: Sequence[PersonMention] = ()) -> dict:
    """Counts for one article at one coverage threshold."""
    gold = [a for a in attributions if a["content_spans"] and (not marked_only or is_marked(text, a))]
    if marked_only:
        # Quote-marked predictions: direct and partial quotes, and reported speech that carries
        # quoted words ('said the videos were "inconclusive"'), as the gold counts it.
        preds = [p for p in preds if p.kind in ("direct", "partial") or find_quote_spans(p.text)]
    assigned: dict[int, list[int]] = {}
    pred_gold: list[int | None] = []
    for pi, p in enumerate(preds):
        # The gold it overlaps most; on a tie the tighter one, so a prediction of a nested
        # attribution ('she said [she feared [he would not get a fair trial]]') goes to the inner
        # gold it matches exactly rather than to whichever of the two the file lists first.
        best, best_key = None, (0, 0)
        for gi, g in enumerate(gold):
            ov = sum(overlap_length((p.start_char, p.end_char), (a, b)) for a, b in g["content_spans"])
            key = (ov, -sum(b - a for a, b in g["content_spans"]))
            if ov > 0 and key > best_key:
                best, best_key = gi, key
        pred_gold.append(best)
        if best is not None:
            assigned.setdefault(best, []).append(pi)
    found: set[int] = set()
    for gi, pis in assigned.items():
        g = gold[gi]
        g_len = sum(b - a for a, b in g["content_spans"])
        covered = union_length(
            (max(a, preds[pi].start_char), min(b, preds[pi].end_char))
            for pi in pis for a, b in g["content_spans"]
            if overlap_length((preds[pi].start_char, preds[pi].end_char), (a, b)) > 0
        )
        if g_len and covered / g_len >= coverage:
            found.add(gi)
    counts: Counter = Counter()
    counts["gold"] = len(gold)
    counts["pred"] = len(preds)
    counts["found"] = len(found)
    counts["correct_pred"] = sum(1 for g in pred_gold if g is not None and g in found)
    for gi, g in enumerate(gold):
        k = gold_kind(text, g)
        counts[f"gold:{k}"] += 1
        if gi in found:
            counts[f"found:{k}"] += 1
    for p, g in zip(preds, pred_gold):
        counts[f"pred:{p.kind}"] += 1
        if g is not None and g in found:
            counts[f"correct_pred:{p.kind}"] += 1
    # Speaker accuracy: one verdict per found attribution with a gold source, from the prediction
    # that covers it most.
    for gi in found:
        g = gold[gi]
        if not g["source_spans"]:
            continue
        pis = assigned[gi]
        best = max(pis, key=lambda pi: sum(overlap_length((preds[pi].start_char, preds[pi].end_char), s)
                                           for s in g["content_spans"]))
        counts["speaker_total"] += 1
        if preds[best].speaker_start is not None:
            counts["speaker_attributed"] += 1
        if speaker_correct(preds[best], text, g, mentions):
            counts["speaker_correct"] += 1
            counts[f"speaker_correct:{preds[best].kind}"] += 1
        counts[f"speaker_total:{preds[best].kind}"] += 1
    return counts


def _prf(correct_pred: int, pred: int, found: int, gold: int) -> dict:
    p = correct_pred / pred if pred else 0.0
    r = found / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "pred": pred, "gold": gold}


def summarise_counts(c: Counter) -> dict:
    """P/R/F1 and speaker accuracy, overall and per kind, from `score_article` counts summed."""
    out = {"all": _prf(c["correct_pred"], c["pred"], c["found"], c["gold"])}
    out["all"]["speaker_accuracy"] = round(c["speaker_correct"] / c["speaker_total"], 4) if c["speaker_total"] else None
    out["all"]["speaker_n"] = c["speaker_total"]
    # Accuracy among matched quotes the extractor gave a speaker (it leaves None rather than guess).
    out["all"]["speaker_accuracy_attributed"] = (
        round(c["speaker_correct"] / c["speaker_attributed"], 4) if c["speaker_attributed"] else None)
    for k in ("direct", "partial", "indirect"):
        # Per kind: recall over gold of that kind, precision over predictions of that kind.
        out[k] = _prf(c[f"correct_pred:{k}"], c[f"pred:{k}"], c[f"found:{k}"], c[f"gold:{k}"])
        st = c[f"speaker_total:{k}"]
        out[k]["speaker_accuracy"] = round(c[f"speaker_correct:{k}"] / st, 4) if st else None
    return out


def people_for(doc) -> tuple[list[ArticlePerson], list[PersonMention]]:
    """The article's people and their mentions, which speakers are resolved to."""
    return extract_people(doc)


def evaluate_quotes(gold_path: Path, nlp, limit: int | None = None, *,
                    disabled: Iterable[str] = (), docs: Sequence | None = None) -> dict:
    """Run the extractor over every gold text and report P/R/F1 and speaker accuracy at each
    coverage, per kind and on quote-marked attributions only, with timings. `disabled` (names
    from newsfold.extract.quotes RULES) measures what a rule buys; `docs` reuses parsed texts."""
    names = list(disabled)
    disabled = frozenset(names)

    rows = read_gold(Path(gold_path), limit)
    texts = [r["text"] for r in rows]
    t0 = time.perf_counter()
    if docs is None:
        docs = list(parse_texts(nlp, texts, batch_size=16))
    t_nlp = time.perf_counter() - t0
    t_people = 0.0
    t_quotes = 0.0
    predictions: list[list[QuoteMention]] = []
    all_mentions: list[list[PersonMention]] = []
    for doc in docs:
        t1 = time.perf_counter()
        people, mentions = people_for(doc)
        t2 = time.perf_counter()
        predictions.append(extract_quotes(doc, people, mentions, disabled=disabled))
        all_mentions.append(mentions)
        t_quotes += time.perf_counter() - t2
        t_people += t2 - t1
    report: dict = {"gold_path": str(gold_path), "articles": len(rows), "disabled_rules": names,
                    "attributions": sum(len(r["attributions"]) for r in rows),
                    "predicted": sum(len(p) for p in predictions),
                    "seconds": {"nlp": round(t_nlp, 3), "people": round(t_people, 3), "quotes": round(t_quotes, 3),
                                "quotes_over_nlp": round(t_quotes / t_nlp, 4) if t_nlp else None}}
    for cov in COVERAGES:
        for marked_only in (False, True):
            total: Counter = Counter()
            for row, preds, mentions in zip(rows, predictions, all_mentions):
                total.update(score_article(row["text"], row["attributions"], preds, cov, marked_only, mentions))
            key = f"{'marked' if marked_only else 'all'}@{cov}"
            report[key] = summarise_counts(total)
    return report


def format_quote_report(report: dict) -> str:
    """A readable table of an `evaluate_quotes` report."""
    lines = [f"gold: {report['gold_path']}  articles: {report['articles']}  "
             f"attributions: {report['attributions']}  predicted quotes: {report['predicted']}"]
    s = report["seconds"]
    lines.append(f"time: spaCy {s['nlp']}s, people {s['people']}s, quotes {s['quotes']}s "
                 f"(quotes/spaCy = {s['quotes_over_nlp']})")
    lines.append("spk acc: speaker right on matched quotes with a gold source (no speaker = wrong); "
                 "spk|attr: among those the extractor gave a speaker")
    lines.append(f"{'scope':<12}{'subset':<10}{'P':>8}{'R':>8}{'F1':>8}{'spk acc':>9}{'pred':>7}{'gold':>7}")
    for key, value in report.items():
        if "@" not in key:
            continue
        for subset in ("all", "direct", "partial", "indirect"):
            m = value[subset]
            acc = "-" if m.get("speaker_accuracy") is None else f"{m['speaker_accuracy']:.3f}"
            attributed = m.get("speaker_accuracy_attributed")
            attr = "" if attributed is None else f"   spk|attr {attributed:.3f}"
            if m["gold"] == 0 and subset != "all":
                # No gold of this kind in scope (marked scope has no indirect gold): precision only.
                lines.append(f"{key:<12}{subset:<10}{m['precision']:>8.3f}{'-':>8}{'-':>8}"
                             f"{acc:>9}{m['pred']:>7}{m['gold']:>7}")
                continue
            lines.append(f"{key:<12}{subset:<10}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
                         f"{acc:>9}{m['pred']:>7}{m['gold']:>7}{attr}")
    return "\n".join(lines)


__all__ = ["evaluate_quotes", "format_quote_report", "score_article", "gold_kind", "is_marked", "speaker_correct",
           "summarise_counts", "overlap_length", "union_length", "people_for", "COVERAGES", "PRONOUN_SOURCES"]
