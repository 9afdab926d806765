"""The dev gold sets scored through the whole pipeline, as the issue owners accept them, next to the
direct scorers (`newsfold eval numbers|quotes`), with every loss explained.

    .venv/bin/python bench/eval_via_pipeline.py numbers|quotes [--gold FILE] [--split tune|heldout|all]
                                                [--keep DIR] [--live-code]

--split picks the part of the gold file (newsfold/eval/splits.py), tune by default, as `make eval`:
the set-aside quarter is for `--split heldout` once per stop, never for choosing.

numbers: each sentence of the NewsQuant dev file becomes its own one-line .txt file; one
`newsfold run DIR --output OUT` over them; the `numbers` table (value, value_max, unit, counted;
ordinals left out as the direct scorer does) is joined to `articles` on article_id and mapped back
to its sentence by source_path; scored with the pairing and matching functions of
newsfold/eval/numbers.py (values_match, units_match through pair_quantities), so figures compare with
`newsfold eval numbers`.

quotes: each PolNeAR dev article becomes a .txt file; one run; `quotes`, `articles` and
`person_mentions` are read back. The gold offsets index the gold `text`, the pipeline's index the
article `body`, which ingest may have changed (title or header lines cut, trailing spaces stripped,
runs of blank lines collapsed, footers cut). Every body line is located in the gold text in order
(exact match, else difflib within a window), giving a character map body -> text; predicted quote
and speaker spans are mapped through it and scored with newsfold/eval/quotes.py: one-to-one
(score_article_one_to_one, the primary figure, rows "1:1@c") and lenient (score_article, rows
"all@c"/"marked@c"); same coverage rule, same speaker rule, person_mentions with person_id standing
for the article-local person key. A tracker-layout file (ggt_dev) is scored as the tracker counts:
speech rows only, one-to-one, the speaker judged by the table's canonical `speaker_name` against the
gold `speaker_resolved` (tracker_speaker_correct), next to the direct extractor.
A second speaker figure ("+name", lenient rows) also counts a speaker right when the canonical
`speaker_name` ends in the gold source's last word (names, not pronouns); it is computed for the
direct run too, from the article-local person name.

Losses: a gold item found (numbers: value-matched; quotes: found at coverage 0.3, all scope) by the
direct scorer but not through the pipeline is classified: input rejected, article marked duplicate,
gold text outside the body (cut by ingest), rows quarantined by validation, body text differs and
the extractor run directly on the body loses it too (ingest changed the text), or neither (the
pipeline itself: extraction/resolve on identical text). Speaker verdicts right directly and wrong
through the pipeline are classified the same way. When inputs were marked duplicates, an extra row
("pipeline+dup" / "pipe+dup") reads each duplicate through `duplicate_of` (its kept copy's rows).

Both passes run on one snapshot of newsfold/, flows/ and schemas/ copied at start (PYTHONPATH for
the `newsfold run` subprocess): the working tree is shared, and an edit landing between the direct
pass and the run would otherwise show up as a pipeline "loss". --live-code skips the snapshot.
Work files go under /tmp/evalpipe/ (PREFECT_HOME=/tmp/evalpipe/prefect unless set); --keep DIR
keeps inputs, output, run log and snapshot there. Without ../shared (and no --gold) it skips.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
WORK = Path("/tmp/evalpipe")
DEFAULT_GOLD = {"numbers": SHARED / "eval" / "newsquant_dev.jsonl", "quotes": SHARED / "eval" / "polnear_dev.jsonl"}
MAX_EXAMPLES = 6
sys.path.insert(0, str(ROOT))


# --------------------------------------------------------------------------- running the pipeline


CODE_DIRS = ("newsfold", "flows", "schemas")


def code_fingerprint(root: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    for name in CODE_DIRS:
        for path in sorted((root / name).glob("*.py")):
            digest.update(f"{name}/{path.name}".encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def snapshot_code(base: Path) -> str:
    """Copy newsfold/, flows/ and schemas/ under `base`/code and put that copy first on the import
    path, here and in the `newsfold run` subprocess (PYTHONPATH beats the editable install). The
    working tree is shared with other developers: without a snapshot an edit between the direct pass
    and the pipeline run makes the two sets of figures come from different code."""
    code = base / "code"
    for _ in range(5):  # copy until a copy matches the tree (an edit may land mid-copy)
        shutil.rmtree(code, ignore_errors=True)
        for name in CODE_DIRS:
            shutil.copytree(ROOT / name, code / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        if code_fingerprint(code) == code_fingerprint(ROOT):
            break
        time.sleep(1)
    sys.path.insert(0, str(code))
    os.environ["PYTHONPATH"] = os.pathsep.join([str(code), *filter(None, [os.environ.get("PYTHONPATH")])])
    dirty = subprocess.run(["git", "status", "--porcelain", "--", *CODE_DIRS], cwd=ROOT, capture_output=True,
                           text=True).stdout.split("\n")
    changed = [line[3:] for line in dirty if line.strip()]
    return (f"code: snapshot {code_fingerprint(code)} of {ROOT} taken {time.strftime('%H:%M:%S')} "
            f"(uncommitted: {', '.join(changed) or 'none'}), used by both passes")


def newsfold_command() -> list[str]:
    script = Path(sys.executable).parent / "newsfold"
    return [str(script)] if script.exists() else [sys.executable, "-m", "newsfold.cli"]


def run_pipeline(inputs: Path, output: Path) -> float:
    """`newsfold run INPUTS --output OUTPUT` as a user runs it; the log goes next to the output."""
    env = dict(os.environ)
    env.setdefault("PREFECT_HOME", str(WORK / "prefect"))
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    log = output.parent / f"{output.name}.log"
    started = time.perf_counter()
    with open(log, "w") as handle:
        done = subprocess.run([*newsfold_command(), "run", str(inputs), "--output", str(output)],
                              cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"newsfold run failed (exit {done.returncode}); see {log}:\n{log.read_text()[-3000:]}")
    return seconds


def read_output(output: Path) -> dict:
    """Committed tables and quarantined rows (polars frames; None when a table has no file)."""
    from newsfold.store.output import QUARANTINE, read_table

    tables = {t: read_table(output, t) for t in ("articles", "rejects", "quotes", "numbers", "person_mentions")}
    for table in ("quotes", "numbers"):
        files = sorted((output / QUARANTINE / table).glob("*.parquet"))
        if files:
            import polars as pl

            tables[f"quarantine_{table}"] = pl.concat([pl.read_parquet(f) for f in files], how="diagonal_relaxed")
        else:
            tables[f"quarantine_{table}"] = None
    return tables


def by_index(frame, prefix: str) -> dict[int, dict]:
    """article rows keyed by the gold index written in their file name (prefix_00012.txt)."""
    out = {}
    if frame is None:
        return out
    for row in frame.iter_rows(named=True):
        name = Path(row["source_path"]).stem
        if name.startswith(prefix):
            out[int(name[len(prefix):])] = row
    return out


def run_texts(base: Path, prefix: str, texts: list[str]) -> tuple[float, dict, dict[int, dict], dict[int, dict]]:
    """Each text as its own file `<prefix><index>.txt` under base/inputs, one `newsfold run` into
    base/output: (seconds, tables, articles by gold index, rejects by gold index)."""
    inputs, output = base / "inputs", base / "output"
    inputs.mkdir()
    for i, text in enumerate(texts):
        (inputs / f"{prefix}{i:05d}.txt").write_text(text, encoding="utf-8")
    seconds = run_pipeline(inputs, output)
    tables = read_output(output)
    return seconds, tables, by_index(tables["articles"], prefix), by_index(tables["rejects"], prefix)


def rows_by_article(frame) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    if frame is not None:
        for row in frame.iter_rows(named=True):
            grouped[row["article_id"]].append(row)
    return grouped


def work_dirs(keep: str | None, what: str) -> tuple[Path, bool]:
    """(base directory, kept): --keep DIR (emptied first) or a fresh directory under /tmp/evalpipe."""
    WORK.mkdir(parents=True, exist_ok=True)
    if keep:
        base = Path(keep)
        if base.exists() and any(base.iterdir()):
            if not (base / "inputs").is_dir():
                sys.exit(f"--keep {base}: not empty and not an earlier --keep directory; not touching it")
            shutil.rmtree(base)
        base.mkdir(parents=True)
        return base, True
    return Path(tempfile.mkdtemp(prefix=f"{what}-", dir=WORK)), False


def article_fate(article: dict | None, rejects: dict[int, dict], index: int) -> str | None:
    """Why an input has no extracted rows at all, or None when it was parsed."""
    if article is None:
        reject = rejects.get(index)
        return (f"ingest reject: {reject['reason']} ({reject['detail']})" if reject
                else "ingest reject: no article row and no reject row")
    if article["duplicate_kind"] != "none":
        return (f"dedup: {article['duplicate_kind']} duplicate of {article['duplicate_of']}, not parsed; "
                "its numbers/quotes exist only under the kept copy "
                "(dedup.deduplicate_and_group, stages.extract_stage)")
    return None


def short(text: str, n: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 3] + "..."


# --------------------------------------------------------------------------- numbers


def number_preds_direct(nlp, texts: list[str]) -> list[list]:
    from newsfold.extract.numbers import extract_numbers
    from newsfold.nlp.pipeline import parse_texts

    docs = parse_texts(nlp, texts, batch_size=64)  # as evaluate_numbers does
    return [[m for m in extract_numbers(doc) if m.kind != "ordinal"] for doc in docs]


def number_counts(records: list[dict], predictions: list[list]) -> tuple[dict, list, list]:
    """Totals and, per sentence, the gold indices value-matched and value+unit-matched."""
    from newsfold.eval.numbers import pair_quantities

    total = Counter()
    value_found, unit_found = [], []
    for record, preds in zip(records, predictions):
        golds = record.get("quantities", [])
        v, vu = pair_quantities(golds, preds, with_unit=False), pair_quantities(golds, preds, with_unit=True)
        total.update(gold=len(golds), pred=len(preds), value=len(v), value_unit=len(vu))
        value_found.append({g for g, _ in v})
        unit_found.append({g for g, _ in vu})
    return total, value_found, unit_found


def prf(matched: int, pred: int, gold: int) -> tuple[float, float, float]:
    from newsfold.eval.scores import f1

    p = matched / pred if pred else 0.0
    r = matched / gold if gold else 0.0
    return p, r, f1(p, r)


def fmt_pred(m) -> str:
    extra = f"-{m.value_max:g}" if m.value_max is not None else ""
    return f"{m.text!r}={m.value:g}{extra} {m.unit!r} counted={m.counted!r}"


def eval_numbers(gold: Path, base: Path, code_note: str, split: str) -> None:
    from newsfold.eval.numbers import evaluate_numbers
    from newsfold.eval.gold import read_gold
    from newsfold.nlp.pipeline import load_pipeline

    records = read_gold(gold, None, split)
    nlp = load_pipeline()
    direct_report = evaluate_numbers(gold, nlp, split=split)
    direct = number_preds_direct(nlp, [r["text"] for r in records])
    seconds, tables, articles, rejects = run_texts(base, "nq_", [r["text"] + "\n" for r in records])
    numbers = rows_by_article(tables["numbers"])
    quarantined = rows_by_article(tables["quarantine_numbers"])

    def preds_of(article_id: str | None) -> list:
        rows = numbers.get(article_id, []) if article_id else []
        return [SimpleNamespace(**{k: r[k] for k in ("text", "value", "value_max", "unit", "kind", "counted")})
                for r in sorted(rows, key=lambda r: r["start_char"]) if r["kind"] != "ordinal"]

    via = [preds_of(articles[i]["article_id"] if i in articles else None) for i in range(len(records))]
    # What a reader following `duplicate_of` would get: a duplicate's numbers are its kept copy's.
    via_dup = [preds_of(articles[i]["duplicate_of"] or articles[i]["article_id"]) if i in articles else []
               for i in range(len(records))]

    d_total, d_value, d_unit = number_counts(records, direct)
    p_total, p_value, p_unit = number_counts(records, via)
    n_dups = sum(a["duplicate_kind"] != "none" for a in articles.values())
    rows_to_print = [("value  direct", d_total, "value"), ("value  pipeline", p_total, "value"),
                     ("value+unit direct", d_total, "value_unit"), ("value+unit pipeline", p_total, "value_unit")]
    if n_dups:
        q_total, _, _ = number_counts(records, via_dup)
        rows_to_print += [("value  pipeline+dup", q_total, "value"), ("value+unit pipeline+dup", q_total, "value_unit")]
    assert d_total["value"] == direct_report["value"]["matched"], "direct recomputation differs from evaluate_numbers"

    print(f"numbers via pipeline: {gold}, split {split} ({len(records)} sentences, {d_total['gold']} gold quantities)")
    print(f"pipeline run {seconds:.0f}s: {len(articles)} articles, {len(rejects)} rejects, "
          f"{sum(a['duplicate_kind'] != 'none' for a in articles.values())} duplicates, "
          f"{sum(len(v) for v in quarantined.values())} number rows quarantined, "
          f"{sum(a['body'] != records[i]['text'] for i, a in articles.items())} bodies differ from the sentence, "
          f"languages {dict(Counter(a['language'] for a in articles.values()))}")
    print(code_note)
    print(f"{'':<25}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for label, total, key in rows_to_print:
        p, r, f = prf(total[key], total["pred"], total["gold"])
        print(f"{label:<25}{total['pred']:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    if n_dups:
        print("(pipeline+dup: a duplicate article read through duplicate_of, i.e. its kept copy's numbers)")

    same = sum(
        [(m.value, m.value_max, m.unit, m.counted) for m in a] == [(m.value, m.value_max, m.unit, m.counted) for m in b]
        for a, b in zip(direct, via))
    print(f"sentences whose (value, value_max, unit, counted) rows are identical direct vs pipeline: "
          f"{same}/{len(records)}")

    losses, gains = [], 0
    for i, record in enumerate(records):
        golds = record.get("quantities", [])
        for gi, g in enumerate(golds):
            for level, d_set, p_set in (("value", d_value[i], p_value[i]), ("value+unit", d_unit[i], p_unit[i])):
                if gi in d_set and gi not in p_set:
                    losses.append((level, i, g))
                elif gi in p_set and gi not in d_set:
                    gains += 1
    if not losses:
        print(f"losses (gold matched directly, not via pipeline): none; gains: {gains}")
    else:
        print(f"losses (gold matched directly, not via pipeline): {len(losses)}; gains: {gains}")
    body_preds = {}
    needs_body = [i for _, i, _ in losses if articles.get(i) and articles[i]["body"] != records[i]["text"]]
    if needs_body:
        needs_body = sorted(set(needs_body))
        for i, preds in zip(needs_body, number_preds_direct(nlp, [articles[i]["body"] for i in needs_body])):
            body_preds[i] = preds
    causes = Counter()
    for level, i, g in losses:
        article = articles.get(i)
        fate = article_fate(article, rejects, i)
        if fate is None and any(_gold_value_matches(r, g) for r in quarantined.get(article["article_id"], [])):
            reasons = {r.get("reason") for r in quarantined[article["article_id"]]}
            fate = f"quarantine: {'; '.join(sorted(map(str, reasons)))} (validate.validate_tables)"
        if fate is None and i in body_preds:
            from newsfold.eval.numbers import pair_quantities

            kept_on_body = bool(pair_quantities([g], body_preds[i], with_unit=level == "value+unit"))
            fate = ("ingest text change: the extractor loses it on the body too" if not kept_on_body
                    else "after extraction: the extractor keeps it on the body, the tables do not")
        if fate is None:
            fate = "extraction: body == sentence, not rejected/duplicate/quarantined, yet the rows differ"
        causes[fate.split(":")[0]] += 1
        if causes[fate.split(":")[0]] > 2 * MAX_EXAMPLES:
            continue
        print(f"- [{level}] {records[i].get('id')} {short(records[i]['text'])}")
        print(f"    gold {g['value']} {g['unit']!r}; cause: {fate}")
        print(f"    direct:   {'; '.join(fmt_pred(m) for m in direct[i]) or '-'}")
        print(f"    pipeline: {'; '.join(fmt_pred(m) for m in via[i]) or '-'}")
    if causes:
        print("loss causes: " + ", ".join(f"{k} x{v}" for k, v in causes.most_common()))


def _gold_value_matches(row: dict, gold: dict) -> bool:
    from newsfold.eval.numbers import values_match

    return values_match(row["value"], row["value_max"], gold["value"])


# --------------------------------------------------------------------------- quotes: offsets


def body_to_text_map(body: str, text: str) -> tuple[list[int], str]:
    """For each body character, its index in the gold text (-1 when it has none), and how the body
    was found: "identical", "substring" (one shift: lines cut at either end) or "lines" (each body
    line located in order; difflib inside a window for a line not found verbatim)."""
    if body == text:
        return list(range(len(body))), "identical"
    at = text.find(body)
    if at >= 0:
        return list(range(at, at + len(body))), "substring"
    mapping = [-1] * len(body)
    cursor = 0
    pos = 0
    for line in body.split("\n"):
        if line:
            found = text.find(line, cursor)
            if found >= 0:
                for k in range(len(line)):
                    mapping[pos + k] = found + k
                cursor = found + len(line)
            else:
                window = text[cursor: cursor + 2 * len(line) + 200]
                matcher = difflib.SequenceMatcher(None, line, window, autojunk=False)
                for a, b, size in matcher.get_matching_blocks():
                    for k in range(size):
                        mapping[pos + a + k] = cursor + b + k
                last = max((m for m in mapping[pos:pos + len(line)] if m >= 0), default=cursor - 1)
                cursor = last + 1
        if pos + len(line) < len(body):  # the newline after this line
            nl = text.find("\n", cursor)
            mapping[pos + len(line)] = nl if nl >= 0 else -1
            if nl >= 0:
                cursor = nl + 1
        pos += len(line) + 1
    return mapping, "lines"


def map_span(mapping: list[int], start: int | None, end: int | None) -> tuple[int | None, int | None]:
    if start is None or end is None or not mapping:
        return None, None
    inside = [m for m in mapping[start:end] if m >= 0]
    if not inside:
        return None, None
    return min(inside), max(inside) + 1


# --------------------------------------------------------------------------- quotes: scoring


def found_golds(text: str, attributions: list[dict], preds: list, coverage: float, marked_only: bool):
    """score_article's matching, returning what it decides: (gold list, found gold indices, the
    prediction that covers each found gold most). Checked against score_article's counts."""
    from newsfold.eval.quotes import is_marked, overlap_length, union_length
    from newsfold.extract.quotes import find_quote_spans

    gold = [a for a in attributions if a["content_spans"] and (not marked_only or is_marked(text, a))]
    if marked_only:
        preds = [p for p in preds if p.kind in ("direct", "partial") or find_quote_spans(p.text)]
    assigned: dict[int, list[int]] = {}
    for pi, p in enumerate(preds):
        best, best_ov = None, 0
        for gi, g in enumerate(gold):
            ov = sum(overlap_length((p.start_char, p.end_char), (a, b)) for a, b in g["content_spans"])
            if ov > best_ov:
                best, best_ov = gi, ov
        if best is not None:
            assigned.setdefault(best, []).append(pi)
    found, best_pred = set(), {}
    for gi, pis in assigned.items():
        g = gold[gi]
        g_len = sum(b - a for a, b in g["content_spans"])
        covered = union_length((max(a, preds[pi].start_char), min(b, preds[pi].end_char))
                               for pi in pis for a, b in g["content_spans"]
                               if overlap_length((preds[pi].start_char, preds[pi].end_char), (a, b)) > 0)
        if g_len and covered / g_len >= coverage:
            found.add(gi)
            best_pred[gi] = preds[max(pis, key=lambda pi: sum(
                overlap_length((preds[pi].start_char, preds[pi].end_char), s) for s in g["content_spans"]))]
    return gold, found, best_pred


def name_matches(name: str | None, text: str, attribution: dict) -> bool:
    from newsfold.eval.quotes import PRONOUN_SOURCES

    if not name:
        return False
    last = name.lower().split()[-1]
    for a, b in attribution["source_spans"]:
        words = text[a:b].lower().replace("’s", "").replace("'s", "").split()
        if words and words[-1] not in PRONOUN_SOURCES and words[-1] == last:
            return True
    return False


def quote_scores(rows: list[dict], preds: list[list], mentions: list[list], names: list[dict]) -> dict:
    """The one-to-one figure (score_article_one_to_one, the primary one of `newsfold eval quotes`)
    and the lenient one (score_article, each scope) summed over articles at each coverage; the
    lenient rows also give speaker "+name"."""
    from newsfold.eval.quotes import (COVERAGES, score_article, score_article_one_to_one, speaker_correct,
                                      speaker_judge, summarise_counts, summarise_one_to_one)

    report = {}
    for cov in COVERAGES:
        total = Counter()
        for row, ps, ms, nm in zip(rows, preds, mentions, names):
            total.update(score_article_one_to_one(row["text"], row["attributions"], ps, cov,
                                                  speaker_judge("polnear", row["text"], ms, nm))[0])
        summary = summarise_one_to_one(total)["all"]
        summary["speaker_plus_name"] = None
        report[f"1:1@{cov}"] = summary
    for cov in COVERAGES:
        for marked in (False, True):
            total = Counter()
            plus_name = 0
            for row, ps, ms, nm in zip(rows, preds, mentions, names):
                counts = score_article(row["text"], row["attributions"], ps, cov, marked, ms)
                total.update(counts)
                gold, found, best = found_golds(row["text"], row["attributions"], ps, cov, marked)
                assert len(found) == counts["found"], "found_golds disagrees with score_article"
                for gi in found:
                    if gold[gi]["source_spans"] and (
                            speaker_correct(best[gi], row["text"], gold[gi], ms)
                            or name_matches(nm.get(best[gi].speaker_local_key), row["text"], gold[gi])):
                        plus_name += 1
            summary = summarise_counts(total)["all"]
            summary["speaker_plus_name"] = plus_name / total["speaker_total"] if total["speaker_total"] else None
            report[f"{'marked' if marked else 'all'}@{cov}"] = summary
    return report


def extract_direct(nlp, texts: list[str], docs=None):
    """(quotes, mentions, local name by key) per text, as evaluate_quotes computes them."""
    from newsfold.eval.quotes import people_for
    from newsfold.extract.quotes import extract_quotes
    from newsfold.nlp.pipeline import parse_texts

    out = []
    for doc in docs if docs is not None else parse_texts(nlp, texts, batch_size=16):
        people, mentions = people_for(doc)
        out.append((extract_quotes(doc, people, mentions), mentions, {p.local_key: p.name for p in people}))
    return out


def mapped_quotes(qrows: list[dict], mapping: list[int], by_name: bool = False):
    """Table rows at gold-text offsets; `by_name`: each keeps only the table's canonical
    `speaker_name` (all the tracker's judge reads), not its person id."""
    from newsfold.records import QuoteMention

    out = []
    for r in sorted(qrows, key=lambda r: (r["start_char"], r["end_char"])):
        start, end = map_span(mapping, r["start_char"], r["end_char"])
        if start is None:
            continue
        s_start, s_end = map_span(mapping, r["speaker_start"], r["speaker_end"])
        out.append(QuoteMention(r["text"], start, end, r["kind"], r["speaker_text"], s_start, s_end,
                                speaker_local_key=None if by_name else r["speaker_person_id"], cue=r["cue"],
                                confidence=r["confidence"],
                                speaker_name=r["speaker_name"] if by_name or not r["speaker_person_id"] else None))
    return out


def remap(preds, mentions, mapping):
    """Direct predictions on a body, moved to gold-text offsets."""
    from dataclasses import replace

    quotes = []
    for q in preds:
        start, end = map_span(mapping, q.start_char, q.end_char)
        if start is not None:
            s_start, s_end = map_span(mapping, q.speaker_start, q.speaker_end)
            quotes.append(replace(q, start_char=start, end_char=end, speaker_start=s_start, speaker_end=s_end))
    moved = []
    for m in mentions:
        start, end = map_span(mapping, m.start_char, m.end_char)
        if start is not None:
            moved.append(replace(m, start_char=start, end_char=end))
    return quotes, moved


def speaker_loss_cause(i, gold, d, p, article, text, on_body, mentions) -> str:
    """Why the speaker verdict is right directly and wrong through the pipeline."""
    from newsfold.eval.quotes import speaker_correct

    same_quote = (d.start_char, d.end_char) == (p.start_char, p.end_char)
    same_speaker = (d.speaker_start, d.speaker_end) == (p.speaker_start, p.speaker_end)
    if on_body is not None:
        _, b_found, b_best = found_golds(text, [gold], on_body[0], 0.3, False)
        if b_found and not speaker_correct(b_best[0], text, gold, on_body[1]):
            return "body differs from gold text; the extractor on the body gets it wrong too (ingest text change)"
    if same_quote and same_speaker:
        if p.speaker_start is None and p.speaker_local_key:
            return "speaker inherited from the quote group, no span (resolve.inherit_group_speakers)"
        return ("same quote and speaker span; the resolution to the gold source's mention is lost "
                "(person_mentions/person_id vs the article-local mentions: resolve.resolve)")
    if same_quote:
        return "same quote span, another speaker (pipeline extraction differs on the same text)"
    if p.start_char < d.start_char or p.end_char > d.end_char:
        return ("another predicted quote covers the gold more and carries the wrong speaker: a quote the direct "
                "pass does not emit (pipeline extraction differs on the same text)")
    return "the direct pass's best quote is missing from the pipeline (pipeline extraction differs)"


def eval_quotes(gold: Path, base: Path, code_note: str, split: str) -> None:
    from newsfold.eval.quotes import evaluate_quotes
    from newsfold.eval.gold import read_gold
    from newsfold.eval.tracker_gold import detect_layout
    from newsfold.nlp.pipeline import load_pipeline, parse_texts
    from newsfold.records import PersonMention

    rows = read_gold(gold, None, split)
    if detect_layout(rows) == "tracker":
        eval_tracker_quotes(gold, base, code_note, split)
        return
    nlp = load_pipeline()
    texts = [r["text"] for r in rows]
    docs = list(parse_texts(nlp, texts, batch_size=16))  # as evaluate_quotes does
    official = evaluate_quotes(gold, nlp, split=split, docs=docs)
    direct = extract_direct(nlp, texts, docs)
    seconds, tables, articles, rejects = run_texts(base, "pn_", texts)
    quotes = rows_by_article(tables["quotes"])
    quarantined = rows_by_article(tables["quarantine_quotes"])
    person_rows = rows_by_article(tables["person_mentions"])

    maps, how, credited = {}, Counter(), {}
    by_id = {a["article_id"]: a for a in articles.values()}
    via_preds, via_mentions, via_names = [], [], []
    for i, row in enumerate(rows):
        article = articles.get(i)
        if article is None:
            via_preds.append([]), via_mentions.append([]), via_names.append({})
            continue
        mapping, method = body_to_text_map(article["body"], row["text"])
        maps[i] = mapping
        how[method] += 1
        qrows = quotes.get(article["article_id"], [])
        kept_copy = by_id.get(article["duplicate_of"]) if article["duplicate_of"] else None
        if kept_copy is not None and kept_copy["body"] == article["body"]:
            credited[i] = mapped_quotes(quotes.get(kept_copy["article_id"], []), mapping)
        via_preds.append(mapped_quotes(qrows, mapping))
        ms = []
        for m in person_rows.get(article["article_id"], []):
            start, end = map_span(mapping, m["start_char"], m["end_char"])
            if start is not None:
                ms.append(PersonMention(m["text"], start, end, m["person_id"]))
        via_mentions.append(ms)
        via_names.append({q["speaker_person_id"]: q["speaker_name"] for q in qrows if q["speaker_person_id"]})

    del docs
    d_report = quote_scores(rows, [d[0] for d in direct], [d[1] for d in direct], [d[2] for d in direct])
    p_report = quote_scores(rows, via_preds, via_mentions, via_names)
    reports = [("direct", d_report), ("pipeline", p_report)]
    if credited:  # exact duplicates with the same body read through duplicate_of (kept copy's quotes)
        reports.append(("pipe+dup", quote_scores(rows, [credited.get(i, p) for i, p in enumerate(via_preds)],
                                                 via_mentions, via_names)))
    for key, value in d_report.items():
        scored = (official[f"one_to_one@{key[4:]}"] if key.startswith("1:1@") else official["lenient"][key])["all"]
        assert abs(value["f1"] - scored["f1"]) < 1e-3, f"direct recomputation differs at {key}"

    n_q = sum(len(quotes.get(a["article_id"], [])) for a in articles.values())
    inherited = sum(1 for a in articles.values() for q in quotes.get(a["article_id"], [])
                    if q["speaker_person_id"] and q["speaker_text"] is None)
    print(f"quotes via pipeline: {gold}, split {split} ({len(rows)} articles, {official['attributions']} attributions)")
    print(f"pipeline run {seconds:.0f}s: {len(articles)} articles, {len(rejects)} rejects, "
          f"{sum(a['duplicate_kind'] != 'none' for a in articles.values())} duplicates, {n_q} quotes "
          f"({inherited} with a speaker inherited from a quote group), "
          f"{sum(len(v) for v in quarantined.values())} quote rows quarantined; "
          f"languages {dict(Counter(a['language'] for a in articles.values()))}; "
          f"titles cut {sum(bool(a['title']) for a in articles.values())}")
    print(code_note)
    outside = 0
    for i, row in enumerate(rows):
        covered = set(maps.get(i, ()))
        outside += sum(1 for g in row["attributions"] if g["content_spans"] and not any(
            k in covered for s, e in g["content_spans"] for k in range(s, e)))
    print(f"body vs gold text: {dict(how)} (identical / body found as a substring / located line by line); "
          f"gold attributions outside every body: {outside}")
    print("1:1 = one-to-one (primary: each gold and each row matched at most once); all/marked = lenient")
    print(f"{'scope':<12}{'run':<10}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}{'spk acc':>9}{'+name':>8}{'spk n':>7}")
    for key in d_report:
        for label, rep in reports:
            m = rep[key]
            acc = "-" if m["speaker_accuracy"] is None else f"{m['speaker_accuracy']:.3f}"
            plus = "-" if m["speaker_plus_name"] is None else f"{m['speaker_plus_name']:.3f}"
            print(f"{key:<12}{label:<10}{m['pred']:>6}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
                  f"{acc:>9}{plus:>8}{m['speaker_n']:>7}")

    # Losses at coverage 0.3, all scope: gold found directly, not through the pipeline; and speaker
    # verdicts right directly, wrong through the pipeline.
    from newsfold.eval.quotes import speaker_correct

    body_direct: dict[int, tuple] = {}
    changed = [i for i, a in articles.items() if a["body"] != rows[i]["text"]]
    for i, (ps, ms, _) in zip(changed, extract_direct(nlp, [articles[i]["body"] for i in changed])):
        body_direct[i] = remap(ps, ms, maps[i])
    losses, speaker_losses, gains, speaker_gains = [], [], 0, 0
    causes, spk_causes = Counter(), Counter()
    for i, row in enumerate(rows):
        text = row["text"]
        d_gold, d_found, d_best = found_golds(text, row["attributions"], direct[i][0], 0.3, False)
        _, p_found, p_best = found_golds(text, row["attributions"], via_preds[i], 0.3, False)
        gains += len(p_found - d_found)
        for gi in sorted(d_found - p_found):
            g = d_gold[gi]
            article = articles.get(i)
            fate = article_fate(article, rejects, i)
            a, b = g["content_spans"][0]
            if fate is None:
                covered = set(maps[i])
                if not any(k in covered for s, e in g["content_spans"] for k in range(s, e)):
                    where = "title line" if article["title"] and article["title"] in text[max(0, a - 300):b + 300] \
                        else "header/footer lines"
                    fate = f"ingest cut: gold content outside the body, cut as {where} (text_layout.parse_text_layout)"
            if fate is None:
                for q in quarantined.get(article["article_id"], []):
                    s, e = map_span(maps[i], q["start_char"], q["end_char"])
                    if s is not None and s < b and e > a:
                        fate = f"quarantine: {q['reason']} (validate.validate_tables)"
                        break
            if fate is None and i in body_direct:
                _, b_found, _ = found_golds(text, row["attributions"], body_direct[i][0], 0.3, False)
                fate = ("ingest text change: body differs from the gold text and the extractor run on the body "
                        "loses it too" if gi not in b_found
                        else "after extraction: the extractor finds it on the body, the tables do not (resolve)")
            if fate is None:
                fate = "extraction: body == gold text, not rejected/duplicate/quarantined, yet the quotes differ"
            causes[fate.split(":")[0]] += 1
            losses.append((i, g, fate, d_best[gi]))
        for gi in d_found & p_found:
            g = d_gold[gi]
            if not g["source_spans"]:
                continue
            d_ok = speaker_correct(d_best[gi], text, g, direct[i][1])
            p_ok = speaker_correct(p_best[gi], text, g, via_mentions[i])
            if d_ok and not p_ok:
                speaker_losses.append((i, g, d_best[gi], p_best[gi], speaker_loss_cause(
                    i, g, d_best[gi], p_best[gi], articles[i], text, body_direct.get(i), via_mentions[i])))
                spk_causes[speaker_losses[-1][-1].split(":")[0]] += 1
            elif p_ok and not d_ok:
                speaker_gains += 1

    print(f"losses @0.3 all (found directly, not via pipeline): {len(losses)}; gains: {gains}")
    shown = Counter()
    for i, g, fate, pred in losses:
        shown[fate.split(":")[0]] += 1
        if shown[fate.split(":")[0]] > 3:
            continue
        print(f"- [{rows[i]['doc_id']}] gold: {short(g['content'])!r} (source {g['source']!r})")
        print(f"    cause: {fate}")
        print(f"    direct found it as {pred.kind} {short(pred.text, 80)!r}")
    if causes:
        print("loss causes: " + ", ".join(f"{k} x{v}" for k, v in causes.most_common()))
    print(f"speaker losses @0.3 all (right directly, wrong via pipeline): {len(speaker_losses)}; "
          f"gains: {speaker_gains}")
    for i, g, d, p, cause in speaker_losses[:MAX_EXAMPLES * 2]:
        print(f"- [{rows[i]['doc_id']}] gold source {g['source']!r}: direct {d.speaker_text!r}@{d.speaker_start} "
              f"on {d.kind} [{d.start_char}:{d.end_char}], pipeline {p.speaker_text!r}@{p.speaker_start} on {p.kind} "
              f"[{p.start_char}:{p.end_char}] (cue {p.cue!r}, person {p.speaker_local_key})")
        print(f"    gold content: {short(g['content'], 90)!r}; cause: {cause}")
    if spk_causes:
        print("speaker loss causes: " + ", ".join(f"{k} x{v}" for k, v in spk_causes.most_common()))


def eval_tracker_quotes(gold: Path, base: Path, code_note: str, split: str) -> None:
    """Tracker-layout gold through the pipeline: one-to-one at each coverage, speech rows, speaker by
    canonical name, direct extractor beside it; then every gold whose verdict differs."""
    from newsfold.eval.gold import read_gold
    from newsfold.eval.quotes import (COVERAGES, evaluate_quotes, predicted_name, quote_act,
                                      score_article_one_to_one, speaker_judge, summarise_one_to_one)
    from newsfold.eval.tracker_gold import tracker_rows
    from newsfold.nlp.pipeline import load_pipeline, parse_texts

    rows = tracker_rows(read_gold(gold, None, split))
    nlp = load_pipeline()
    texts = [r["text"] for r in rows]
    docs = list(parse_texts(nlp, texts, batch_size=16))
    official = evaluate_quotes(gold, nlp, split=split, layout="tracker", docs=docs)
    direct = [([p for p in ps if quote_act(p) == "speech"], names) for ps, _, names in extract_direct(nlp, texts, docs)]
    del docs
    seconds, tables, articles, rejects = run_texts(base, "gg_", texts)
    quotes = rows_by_article(tables["quotes"])
    via = []
    for i, row in enumerate(rows):
        article = articles.get(i)
        speech = [q for q in quotes.get(article["article_id"], []) if q["act"] == "speech"] if article else []
        via.append(mapped_quotes(speech, body_to_text_map(article["body"], row["text"])[0], by_name=True)
                   if article else [])
    print(f"quotes via pipeline (tracker layout): {gold}, split {split} ({len(rows)} articles, "
          f"{official['attributions']} quotes)")
    print(f"pipeline run {seconds:.0f}s: {len(articles)} articles, {len(rejects)} rejects, "
          f"{sum(a['duplicate_kind'] != 'none' for a in articles.values())} duplicates")
    print(code_note)
    print("speech rows, one-to-one; speaker = canonical name (speaker_name) against speaker_resolved")
    print(f"{'coverage':<10}{'run':<10}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}{'spk acc':>9}{'spk n':>7}")
    differ = []
    for cov in COVERAGES:
        totals = {"direct": Counter(), "pipeline": Counter()}
        for i, row in enumerate(rows):
            d_preds, names = direct[i]
            d_judge = speaker_judge("tracker", row["text"], [], names)
            p_judge = speaker_judge("tracker", row["text"], [], {})
            d_counts, d_pairs = score_article_one_to_one(row["text"], row["attributions"], d_preds, cov, d_judge)
            p_counts, p_pairs = score_article_one_to_one(row["text"], row["attributions"], via[i], cov, p_judge)
            totals["direct"].update(d_counts)
            totals["pipeline"].update(p_counts)
            if cov == 0.3:
                golds = [a for a in row["attributions"] if a["content_spans"]]
                d_seen = {g: (d_judge(d_preds[p], golds[g]), predicted_name(d_preds[p], names)) for p, g, _ in d_pairs}
                p_seen = {g: (p_judge(via[i][p], golds[g]), via[i][p].speaker_name) for p, g, _ in p_pairs}
                differ += [(row.get("doc_id"), golds[g], d_seen.get(g), p_seen.get(g))
                           for g in sorted(set(d_seen) | set(p_seen))
                           if d_seen.get(g, (None,))[0] != p_seen.get(g, (None,))[0]]
        for label, total in totals.items():
            m = summarise_one_to_one(total)["all"]
            if label == "direct":
                assert abs(m["f1"] - official[f"one_to_one@{cov}"]["all"]["f1"]) < 1e-3, \
                    f"direct recomputation differs at {cov}"
            acc = "-" if m["speaker_accuracy"] is None else f"{m['speaker_accuracy']:.3f}"
            print(f"{cov:<10}{label:<10}{m['pred']:>6}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}"
                  f"{acc:>9}{m['speaker_n']:>7}")
    print(f"gold quotes whose verdict differs direct vs pipeline @0.3 (found / speaker): {len(differ)}")
    for doc_id, g, d, p in differ[:MAX_EXAMPLES * 2]:
        print(f"- [{doc_id}] gold {short(g['content'], 80)!r} by {g.get('speaker_resolved')!r}: "
              f"direct {d or 'not found'}, pipeline {p or 'not found'}")


# --------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["numbers", "quotes"])
    parser.add_argument("--gold", type=Path, default=None, help="gold JSONL (default: the dev set in ../shared/eval)")
    parser.add_argument("--split", choices=["tune", "heldout", "all"], default="tune",
                        help="part of the gold file (newsfold/eval/splits.py); tune unless reporting once per stop")
    parser.add_argument("--keep", default=None, help="keep inputs, output, run log and code snapshot in this directory")
    parser.add_argument("--live-code", action="store_true",
                        help="import newsfold from the working tree instead of a snapshot taken at start")
    args = parser.parse_args(argv)
    gold = args.gold or DEFAULT_GOLD[args.what]
    if args.gold is None and not SHARED.is_dir():
        print(f"skipped: {SHARED} is missing (the dev gold sets live there)")
        return 0
    if not gold.is_file():
        print(f"skipped: gold file {gold} not found")
        return 0
    base, kept = work_dirs(args.keep, args.what)
    try:
        code_note = snapshot_code(base) if not args.live_code else f"code: the live working tree {ROOT} (no snapshot)"
        (eval_numbers if args.what == "numbers" else eval_quotes)(gold, base, code_note, args.split)
    finally:
        print(f"work dir: {base}" + (" (kept)" if kept else " (removed)"))
        if not kept:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
