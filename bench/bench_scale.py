"""What a run costs as the archive grows, and what Dask buys, measured on real corpora.

1. Per-run cost against the archive: the same 20 new articles (PolNeAR dev texts, in neither
   corpus) added by `newsfold run` into (a) an empty output, (b) the 2,225 BBC articles, (c) the
   19,043 Reuters-21578 articles, plus (d) a rerun with nothing new into the Reuters archive. Each
   archive is built once into bench-results/scale/<name>-archive and reused; every timed run gets its
   own hard-link copy of it (committed files are never changed in place: a run adds part files and
   replaces rewritten ones by rename, so a copy costs milliseconds and no archive is touched). The
   targets take turns, so a machine that slows down slows all of them. An archive built by an older
   version (no quote index under _state/) is first migrated by one untimed rerun of its own inputs,
   which adds nothing and commits the index that version builds once. Per target: median flow time
   (the flow's own "Beginning" to "Finished" log lines), median per-stage seconds (the stages' log
   lines), median process wall time, and the process's peak memory (wait4's ru_maxrss).
2. Dask against one process on the same --dask-articles BBC/Reuters articles: the bare `nlp.pipe`
   pass (one process, model loaded, in this process), the flow in process (n_process=1), the flow on a
   local 2-worker Dask cluster; ratios to the bare pass, and the two outputs compared row for row.

Writes bench-results/scale.json and prints tables.

    .venv/bin/python bench/bench_scale.py [--repeat 5] [--skip-archive] [--skip-dask] [--dask-articles 2000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("NEWSFOLD_SHARED", ROOT.parent / "shared"))
RESULTS = ROOT / "bench-results"
CACHE = RESULTS / "scale"
NEW_ARTICLES = 20
STAGES = ("ingest", "deduplicate", "extract", "resolve", "validate", "export", "report")
_LOG = re.compile(r"^(\d\d:\d\d:\d\d\.\d+) \| \w+\s+\| (Flow run|Task run) '([^']+)' - (.*)$")
_STAGE = re.compile(r"^(\w+): .* in (\d+\.\d+) s\b")


def environment() -> dict[str, str]:
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", PYTHONPATH=str(ROOT))
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")  # a busy machine starts it slowly
    env.setdefault("PREFECT_HOME", str(CACHE / "prefect-home"))
    return env


def newsfold_run(inputs: list[str], output: Path, *extra: str) -> dict:
    """`newsfold run` in its own process: flow and stage seconds from its log, wall, peak memory."""
    command = [sys.executable, "-m", "newsfold.cli", "run", *inputs, "--output", str(output), *extra]
    started = time.perf_counter()
    with tempfile.TemporaryFile(mode="w+") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=environment(), stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        log.seek(0)
        text = log.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{text[-3000:]}")
    return {"wall_s": wall, "peak_mb": usage.ru_maxrss / 1024, **flow_times(text)}


def flow_times(log: str) -> dict:
    """The news-pipeline flow's seconds (first "Beginning flow run" to its "Finished in state") and
    each stage's own seconds, from the log lines the flow writes."""
    begun = finished = None
    flow_name = None
    stages: dict[str, float] = {}
    for line in log.splitlines():
        found = _LOG.match(line)
        if not found:
            continue
        stamp, kind, name, message = found.groups()
        at = datetime.strptime(stamp[:12], "%H:%M:%S.%f")
        if kind == "Flow run" and message.startswith("Beginning flow run") and "'news-pipeline'" in message:
            begun, flow_name = at, name
        elif kind == "Flow run" and name == flow_name and message.startswith("Finished in state"):
            finished = at
        elif stage := _STAGE.match(message):
            if stage.group(1) in STAGES:
                stages[stage.group(1)] = float(stage.group(2))
    if begun is None or finished is None:
        raise RuntimeError("no news-pipeline flow start and end in the log")
    if finished < begun:  # past midnight
        finished += timedelta(days=1)
    return {"flow_s": (finished - begun).total_seconds(), "stages": stages}


# --------------------------------------------------------------------------- inputs and archives


def reuters_inputs() -> list[str]:
    return [str(SHARED / "corpora" / "reuters21578.jsonl.gz")]


def bbc_inputs() -> list[str]:
    return [str(SHARED / "corpora" / "bbc")]


ARCHIVES = {"bbc": bbc_inputs, "reuters": reuters_inputs}


def archive(name: str) -> Path:
    """The archive output of a corpus, built once (on Dask: the fastest way here) and reused."""
    done = CACHE / f"{name}-archive"
    if (done / "runs").is_dir():
        return migrated(name, done)
    building = CACHE / f"{name}-archive.building"
    shutil.rmtree(building, ignore_errors=True)
    print(f"building the {name} archive once into {done} ...", flush=True)
    figures = newsfold_run(ARCHIVES[name](), building, "--executor", "dask")
    print(f"  built in {figures['flow_s']:.0f} s", flush=True)
    building.rename(done)
    return migrated(name, done)


def migrated(name: str, archive_dir: Path) -> Path:
    """An archive in an older layout (no quote index) gets one untimed run first: a rerun of its own
    inputs, which adds nothing and commits the index that version builds once."""
    quotes = list((archive_dir / "quotes").glob("*.parquet"))
    if quotes and not list((archive_dir / "_state" / "quote_index").glob("*.parquet")):
        print(f"migrating the {name} archive to this version's layout (one untimed run, nothing new) ...", flush=True)
        figures = newsfold_run(ARCHIVES[name](), archive_dir)
        print(f"  migrated in {figures['flow_s']:.0f} s of flow time (not counted)", flush=True)
    return archive_dir


def new_articles() -> Path:
    """20 PolNeAR dev texts as .txt files: news that is in neither archive."""
    folder = CACHE / "new-articles"
    if len(list(folder.glob("*.txt"))) == NEW_ARTICLES:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    seen: dict[str, str] = {}
    with open(SHARED / "eval" / "polnear_dev.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            seen.setdefault(row["doc_id"], row["text"])
    for n, (doc_id, text) in enumerate(sorted(seen.items())[:NEW_ARTICLES]):
        (folder / f"{n:02d}_{doc_id[:40]}.txt").write_text(text, encoding="utf-8")
    return folder


def fresh_copy(source: Path | None, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    if source is None:
        target.mkdir(parents=True)
    else:
        subprocess.run(["cp", "-al", str(source), str(target)], check=True)
    return target


def median_of(runs: list[dict]) -> dict:
    stages = {s: statistics.median(r["stages"].get(s, 0.0) for r in runs) for s in STAGES}
    return {"runs": len(runs), "flow_s": statistics.median(r["flow_s"] for r in runs),
            "flow_s_min": min(r["flow_s"] for r in runs), "flow_s_max": max(r["flow_s"] for r in runs),
            "wall_s": statistics.median(r["wall_s"] for r in runs),
            "peak_mb": max(r["peak_mb"] for r in runs), "stages": stages}


def archive_cost(repeat: int) -> dict:
    new = new_articles()
    sources = {"empty": None, "bbc": archive("bbc"), "reuters": archive("reuters")}
    work = Path(tempfile.mkdtemp(prefix="bench-scale-", dir=CACHE))
    runs: dict[str, list[dict]] = {name: [] for name in [*sources, "reuters-nothing-new"]}
    try:
        # A warm-up into each (not counted): page cache, and any index a new version builds once.
        for name, source in sources.items():
            newsfold_run([str(new)], fresh_copy(source, work / name))
        for n in range(repeat):
            for name, source in sources.items():
                output = fresh_copy(source, work / name)
                runs[name].append(newsfold_run([str(new)], output))
                print(f"  run {n + 1}/{repeat} +{NEW_ARTICLES} into {name}: flow {runs[name][-1]['flow_s']:.2f} s, "
                      f"peak {runs[name][-1]['peak_mb']:.0f} MB", flush=True)
            runs["reuters-nothing-new"].append(newsfold_run([str(new)], work / "reuters"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = {name: median_of(r) for name, r in runs.items()}
    for name in ("bbc", "reuters", "reuters-nothing-new"):
        result[name]["x_empty"] = result[name]["flow_s"] / result["empty"]["flow_s"]
    return result


# --------------------------------------------------------------------------- Dask against one process


def dask_inputs(limit: int) -> Path:
    """`limit` articles as files: all BBC (2,225), then Reuters records as one JSONL file."""
    folder = CACHE / f"dask-inputs-{limit}"
    if folder.is_dir():
        return folder
    building = Path(str(folder) + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    bbc = sorted((SHARED / "corpora" / "bbc").glob("*/*.txt"))
    for i, path in enumerate((bbc[::5] + [p for k, p in enumerate(bbc) if k % 5])[:limit]):
        shutil.copy(path, building / f"{i:05d}_{path.parent.name}_{path.name}")
    if limit > len(bbc):
        with gzip.open(SHARED / "corpora" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as handle, \
                open(building / "reuters.jsonl", "w", encoding="utf-8") as out:
            for _, line in zip(range(limit - len(bbc)), handle):
                out.write(line)
    building.rename(folder)
    return folder


def bare_pass(folder: Path) -> dict:
    """The bare single-process spaCy pass over the articles' bodies (model loaded, warmed up)."""
    from newsfold.ingest.inputs import ingest_paths
    from newsfold.nlp.pipeline import load_pipeline
    from newsfold.settings import BATCH_SIZE, MODEL_NAME

    docs, _ = ingest_paths([str(p) for p in sorted(folder.iterdir())])
    bodies = [d.body for d in docs]
    nlp = load_pipeline(MODEL_NAME)
    list(nlp.pipe(bodies[:20]))
    started = time.perf_counter()
    for _ in nlp.pipe(bodies, batch_size=BATCH_SIZE, n_process=1):
        pass
    return {"articles": len(bodies), "words": sum(len(b.split()) for b in bodies),
            "seconds": time.perf_counter() - started}


def dask_against_local(limit: int, repeat: int) -> dict:
    folder = dask_inputs(limit)
    work = Path(tempfile.mkdtemp(prefix="bench-dask-", dir=CACHE))
    bare, local, dask = [], [], []
    try:
        for n in range(repeat):
            bare.append(bare_pass(folder))
            local.append(newsfold_run([str(folder)], fresh_copy(None, work / "local")))
            dask.append(newsfold_run([str(folder)], fresh_copy(None, work / "dask"), "--executor", "dask"))
            ratio = dask[-1]["flow_s"] / bare[-1]["seconds"]
            print(f"  run {n + 1}/{repeat}: bare {bare[-1]['seconds']:.1f} s, flow in process "
                  f"{local[-1]['flow_s']:.1f} s, flow on Dask {dask[-1]['flow_s']:.1f} s ({ratio:.2f}x bare)",
                  flush=True)
        from newsfold.store.compare import table_differences

        differences = table_differences(work / "local", work / "dask")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "articles": bare[0]["articles"], "words": bare[0]["words"],
        "bare_s": statistics.median(b["seconds"] for b in bare),
        "local": median_of(local), "dask": median_of(dask),
        "local_x_bare": statistics.median(lo["flow_s"] / b["seconds"] for lo, b in zip(local, bare)),
        "dask_x_bare": statistics.median(d["flow_s"] / b["seconds"] for d, b in zip(dask, bare)),
        "dask_x_local": statistics.median(d["flow_s"] / lo["flow_s"] for d, lo in zip(dask, local)),
        "identical": not differences, "differences": differences,
    }


def print_archive(result: dict) -> None:
    print(f"\n+{NEW_ARTICLES} articles into     flow s   (min-max)   x empty   wall s   peak MB   "
          + "  ".join(f"{s[:7]:>7}" for s in STAGES))
    for name, r in result.items():
        if not isinstance(r, dict):
            continue
        print(f"{name:<22} {r['flow_s']:>7.2f}  ({r['flow_s_min']:.1f}-{r['flow_s_max']:.1f})  "
              f"{r.get('x_empty', 1.0):>7.2f}  {r['wall_s']:>7.2f}  {r['peak_mb']:>8.0f}   "
              + "  ".join(f"{r['stages'][s]:>7.2f}" for s in STAGES))


def save(out: Path, results: dict) -> None:
    """Merged into what is there (the two parts may run apart, --skip-archive / --skip-dask)."""
    merged = json.loads(out.read_text()) if out.is_file() else {}
    out.write_text(json.dumps({**merged, **results}, indent=2))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per target (median)")
    parser.add_argument("--dask-repeat", type=int, default=1)
    parser.add_argument("--dask-articles", type=int, default=2000)
    parser.add_argument("--skip-archive", action="store_true")
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()
    if not (SHARED / "corpora" / "reuters21578.jsonl.gz").is_file():
        print(f"skipped: corpora not found under {SHARED}")
        return 0
    CACHE.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "scale.json"
    results: dict = {}
    results["load_average_at_start"] = os.getloadavg()  # the machine is shared: say how busy it was
    if not args.skip_archive:
        results["archive_cost"] = archive_cost(args.repeat)
        results["archive_cost"]["load_average_after"] = os.getloadavg()
        print_archive(results["archive_cost"])
        save(out, results)
    if not args.skip_dask:
        d = dask_against_local(args.dask_articles, args.dask_repeat)
        results["dask"] = d
        d["load_average_after"] = os.getloadavg()
        print(f"\n{d['articles']} articles, {d['words']} words: bare nlp.pipe {d['bare_s']:.1f} s; flow in process "
              f"{d['local']['flow_s']:.1f} s ({d['local_x_bare']:.2f}x bare, peak {d['local']['peak_mb']:.0f} MB); "
              f"flow on a 2-worker Dask cluster {d['dask']['flow_s']:.1f} s ({d['dask_x_bare']:.2f}x bare, "
              f"{d['dask_x_local']:.2f}x in process, peak of the flow's process {d['dask']['peak_mb']:.0f} MB); "
              f"outputs identical row for row: {d['identical']} {d['differences'] or ''}")
        save(out, results)
    print(f"\nwritten to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
