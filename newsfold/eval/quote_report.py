"""The readable table of an `evaluate_quotes` report (newsfold/eval/quotes.py): the one-to-one figure
first, by kind and act, the overlap share and false-positive classes, the lenient figure second."""

from __future__ import annotations

from newsfold.eval.intervals import INTERVAL_LEVEL
from newsfold.eval.quotes import COVERAGES, KINDS


def _row(label: str, subset: str, m: dict, with_tp: bool = False) -> str:
    acc = "-" if m.get("speaker_accuracy") is None else f"{m['speaker_accuracy']:.3f}"
    tp = f"{m['tp']:>6}" if with_tp else ""
    if m["gold"] == 0 and subset != "all":
        # No gold of this kind in scope (the marked scope has no indirect gold): precision only.
        return f"{label:<12}{subset:<10}{m['precision']:>8.3f}{'-':>8}{'-':>8}{acc:>9}{tp}{m['pred']:>7}{m['gold']:>7}"
    attributed = m.get("speaker_accuracy_attributed")
    attr = "" if attributed is None else f"   spk|attr {attributed:.3f}"
    return (f"{label:<12}{subset:<10}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
            f"{acc:>9}{tp}{m['pred']:>7}{m['gold']:>7}{attr}")


def format_quote_report(report: dict, fp_classes: int = 12) -> str:
    """A readable table of an `evaluate_quotes` report: one-to-one first, the lenient figure second."""
    tracker = report["layout"] == "tracker"
    lines = [f"gold: {report['gold_path']}  layout: {report['layout']}  split: {report['split']}  "
             f"articles: {report['articles']}  gold quotes: {report['attributions']}  "
             f"predicted rows: {report['predicted']}"
             + (f" (scored: {report['scored']}, act = speech)" if tracker else "")]
    s = report["seconds"]
    lines.append(f"time: spaCy {s['nlp']}s, people {s['people']}s, quotes {s['quotes']}s "
                 f"(quotes/spaCy = {s['quotes_over_nlp']})")
    lines.append("")
    lines.append("ONE-TO-ONE (primary): a row matches a gold quote it covers >= c of; each gold and each row "
                 "match at most once; every other row is a false positive")
    lines.append("spk acc: on matched pairs whose gold names a speaker (no speaker = wrong); "
                 + ("canonical name vs speaker_resolved" if tracker else "span, resolution or last word vs the gold source")
                 + "; spk|attr: among those the extractor gave a speaker")
    lines.append("by kind: P over rows of the kind, R over gold of the kind; tp = gold of the kind matched")
    lines.append(f"{'scope':<12}{'subset':<10}{'P':>8}{'R':>8}{'F1':>8}{'spk acc':>9}{'tp':>6}{'pred':>7}{'gold':>7}")
    for cov in COVERAGES:
        value = report[f"one_to_one@{cov}"]
        for subset in ("all", *KINDS):
            lines.append(_row(f"1:1@{cov}", subset, value[subset], with_tp=True))
    interval = report[f"one_to_one@{COVERAGES[0]}"]["all"].get("interval") or {}
    if interval.get("f1"):
        spk = interval.get("speaker_accuracy")
        lines.append(f"{INTERVAL_LEVEL:.0%} interval over articles (bootstrap) @ {COVERAGES[0]}: F1 "
                     f"{interval['f1'][0]:.3f}-{interval['f1'][1]:.3f}"
                     + (f", speaker {spk[0]:.3f}-{spk[1]:.3f}" if spk else ""))
    lines.append(f"by predicted act @ {COVERAGES[0]} (every row, one-to-one; precision only: the "
                 f"{'tracker' if tracker else 'PolNeAR'} gold has no act labels"
                 + (", and counts speech only" if tracker else "") + "):")
    for act, m in report["by_act"].items():
        lines.append(f"  {act:<12} P {m['precision']:.3f}  ({m['tp']} of {m['pred']} rows matched)")
    o = report["overlap"]
    lines.append(f"overlap: {o['overlapping']} of {o['rows']} predicted rows ({100 * o['share']:.1f}%) overlap "
                 f"another row of their article (contract: <= 2%)")
    fp = report["false_positives"]
    if fp["total"]:
        top = list(fp["by_cue"].items())[:fp_classes]
        lines.append(f"false positives @ {fp['coverage']} one-to-one: {fp['total']}; by cue lemma: "
                     + ", ".join(f"{k} {v}" for k, v in top))
        lines.append("  by reason: " + ", ".join(f"{k} {v}" for k, v in fp["by_reason"].items()))
    lines.append("")
    lines.append("LENIENT (second figure, not one-to-one): each row goes to the gold it overlaps most and counts "
                 "right when that gold is found, so a second row on one gold is right too")
    lines.append(f"{'scope':<12}{'subset':<10}{'P':>8}{'R':>8}{'F1':>8}{'spk acc':>9}{'pred':>7}{'gold':>7}")
    for key, value in report["lenient"].items():
        for subset in ("all", *KINDS):
            lines.append(_row(key, subset, value[subset]))
    return "\n".join(lines)
