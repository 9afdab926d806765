"""Score quote extraction against gold quotes: `newsfold eval quotes --gold F [--split S]`.

Two gold layouts, told apart by the file (newsfold.eval.tracker_gold.detect_layout): PolNeAR (one
article a line, attributions with `content_spans`, `source_spans`, `cue_spans`, `quote_marked`) and
the Gender Gap Tracker's (`quotes` with `quote_span`, `speaker`, `speaker_resolved`, ...), read into
the same attribution shape (newsfold.eval.tracker_gold.tracker_rows).

Primary figure, one-to-one (as the Gender Gap Tracker evaluates, newsfold.eval.quote_matching): a
predicted quote matches a gold quote when it covers at least a fraction c (0.3; also 0.8) of the
gold's content characters; a maximum matching (Hungarian algorithm) pairs each gold with at most one
prediction and each prediction with at most one gold; every other row is a false positive.
P = matched / predicted rows, R = matched / gold quotes. The tracker counts speech only: against it
only predictions whose `act` is "speech" are scored (rows without an `act` count as speech);
PolNeAR is scored against every prediction. By kind: recall over the gold quotes of a kind (PolNeAR:
`gold_kind`; tracker: from the quote text, `tracker_kind`), precision over the predictions of a kind.
By predicted act: precision only, over every predicted row matched one-to-one (neither gold file
labels acts). Speaker accuracy on matched pairs whose gold names a speaker (no predicted speaker is
wrong): PolNeAR by `speaker_correct` below; the tracker by canonical name, the predicted speaker's
article person's `name` (else the `speaker_name` extraction gave a speaker who is no person, as the table carries it) against `speaker_resolved`, surnames agreeing
and first names when both give one (`name_matches_gold`). Also reported: the share of predicted
rows that overlap another predicted row of their article (the quotes table's contract: <= 2%).

Second figure, lenient (`score_article`, the figure reported before the one-to-one scorer): every
predicted quote is assigned to the gold attribution it overlaps most (characters); a gold
attribution is found at coverage c when the predicted quotes assigned to it cover at least a
fraction c of its content characters (union, so a split quote's two halves add up). A prediction is
correct when the attribution it was assigned to is found, so a second and third row on one gold all
count as right. Speaker accuracy is measured on found attributions that have a gold source (no
predicted speaker counts as wrong): the predicted speaker span overlaps a gold source span, or is
resolved to the person whose mention the gold source is, or (names, not pronouns) ends in the same
word, or is the noun a gold relative pronoun ("who") stands for.

Quote-marked scope (lenient): gold attributions flagged `quote_marked` or whose content holds a pair
of quote marks (the flag ignores '' and single quotes); predictions that are direct, partial, or
reported speech carrying quoted words.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Iterable, Sequence

from newsfold.eval.gold import read_gold
from newsfold.eval.quote_errors import cue_lemma, false_positive_reason
from newsfold.eval.intervals import bootstrap_interval, f1_from
from newsfold.eval.quote_matching import match_one_to_one, overlap_length, overlapping_rows
from newsfold.eval.scores import f1
from newsfold.eval.tracker_gold import LAYOUTS, detect_layout, tracker_rows
from newsfold.extract.people import extract_people
from newsfold.extract.people.names import name_matches_gold
from newsfold.extract.quotes import extract_quotes, find_quote_spans
from newsfold.nlp.pipeline import parse_texts
from newsfold.records import ArticlePerson, PersonMention, QuoteMention

COVERAGES = (0.3, 0.8)
KINDS = ("direct", "partial", "indirect")
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
    if attribution.get("kind") in KINDS:  # the tracker's quotes carry their kind (tracker_kind)
        return attribution["kind"]
    if not is_marked(text, attribution):
        return "indirect"
    spans = attribution["content_spans"]
    content = " ".join(text[a:b] for a, b in spans).strip()
    stripped = content.strip(" .,;:")
    if stripped[:1] in "\"“«'‘" and stripped[-1:] in "\"”»'’":
        return "direct"
    return "partial"


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
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1(p, r), 4),
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


# --------------------------------------------------------------------------- one-to-one


def quote_act(pred: QuoteMention) -> str:
    """The predicted act (speech | thought | intention | evidence); rows without one are speech."""
    return getattr(pred, "act", None) or "speech"


def predicted_name(pred: QuoteMention, names: dict[str, str]) -> str | None:
    """The predicted speaker's canonical name, as the quotes table's `speaker_name` carries it:
    its article person's `name` when resolved to one, else the name extraction gave a speaker who
    is no person (`QuoteMention.speaker_name`); None otherwise. Never the speaker as written: an
    unresolved "he" or a name the table leaves null is no canonical name."""
    if pred.speaker_local_key is not None and names.get(pred.speaker_local_key):
        return names[pred.speaker_local_key]
    return pred.speaker_name or None


def tracker_speaker_correct(pred: QuoteMention, attribution: dict, names: dict[str, str]) -> bool:
    """The predicted speaker's canonical name is the tracker's `speaker_resolved`: surnames agree,
    and first names when both give one. No predicted speaker is wrong."""
    name = predicted_name(pred, names)
    return bool(name) and name_matches_gold(name, attribution["speaker_resolved"])


def speaker_judge(layout: str, text: str, mentions: Sequence[PersonMention],
                  names: dict[str, str]) -> Callable[[QuoteMention, dict], bool | None]:
    """(prediction, gold attribution) -> right, wrong, or None when the gold names no speaker."""
    if layout == "tracker":
        return lambda p, g: tracker_speaker_correct(p, g, names) if g.get("speaker_resolved") else None
    return lambda p, g: speaker_correct(p, text, g, mentions) if g["source_spans"] else None


def score_article_one_to_one(text: str, attributions: Sequence[dict], preds: Sequence[QuoteMention],
                             coverage: float, judge: Callable[[QuoteMention, dict], bool | None] | None = None,
                             ) -> tuple[Counter, list[tuple[int, int, float]]]:
    """Counts for one article at one coverage, matched one-to-one (module docstring), and the
    matched (prediction index, gold index, coverage) pairs. Gold indices count only the
    attributions with content."""
    gold = [a for a in attributions if a["content_spans"]]
    pairs = match_one_to_one([(p.start_char, p.end_char) for p in preds],
                             [[tuple(s) for s in g["content_spans"]] for g in gold], coverage)
    counts: Counter = Counter({"gold": len(gold), "pred": len(preds), "tp": len(pairs)})
    kinds = [gold_kind(text, g) for g in gold]
    for k in kinds:
        counts[f"gold:{k}"] += 1
    for p in preds:
        counts[f"pred:{p.kind}"] += 1
        counts[f"pred_act:{quote_act(p)}"] += 1
    for pi, gi, _ in pairs:
        p, k = preds[pi], kinds[gi]
        counts[f"tp_gold:{k}"] += 1
        counts[f"tp_pred:{p.kind}"] += 1
        counts[f"tp_act:{quote_act(p)}"] += 1
        verdict = None if judge is None else judge(p, gold[gi])
        if verdict is None:
            continue
        counts["speaker_total"] += 1
        counts[f"speaker_total:{k}"] += 1
        if p.speaker_start is not None or p.speaker_local_key is not None:
            counts["speaker_attributed"] += 1
        if verdict:
            counts["speaker_correct"] += 1
            counts[f"speaker_correct:{k}"] += 1
    return counts, pairs


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def summarise_one_to_one(c: Counter) -> dict:
    """P/R/F1 and speaker accuracy, overall, per kind and per predicted act, from
    `score_article_one_to_one` counts summed over articles."""
    out = {"all": _prf(c["tp"], c["pred"], c["tp"], c["gold"])}
    out["all"]["tp"] = c["tp"]
    out["all"]["speaker_accuracy"] = _ratio(c["speaker_correct"], c["speaker_total"])
    out["all"]["speaker_n"] = c["speaker_total"]
    out["all"]["speaker_accuracy_attributed"] = _ratio(c["speaker_correct"], c["speaker_attributed"])
    for k in KINDS:
        # Recall over gold of the kind, precision over predictions of the kind.
        out[k] = _prf(c[f"tp_pred:{k}"], c[f"pred:{k}"], c[f"tp_gold:{k}"], c[f"gold:{k}"])
        out[k]["tp"] = c[f"tp_gold:{k}"]
        out[k]["speaker_accuracy"] = _ratio(c[f"speaker_correct:{k}"], c[f"speaker_total:{k}"])
        out[k]["speaker_n"] = c[f"speaker_total:{k}"]
    acts = sorted(key.split(":", 1)[1] for key in c if key.startswith("pred_act:"))
    out["by_act"] = {a: {"precision": _ratio(c[f"tp_act:{a}"], c[f"pred_act:{a}"]) or 0.0,
                         "tp": c[f"tp_act:{a}"], "pred": c[f"pred_act:{a}"]} for a in acts}
    return out


def evaluate_quotes(gold_path: Path, nlp, limit: int | None = None, *, split: str = "all",
                    layout: str | None = None, disabled: Iterable[str] = (),
                    docs: Sequence | None = None) -> dict:
    """Run the extractor over every gold text of `split` (newsfold.eval.splits) and report the
    one-to-one P/R/F1 and speaker accuracy at each coverage, per kind and per act (primary), the
    overlap share, the false positives by cue, and the lenient figures (module docstring), with
    timings. `layout` ("polnear" | "tracker") is read from the file unless given; `disabled` (names
    from newsfold.extract.quotes RULES) measures what a rule buys; `docs` reuses parsed texts."""
    names = list(disabled)
    disabled = frozenset(names)

    rows = read_gold(Path(gold_path), limit, split)
    layout = layout or detect_layout(rows)
    if layout not in LAYOUTS:
        raise ValueError(f"unknown gold layout {layout!r}; one of {', '.join(LAYOUTS)}")
    if layout == "tracker":
        rows = tracker_rows(rows)
    texts = [r["text"] for r in rows]
    t0 = time.perf_counter()
    if docs is None:
        docs = list(parse_texts(nlp, texts, batch_size=16))
    t_nlp = time.perf_counter() - t0
    t_people = 0.0
    t_quotes = 0.0
    predictions: list[list[QuoteMention]] = []
    all_mentions: list[list[PersonMention]] = []
    all_names: list[dict[str, str]] = []
    for doc in docs:
        t1 = time.perf_counter()
        people, mentions = people_for(doc)
        t2 = time.perf_counter()
        predictions.append(extract_quotes(doc, people, mentions, disabled=disabled))
        all_mentions.append(mentions)
        all_names.append({p.local_key: p.name for p in people})
        t_quotes += time.perf_counter() - t2
        t_people += t2 - t1
    # The tracker counts speech only; PolNeAR's attributions are every act.
    scored = [[p for p in preds if layout != "tracker" or quote_act(p) == "speech"] for preds in predictions]
    n_gold = sum(1 for r in rows for a in r["attributions"] if a["content_spans"])
    report: dict = {"gold_path": str(gold_path), "layout": layout, "split": split, "articles": len(rows),
                    "disabled_rules": names, "attributions": n_gold,
                    "predicted": sum(len(p) for p in predictions), "scored": sum(len(p) for p in scored),
                    "seconds": {"nlp": round(t_nlp, 3), "people": round(t_people, 3), "quotes": round(t_quotes, 3),
                                "quotes_over_nlp": round(t_quotes / t_nlp, 4) if t_nlp else None}}
    judges = [speaker_judge(layout, r["text"], ms, nm) for r, ms, nm in zip(rows, all_mentions, all_names)]
    false_pos: Counter = Counter()
    reasons: Counter = Counter()
    examples: dict[str, list[dict]] = {}
    for cov in COVERAGES:
        total: Counter = Counter()
        per_article: list[tuple[int, ...]] = []
        for row, preds, judge, doc in zip(rows, scored, judges, docs):
            counts, pairs = score_article_one_to_one(row["text"], row["attributions"], preds, cov, judge)
            total.update(counts)
            per_article.append((counts["tp"], counts["pred"], counts["gold"],
                                counts["speaker_correct"], counts["speaker_total"]))
            if cov == COVERAGES[0]:
                matched = {pi for pi, _, _ in pairs}
                gold_spans = [g["content_spans"] for g in row["attributions"] if g["content_spans"]]
                for pi, p in enumerate(preds):
                    if pi not in matched:
                        lemma = cue_lemma(doc, p)
                        false_pos[lemma] += 1
                        why = false_positive_reason(p, gold_spans, cov)
                        reasons[why] += 1
                        examples.setdefault(lemma, []).append(
                            {"doc_id": row.get("doc_id"), "kind": p.kind, "act": quote_act(p), "why": why,
                             "speaker": p.speaker_text, "text": p.text})
        report[f"one_to_one@{cov}"] = summarise_one_to_one(total)
        report[f"one_to_one@{cov}"]["all"]["interval"] = {
            "f1": bootstrap_interval([a[:3] for a in per_article], f1_from),
            "speaker_accuracy": bootstrap_interval([a[3:] for a in per_article],
                                                   lambda right, n: right / n if n else None)}
    # Every predicted row, whatever its act, matched one-to-one: precision by act.
    acts: Counter = Counter()
    for row, preds in zip(rows, predictions):
        acts.update(score_article_one_to_one(row["text"], row["attributions"], preds, COVERAGES[0])[0])
    report["by_act"] = summarise_one_to_one(acts)["by_act"]
    n_rows = sum(len(p) for p in predictions)
    n_overlap = sum(overlapping_rows([(q.start_char, q.end_char) for q in p]) for p in predictions)
    report["overlap"] = {"rows": n_rows, "overlapping": n_overlap, "share": _ratio(n_overlap, n_rows) or 0.0}
    report["false_positives"] = {"coverage": COVERAGES[0], "total": sum(false_pos.values()),
                                 "by_cue": dict(false_pos.most_common()), "by_reason": dict(reasons.most_common()),
                                 "examples": {k: v[:3] for k, v in examples.items()}}
    lenient: dict = {}
    for cov in COVERAGES:
        for marked_only in (False, True):
            total = Counter()
            for row, preds, mentions in zip(rows, scored, all_mentions):
                total.update(score_article(row["text"], row["attributions"], preds, cov, marked_only, mentions))
            lenient[f"{'marked' if marked_only else 'all'}@{cov}"] = summarise_counts(total)
    report["lenient"] = lenient
    return report


__all__ = ["evaluate_quotes", "score_article", "score_article_one_to_one", "gold_kind",
           "is_marked", "speaker_correct", "tracker_speaker_correct", "predicted_name", "quote_act", "speaker_judge",
           "summarise_counts", "summarise_one_to_one", "overlap_length", "union_length", "people_for",
           "COVERAGES", "KINDS", "PRONOUN_SOURCES"]
