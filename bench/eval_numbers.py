"""Numbers quality, newsfold and CQE side by side, measured in the same run with the same scorer
(newsfold.eval.numbers) on one split of the NewsQuant dev gold, on the text as written and on
lower-cased, upper-cased and hard-wrapped copies of it (the gold quantities stay).

    python bench/eval_numbers.py --gold ../shared/eval/newsquant_dev.jsonl --split tune [--no-cqe]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsfold.eval.gold import read_gold  # noqa: E402
from newsfold.eval.numbers import (  # noqa: E402
    TRANSFORMS,
    format_number_report,
    gold_texts,
    predict_newsfold,
    score_predictions,
)
from newsfold.eval.splits import SPLITS  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", required=True)
    parser.add_argument("--split", default="tune", choices=SPLITS)
    parser.add_argument("--transforms", default=",".join(TRANSFORMS), help="comma-separated: " + ", ".join(TRANSFORMS))
    parser.add_argument("--no-cqe", action="store_true", help="newsfold only")
    parser.add_argument("--errors", default=None, help="print newsfold's errors for this transform (never on heldout)")
    parser.add_argument("--json", default=None, help="write the figures to this file")
    args = parser.parse_args(argv)

    from newsfold.nlp.pipeline import load_pipeline

    records = read_gold(Path(args.gold), split=args.split)
    nlp = load_pipeline()
    cqe = None
    if not args.no_cqe:
        from newsfold.eval.cqe_peer import load_cqe
        try:
            cqe = load_cqe()
        except Exception as exc:  # noqa: BLE001 - the peer is optional: say why it is missing, go on
            print(f"CQE peer unavailable ({type(exc).__name__}: {exc}); newsfold only", file=sys.stderr)
    rows, figures = [], {}
    for name in args.transforms.split(","):
        texts = gold_texts(records, name)
        ours, _ = predict_newsfold(nlp, texts)
        report = score_predictions(records, ours)
        figures[f"newsfold/{name}"] = report
        row = [name, report["value"]["f1"], report["value_unit"]["f1"]]
        if cqe is not None:
            from newsfold.eval.cqe_peer import predict_cqe
            theirs, _ = predict_cqe(texts, cqe)
            peer = score_predictions(records, theirs)
            figures[f"cqe/{name}"] = peer
            row += [peer["value"]["f1"], peer["value_unit"]["f1"]]
        rows.append(row)
        if args.errors == name and args.split != "heldout":
            report["name"] = f"{args.gold} ({args.split}, {name})"
            print(format_number_report(report, max_errors=500))
    n_gold = sum(len(r.get("quantities", [])) for r in records)
    print(f"numbers on {args.gold}, split {args.split}: {len(records)} sentences, {n_gold} gold quantities")
    header = f"{'text':<9} {'newsfold value F1':>18} {'value+unit F1':>14}"
    if cqe is not None:
        header += f" {'CQE value F1':>13} {'value+unit F1':>14}"
    print(header)
    for row in rows:
        print(f"{row[0]:<9} " + " ".join(f"{x:>{w}.3f}" for x, w in zip(row[1:], (18, 14, 13, 14))))
    if args.json:
        summary = {k: {"value": v["value"], "value_unit": v["value_unit"], "predicted": v["predicted_quantities"],
                       "gold": v["gold_quantities"]} for k, v in figures.items()}
        Path(args.json).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
