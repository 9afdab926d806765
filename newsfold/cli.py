"""Command line: `newsfold run`, `newsfold validate`, `newsfold compact`, `newsfold eval`."""

from __future__ import annotations

import argparse
import atexit
import os
import sys
from pathlib import Path

from newsfold import settings
from newsfold.errors import EXIT_CODES, READER_GONE_EXIT
from newsfold.eval.splits import SPLITS

# Prefect reads its settings at import time: set the quiet defaults before anything imports it.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", str(settings.PREFECT_STARTUP_SECONDS))

MAX_REJECTS_SHOWN = 30


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsfold", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser(
        "run", help="run the news-pipeline flow over files and folders",
        epilog="exit codes: " + "; ".join(f"{code} {meaning}" for code, meaning in EXIT_CODES.items()),
    )
    run.add_argument("paths", nargs="+", help="input files or folders (.txt .md .html .jsonl .jsonl.gz)")
    run.add_argument("--output", "-o", default=settings.OUTPUT_DIR,
                     help=f"output directory (default: {settings.OUTPUT_DIR})")
    run.add_argument("--model", default=settings.MODEL_NAME, help="installed spaCy pipeline to use")
    run.add_argument("--batch-size", type=int, default=settings.BATCH_SIZE)
    run.add_argument("--n-process", type=int, default=settings.N_PROCESS, help="spaCy worker processes")
    run.add_argument("--max-bytes", type=int, default=settings.MAX_BYTES, help="reject inputs larger than this")
    run.add_argument("--max-chars", type=int, default=settings.MAX_CHARS,
                     help="reject articles with more characters than this (parse time and memory grow with it)")
    run.add_argument("--near-threshold", type=float, default=settings.NEAR_THRESHOLD,
                     help="Jaccard for near duplicates")
    run.add_argument("--shingle-size", type=int, default=settings.SHINGLE_SIZE,
                     help="words per shingle for near duplicates")
    run.add_argument("--executor", choices=["local", "dask"], default=settings.EXECUTOR,
                     help="where articles are parsed: in this process, or in tasks on a Dask cluster")
    run.add_argument("--dask-address", default=settings.DASK_ADDRESS,
                     help="a running Dask scheduler (tcp://host:8786) for --executor dask; default: a local "
                          "cluster of --workers processes")
    run.add_argument("--workers", type=int, default=settings.N_WORKERS,
                     help="worker processes of the local Dask cluster")
    run.add_argument("--articles-per-task", type=int, default=settings.ARTICLES_PER_TASK,
                     help="articles parsed per Dask task")
    run.add_argument("--strict", action="store_true", help="exit 1 when any input was rejected")

    validate = commands.add_parser("validate", help="validate every table of an output directory")
    validate.add_argument("output", help="output directory")

    compact = commands.add_parser(
        "compact", help="merge the part files of the appended tables and the state (atomically, per table)")
    compact.add_argument("output", help="output directory")
    compact.add_argument("--min-files", type=int, default=2, help="merge a table only from this many part files")

    evaluate = commands.add_parser("eval", help="score an extractor against a gold file")
    evaluate.add_argument("what", choices=["quotes", "numbers", "people"])
    evaluate.add_argument("--gold", required=True, type=Path, help="gold JSONL file")
    evaluate.add_argument("--model", default=settings.MODEL_NAME)
    evaluate.add_argument("--limit", type=int, default=None, help="only the first N gold documents")
    evaluate.add_argument("--split", choices=SPLITS, default="all",
                          help="all of the gold, the part for tuning, or the heldout part set aside for reporting")
    return parser


def command_run(args: argparse.Namespace) -> int:
    from flows.news_pipeline import news_pipeline
    from newsfold.errors import NOTHING_LOST, RunFailed

    try:
        result = news_pipeline(
            inputs=[str(p) for p in args.paths], output_dir=args.output, model_name=args.model,
            batch_size=args.batch_size, n_process=args.n_process,
            max_bytes=args.max_bytes, max_chars=args.max_chars,
            near_threshold=args.near_threshold, shingle_size=args.shingle_size,
            executor=args.executor, dask_address=args.dask_address, n_workers=args.workers,
            articles_per_task=args.articles_per_task,
        )
    except RunFailed as exc:
        fail(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        fail(f"interrupted: {NOTHING_LOST}; run again to go on")
        return 130
    except Exception as exc:  # noqa: BLE001 - the log above has the traceback; end on one clear line
        fail(f"unexpected error ({type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}): "
             f"{NOTHING_LOST}; this is a bug: report it with the log above")
        return RunFailed.exit_code
    print(f"\nrun {result.run['run_id']} -> {args.output}")
    for row in result.summary:
        print(f"  {row['what']:<28} {row['count']:>8}")
    rejected = result.run["rejects_added"]
    if rejected:
        print(f"\n{rejected} input(s) rejected (all in {args.output}/rejects/):")
        for row in result.rejects[:MAX_REJECTS_SHOWN]:
            record = f" [{row['source_record']}]" if row["source_record"] else ""
            print(f"  {row['reason']:<18} {row['source_path']}{record}: {row['detail']}")
        if rejected > MAX_REJECTS_SHOWN:
            print(f"  ... and {rejected - MAX_REJECTS_SHOWN} more")
    if args.strict:
        from newsfold.stages import outstanding_rejects

        outstanding = outstanding_rejects(args.output, [str(p) for p in args.paths])
        if not outstanding.is_empty():
            fail(f"--strict: {outstanding.height} input(s) under {' '.join(args.paths)} are rejected "
                 f"(see {args.output}/rejects/)")
            return 1
    return 0


def command_validate(args: argparse.Namespace) -> int:
    from newsfold.store.output import read_table
    from newsfold.validate import TableInvalid, format_failures, validate_tables

    output = Path(args.output)
    if not output.is_dir():
        fail(f"{output} is not a directory")
        return 1
    from schemas import TABLE_SCHEMAS

    from newsfold.errors import OutputDamaged

    try:
        tables = {t: f for t in TABLE_SCHEMAS if (f := read_table(output, t)) is not None}
    except OutputDamaged as exc:
        fail(str(exc))
        return exc.exit_code
    if "articles" not in tables:
        fail(f"no articles table under {output}")
        return 1
    try:
        result = validate_tables(tables)
    except TableInvalid as exc:
        print(str(exc))
        return 1
    for table, frame in tables.items():
        print(f"  {table:<16} {frame.height:>8} rows")
    print(format_failures(result.failures))
    return 0 if result.ok else 1


def command_compact(args: argparse.Namespace) -> int:
    from newsfold.errors import RunFailed
    from newsfold.store.compact import compact_output
    from newsfold.store.output import output_lock
    from newsfold.store.recovery import recover_interrupted_runs

    output = Path(args.output)
    if not output.is_dir():
        fail(f"{output} is not a directory")
        return 1
    try:
        with output_lock(output):
            for note in recover_interrupted_runs(output):
                print(note)
            done = compact_output(output, args.min_files)
    except RunFailed as exc:
        fail(str(exc))
        return exc.exit_code
    for result in done:
        print(f"  {result.table:<16} {result.files_before:>6} files -> 1 ({result.rows} rows)")
    if not done:
        print(f"nothing to compact in {output}")
    return 0


def command_eval(args: argparse.Namespace) -> int:
    from newsfold.nlp.pipeline import load_pipeline

    if not args.gold.exists():  # a file, or a folder of the tracker's per-article files
        fail(f"gold file {args.gold} not found")
        return 1
    nlp = load_pipeline(args.model)
    if args.what == "quotes":
        from newsfold.eval.quote_report import format_quote_report
        from newsfold.eval.quotes import evaluate_quotes

        print(format_quote_report(evaluate_quotes(args.gold, nlp, limit=args.limit, split=args.split)))
    elif args.what == "numbers":
        from newsfold.eval.numbers import evaluate_numbers, format_number_report

        print(format_number_report(evaluate_numbers(args.gold, nlp, limit=args.limit, split=args.split)))
    else:
        from newsfold.eval.people import evaluate_people, format_people_report

        print(format_people_report(evaluate_people(args.gold, nlp, split=args.split, limit=args.limit)))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if argv is None:  # from the shell: the failure line comes after Prefect's shutdown lines
        atexit.register(say_failures)
    else:
        FAILURES.clear()
    handlers = {"run": command_run, "validate": command_validate, "compact": command_compact,
                "eval": command_eval}
    try:
        code = handlers[args.command](args)
        sys.stdout.flush()  # a report held in the pipe's buffer fails here, not at exit
    except BrokenPipeError:
        # The reader stopped early ("newsfold eval ... | head"): it has what it wanted. Later writes,
        # Python's own flush at exit among them, go nowhere instead of raising again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = READER_GONE_EXIT
    if argv is not None:
        say_failures()
    return code


# The one-line failure of a command, said last: Prefect's temporary server logs its shutdown at exit,
# after the command returned, and a user reads the last line.
FAILURES: list[str] = []


def fail(message: str) -> None:
    FAILURES.append(f"newsfold: {message}")


def say_failures() -> None:
    while FAILURES:
        print(FAILURES.pop(0), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
