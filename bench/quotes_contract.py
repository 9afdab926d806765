"""Scratch measure of the quotes contract on the tune splits (never heldout): overlap share, a
one-to-one match at 30% coverage of gold content characters (greedy by coverage, each gold and
each prediction once), and speaker accuracy by canonical name on the tracker gold.

    PYTHONPATH=. NEWSFOLD_SHARED=../shared .venv/bin/python bench/quotes_contract.py [--show N] [--disable RULE,...]
Tracker gold is scored on act == 'speech' rows only; PolNeAR on all rows. Speaker accuracy: the
speaker's person (its fullest name in the article) against `speaker_resolved` by name matching, or,
for a speaker that is no person, the written source against the gold description by its last word.
Parsed docs are cached under /tmp (DocBin) so that rule changes re-run in seconds.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from spacy.tokens import DocBin

from newsfold.eval.gold import read_gold
from newsfold.extract.people import extract_people
from newsfold.extract.people.names import name_matches_gold
from newsfold.extract.quotes import extract_quotes
from newsfold.nlp.pipeline import load_pipeline, parse_texts

SHARED = Path(os.environ.get("NEWSFOLD_SHARED", "../shared"))
COVERAGE = 0.3


def docs_for(name: str, rows: list[dict], nlp_box: list):
    cache = Path(f"/tmp/qc-docs-{name}.spacy")
    if not nlp_box:
        nlp_box.append(load_pipeline())
    nlp = nlp_box[0]
    if cache.exists():
        return list(DocBin().from_bytes(cache.read_bytes()).get_docs(nlp.vocab))
    docs = list(parse_texts(nlp, [r["text"] for r in rows], batch_size=16))
    bin_ = DocBin(store_user_data=True)
    for d in docs:
        bin_.add(d)
    cache.write_bytes(bin_.to_bytes())
    return docs


def overlaps(preds) -> int:
    spans = sorted((q.start_char, q.end_char) for q in preds)
    bad = set()
    for i, (s, e) in enumerate(spans):
        for j in range(i + 1, len(spans)):
            if spans[j][0] >= e:
                break
            bad.add(i)
            bad.add(j)
    return len(bad)


def one_to_one(gold_spans: list[list[tuple[int, int]]], preds) -> list[tuple[int, int]]:
    """(gold index, pred index) pairs, greedy by coverage of the gold content chars."""
    cands = []
    for gi, g in enumerate(gold_spans):
        size = sum(b - a for a, b in g)
        if not size:
            continue
        for pi, q in enumerate(preds):
            ov = sum(max(0, min(b, q.end_char) - max(a, q.start_char)) for a, b in g)
            if ov / size >= COVERAGE:
                cands.append((ov / size, -abs((q.end_char - q.start_char) - size), gi, pi))
    used_g, used_p, pairs = set(), set(), []
    for _, _, gi, pi in sorted(cands, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi), used_p.add(pi), pairs.append((gi, pi))
    return pairs


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "pred": n_pred, "gold": n_gold}


def speech(q) -> bool:
    return getattr(q, "act", "speech") == "speech"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0, help="print this many ggt false positives / misses")
    ap.add_argument("--disable", default="", help="comma-separated rules to switch off")
    ap.add_argument("--showp", type=int, default=0, help="print this many polnear false positives")
    args = ap.parse_args()
    nlp_box: list = []
    out = {}
    for name in ("polnear", "ggt"):
        rows = read_gold(SHARED / "eval" / f"{name}_dev.jsonl", split="tune")
        docs = docs_for(name, rows, nlp_box)
        n_rows = n_overlap = tp = n_pred = n_gold = sp_ok = sp_n = 0
        shown = 0
        for row, doc in zip(rows, docs):
            people, mentions = extract_people(doc)
            names = {p.local_key: p.name for p in people}
            preds = extract_quotes(doc, people, mentions, disabled=frozenset(x for x in args.disable.split(",") if x))
            n_rows += len(preds)
            n_overlap += overlaps(preds)
            if name == "polnear":
                gold = [[tuple(s) for s in a["content_spans"]] for a in row["attributions"] if a["content_spans"]]
                scored = preds
            else:
                gold = [[tuple(q["quote_span"])] for q in row["quotes"]]
                scored = [q for q in preds if speech(q)]
            pairs = one_to_one(gold, scored)
            tp += len(pairs)
            n_pred += len(scored)
            n_gold += len(gold)
            if name == "ggt":
                for gi, pi in pairs:
                    g, q = row["quotes"][gi], scored[pi]
                    sp_n += 1
                    pred_name = names.get(q.speaker_local_key)
                    gold_name = (g["speaker_resolved"] or "").strip()
                    ok = bool(pred_name and gold_name and name_matches_gold(pred_name, gold_name))
                    if not pred_name and q.speaker_text and gold_name and q.speaker_text.split()[-1].lower() not in (
                            "he", "she", "i", "it", "they", "we"):
                        # No person (an organisation, "forecasters", "a justice official"): the
                        # written speaker against the gold description, by its last word.
                        ok = q.speaker_text.split()[-1].lower().strip(".,'’s") == gold_name.split()[-1].lower().strip(".,'’s") \
                            or name_matches_gold(q.speaker_text, gold_name)
                    sp_ok += ok
                    if not ok and shown < args.show:
                        shown += 1
                        print("SPK", repr(q.text[:80]), "| pred", q.speaker_text, pred_name, "| gold", g["speaker_resolved"])
                matched = {pi for _, pi in pairs}
                for pi, q in enumerate(scored):
                    if pi not in matched and shown < args.show:
                        shown += 1
                        print("FP ", q.kind, getattr(q, "act", "-"), q.cue, "|", repr(q.text[:100]))
                gm = {gi for gi, _ in pairs}
                for gi, g in enumerate(row["quotes"]):
                    if gi not in gm and shown < args.show:
                        shown += 1
                        print("FN ", repr(g["quote"][:100]))
            elif args.showp:
                matched = {pi for _, pi in pairs}
                for pi, q in enumerate(scored):
                    if pi not in matched and shown < args.showp:
                        shown += 1
                        print("PFP", q.kind, getattr(q, "act", "-"), q.cue, "|", repr(q.text[:100]))
        res = {"rows": n_rows, "overlap_share": round(n_overlap / n_rows, 3) if n_rows else 0.0,
               **prf(tp, n_pred, n_gold)}
        if name == "ggt":
            res["speaker_acc"] = round(sp_ok / sp_n, 3) if sp_n else 0.0
        out[name] = res
        print(name, res, flush=True)


if __name__ == "__main__":
    main()
