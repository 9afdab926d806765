"""Quote extraction scored on blind attribution gold over BBC and Reuters news (not PolNeAR dev).

The gold (gold/blind_quotes_refs.jsonl) was annotated by people who never saw the extractor's
output, in PolNeAR's layout and conventions (top-level attributions only: none nested inside another
attribution's content or inside a direct quote), each attribution also classed "speech" (an act of
communication) or "other" (belief, intent, attitude, evidence). The file holds offsets only, no
article text: the texts are read from ../shared/corpora (a BBC file or a Reuters-21578 record,
checked against a sha256), the gold is rebuilt in PolNeAR's JSONL layout under a temporary directory
and scored by `newsfold eval quotes` (newsfold/eval/quotes.py).

Groups: blind1 (24 BBC articles) and blind2 (14 BBC + 15 Reuters) were used for error analysis
while the extractor was improved; blind3 (8 BBC + 8 Reuters) was annotated last and only ever
scored, never looked into: it is the held-out figure.

    .venv/bin/python bench/eval_blind_quotes.py [--group blind3] [--speech-only] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("NEWSFOLD_SHARED", ROOT.parent / "shared"))
REFS = ROOT / "gold" / "blind_quotes_refs.jsonl"


def reuters_bodies(ids: set[str]) -> dict[str, str]:
    bodies: dict[str, str] = {}
    with gzip.open(SHARED / "corpora" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if str(record["id"]) in ids:
                bodies[str(record["id"])] = record["body"]
    return bodies


def rebuild_gold(refs: list[dict]) -> list[dict]:
    """PolNeAR-layout records (text + attributions with the span texts) from the references."""
    bodies = reuters_bodies({r["reuters_id"] for r in refs if "reuters_id" in r})
    rows = []
    for ref in refs:
        if "reuters_id" in ref:
            text = bodies[ref["reuters_id"]]
        else:
            text = (SHARED / "corpora" / "bbc" / ref["bbc_file"]).read_bytes().decode(ref["encoding"])
        if hashlib.sha256(text.encode()).hexdigest() != ref["sha256"]:
            raise SystemExit(f"{ref['doc_id']}: the corpus text differs from the one annotated")
        attributions = []
        for a in ref["attributions"]:
            joined = {key: " ".join(text[s:e] for s, e in a[f"{key}_spans"]) for key in ("content", "source", "cue")}
            attributions.append({**a, **joined})
        rows.append({"doc_id": ref["doc_id"], "text": text, "attributions": attributions})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--group", action="append", choices=["blind1", "blind2", "blind3", "all"],
                        help="score only these groups (default: each group, then all together)")
    parser.add_argument("--speech-only", action="store_true",
                        help="keep only attributions classed speech (a narrower, quote-tracker definition)")
    parser.add_argument("--model", default=None)
    parser.add_argument("--keep", type=Path, help="write the rebuilt gold files here")
    args = parser.parse_args()
    if not (SHARED / "corpora").exists():
        print(f"skipped: {SHARED / 'corpora'} not found (set NEWSFOLD_SHARED)")
        return 0

    from newsfold.eval.quote_report import format_quote_report
    from newsfold.eval.quotes import evaluate_quotes
    from newsfold.nlp.pipeline import load_pipeline
    from newsfold.settings import MODEL_NAME

    refs = [json.loads(line) for line in REFS.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.speech_only:
        refs = [{**r, "attributions": [a for a in r["attributions"] if a["class"] == "speech"]} for r in refs]
    groups = args.group or ["blind1", "blind2", "blind3", "all"]
    nlp = load_pipeline(args.model or MODEL_NAME)
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="blind-quotes-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    for group in groups:
        chosen = [r for r in refs if group == "all" or r["group"] == group]
        gold_path = out_dir / f"{group}.jsonl"
        with open(gold_path, "w", encoding="utf-8") as handle:
            for row in rebuild_gold(chosen):
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"\n== {group}{' (speech only)' if args.speech_only else ''}")
        print(format_quote_report(evaluate_quotes(gold_path, nlp)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
